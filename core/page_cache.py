"""Whole-page cache for anonymous visitors.

Django's cache middleware caches by URL and Vary headers but cannot tell a visitor from
a logged-in editor, nor forget pages when content changes; this one keys pages by the
content generation (core.sitetree), so publishing, unpublishing, moving or deleting
a page, or saving a partner, translation state or site, shows on the very next request.

Only language-prefixed public pages are cached, only for requests without a session
(editors, previews and anyone logged in always get a fresh page), only 200 responses
that set no cookie, and never a page under a view restriction.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils.cache import cc_delim_re
from django.utils.translation import get_language_from_path

from core.request_state import request_state
from core.sitetree import generation, get_tree

MAX_CACHED_URL = 512


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = self.cache_key(request)
        if key is None:
            return self.get_response(request)
        cached = cache.get(key)
        if cached is not None:
            status, headers, content = cached
            response = HttpResponse(content, status=status)
            for header, value in headers:
                response[header] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if self.cacheable(request, response):
            headers = [(h, v) for h, v in response.items() if h.lower() != "x-page-cache"]
            cache.set(key, (response.status_code, headers, response.content), self.timeout())
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def timeout():
        return getattr(settings, "PAGE_CACHE_TIMEOUT", 600)

    def cache_key(self, request):
        if self.timeout() <= 0 or request.method not in ("GET", "HEAD"):
            return None
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            return None
        if not get_language_from_path(request.path_info):
            return None
        full_path = request.get_full_path()
        if len(full_path) > MAX_CACHED_URL:
            return None
        try:
            host = request.get_host()
        except DisallowedHost:
            return None
        digest = hashlib.sha256(f"{request.scheme}://{host}{full_path}".encode()).hexdigest()
        return f"trustsite:page:{generation(request)}:{digest}"

    def cacheable(self, request, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        directives = {
            d.strip().lower() for d in cc_delim_re.split(response.get("Cache-Control", ""))
        }
        if directives & {"private", "no-cache", "no-store"}:
            return False
        page = request_state(request).served_page
        if page is None:
            return False  # only Wagtail pages: not feeds, not error pages
        return not get_tree(request).is_restricted(page.path)
