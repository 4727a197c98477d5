"""Pages for when something has failed: the 500 handler, and the body of the 503.

They are rendered without the database (it may be what failed) and without a page
object: the language comes from the path, and the Translate menu from Django's
`translate_url` on the same path, so a reader can still switch language.
"""

from django.http import Http404, HttpResponseForbidden, HttpResponseServerError
from django.template.loader import render_to_string
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language_from_path
from django.views.decorators.csrf import requires_csrf_token

from core.navigation import language_links, site_name


def reader_language(request):
    return (
        get_language_from_path(request.path_info)
        or getattr(request, "LANGUAGE_CODE", None)
        or translation.get_language()
    )


def render_error(request, template_name):
    """The error template in the reader's language, with a Translate menu for its path."""
    language = reader_language(request)
    path = request.get_full_path()
    with translation.override(language):
        links = language_links(language, lambda code: translate_url(path, code))
        context = {"language_links": links, "trust_site_name": site_name()}
        return render_to_string(template_name, context, request=request)


@requires_csrf_token
def server_error(request, template_name="500.html"):
    """handler500: Django's own passes no request, so the page could not know its language."""
    return HttpResponseServerError(render_error(request, template_name))


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a form (the enquiry form, a login) came back without the CSRF
    cookie, most often because the browser refuses cookies. Said in the reader's
    language, with the way back to the form, instead of Django's English technical page."""
    return HttpResponseForbidden(render_error(request, "403_csrf.html"))


def not_found(request, **kwargs):
    """For admin routes of Wagtail's that nobody should reach: the pages that test the
    error pages (/admin/test404/, and /admin/failwhale/, which fails on purpose, so any
    member could fill the error log), and those listed in trustsite/urls.py."""
    raise Http404
