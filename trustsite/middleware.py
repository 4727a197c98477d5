"""Remember a reader's language when they switch to it on this site."""

from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import get_language_from_path


class RememberLanguageMiddleware:
    """Set the language cookie when a reader moves from a page in one language to a page
    in another on this site (the Translate menu, or a notice's "read in English" link),
    so that `/` sends them to that language next time. A first visit from elsewhere sets
    no cookie, which keeps those responses cacheable."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        language = get_language_from_path(request.path_info)
        if not language or response.status_code != 200:
            return response
        if request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) == language:
            return response
        referer = urlsplit(request.headers.get("Referer", ""))
        if referer.netloc != request.get_host():
            return response
        if get_language_from_path(referer.path) not in (None, language):
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                samesite="Lax",
                secure=request.is_secure(),
            )
        return response
