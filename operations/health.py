"""Probes for load balancers and orchestrators: is the process up, can it serve pages.

Both live outside the language prefix and are never cached, so a probe always
reaches the process it is asking about.
"""

import logging

from django.db import connections
from django.http import HttpResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


@never_cache
def healthz(request):
    """Liveness: the process answers. Touches no backing service, so a database
    outage does not get healthy web processes restarted."""
    return HttpResponse("ok", content_type="text/plain")


@never_cache
def readyz(request):
    """Readiness: the default database answers `SELECT 1`; 503 when it does not."""
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    # A probe must answer whatever went wrong: any failure means "not ready".
    except Exception as exc:
        logger.warning("Not ready: the database did not answer: %s", exc)
        return HttpResponse("database unavailable", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")
