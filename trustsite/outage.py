"""A polite 503 while the database is unreachable.

Any `OperationalError` or `InterfaceError` raised while a request is handled (a
restart, a failover, too many connections) becomes the page in templates/503.html with
`Retry-After: 60`, in the reader's language, instead of a server error. Nothing is held
over: Django opens a fresh connection for the next request (and checks a persistent one
before reuse), so the site comes back by itself when the database does.
"""

import logging
import sys

from django.core.signals import got_request_exception
from django.db.utils import InterfaceError, OperationalError
from django.dispatch import receiver
from django.http import HttpResponse

from core.request_state import request_state
from trustsite.errors import render_error

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 60


def outage_response(request):
    response = HttpResponse(render_error(request, "503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    # Never let a CDN or the browser keep the outage page once the database is back.
    response["Cache-Control"] = "no-store"
    return response


@receiver(got_request_exception)
def note_database_outage(sender, request=None, **kwargs):
    """Mark a request whose error, raised outside a view (in another middleware), was a
    database error; Django has turned it into a 500 by the time the middleware sees it."""
    exc = sys.exc_info()[1]
    if request is not None and isinstance(exc, DATABASE_ERRORS):
        request_state(request).database_outage = True


class DatabaseOutageMiddleware:
    """Answer 503 instead of 500 when the database is what failed. Placed early, so a
    failure in any later middleware or in the view is caught."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request_state(request).database_outage:
            return outage_response(request)
        return response

    def process_exception(self, request, exception):
        """A database error raised in a view."""
        if isinstance(exception, DATABASE_ERRORS):
            logger.warning("Database unavailable on %s: %s", request.path, exception)
            return outage_response(request)
        return None
