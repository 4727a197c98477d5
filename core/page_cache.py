"""Whole-page cache for anonymous visitors.

Django's cache middleware caches by URL and Vary headers but cannot tell a visitor from
a logged-in editor, nor forget pages when content changes; this one keys pages by the
content generation (core.sitetree), so publishing, unpublishing, moving or deleting
a page, or saving a partner, translation state or site, shows on the very next request.

A response it stores says so to shared caches in front of the site (Varnish, a CDN):
`Cache-Control: max-age=0, s-maxage=<seconds>`; nothing else it answers carries
s-maxage, so they cache exactly what this cache does.

Only language-prefixed public pages are cached, only for requests without a session
(editors, previews and anyone logged in always get a fresh page), only 200 responses
that set no cookie, and never a page a view restriction may apply to (one under a
restriction, or an alias). A page that changes with the date although its content does
not (a calendar lists what is coming from today) says until when it is true
(`RequestState.fresh_until`), and is kept no longer.

Only addresses a reader can reach are cached, so that made-up addresses cannot fill the
cache. The key holds the path and only the query parameters some page type reads
(`SitePage.query_parameters`: the schools' phase filter, the updates' page number); any
other parameter (`?utm_source=`, `?q1=<junk>`) is ignored, and the reader gets the page
as it is without it. Ignored rather than not cached: a flood of made-up parameters is
then served from the cache, where not caching would render the page afresh for each.
And a response is stored only when its request's query string is exactly the one the
served page says a reader's link carries (`RequestState.reader_query`, which a page that
reads parameters sets): so a made-up value of a parameter a page reads (`?page=999`,
`?phase=x`) gets a fresh page but no entry, and no entry is ever rendered from a request
with parameters its key leaves out.
"""

import functools
import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import cc_delim_re
from django.utils.translation import get_language_from_path
from wagtail.models import get_page_models

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
        timeout = self.timeout_for(request)
        if timeout > 0 and self.cacheable(request, response):
            # What a shared cache in front (Varnish, a CDN: deploy/varnish/default.vcl)
            # may keep, as long as this cache does; browsers ask again each time.
            response["Cache-Control"] = f"max-age=0, s-maxage={timeout}"
            headers = [(h, v) for h, v in response.items() if h.lower() != "x-page-cache"]
            cache.set(key, (response.status_code, headers, response.content), timeout)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def timeout():
        return getattr(settings, "PAGE_CACHE_TIMEOUT", 600)

    def timeout_for(self, request):
        """Seconds to keep this response: the timeout, or less for a page that says when
        it stops being true (`RequestState.fresh_until`)."""
        fresh_until = request_state(request).fresh_until
        if fresh_until is None:
            return self.timeout()
        return min(self.timeout(), int((fresh_until - timezone.now()).total_seconds()))

    def cache_key(self, request):
        if self.timeout() <= 0 or request.method not in ("GET", "HEAD"):
            return None
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            return None
        if not get_language_from_path(request.path_info):
            return None
        address = request.path + query_for_key(request)
        if len(address) > MAX_CACHED_URL:
            return None
        try:
            host = request.get_host()
        except DisallowedHost:
            return None
        digest = hashlib.sha256(f"{request.scheme}://{host}{address}".encode()).hexdigest()
        return f"trustsite:page:{generation(request)}:{digest}"

    def cacheable(self, request, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        state = request_state(request)
        if request.META.get("QUERY_STRING", "") != state.reader_query:
            return False  # not the address of any link to this page
        directives = {
            d.strip().lower() for d in cc_delim_re.split(response.get("Cache-Control", ""))
        }
        if directives & {"private", "no-cache", "no-store"}:
            return False
        page = state.served_page
        if page is None:
            return False  # only Wagtail pages: not feeds, not error pages
        return not get_tree(request).may_be_restricted(page.path)


@functools.cache
def read_parameters():
    """The query parameters some page type reads: the only ones a cache key holds."""
    return frozenset(
        name for model in get_page_models() for name in getattr(model, "query_parameters", ())
    )


def query_for_key(request):
    """The request's query string with only the parameters pages read, in a fixed order."""
    names = read_parameters()
    pairs = sorted(
        (name, value) for name, values in request.GET.lists() if name in names for value in values
    )
    return f"?{urlencode(pairs)}" if pairs else ""
