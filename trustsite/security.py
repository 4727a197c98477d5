"""Security headers Django does not set by itself.

The public site is served under a strict Content-Security-Policy (settings
CONTENT_SECURITY_POLICY). The Wagtail admin runs inline scripts and styles and shows
previews in a frame, so paths under /admin/ get ADMIN_CONTENT_SECURITY_POLICY instead.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings

ADMIN_PREFIX = "/admin/"


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's own policy for paths under /admin/."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith(ADMIN_PREFIX):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        return parts


class PermissionsPolicyMiddleware:
    """Turn off browser features the site never uses (camera, microphone, location,
    FLoC), so that nothing embedded in a page can ask for them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = getattr(settings, "PERMISSIONS_POLICY", "")
        if policy and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = policy
        return response


def client_ip(request):
    """The address a login attempt came from, for django-axes (AXES_CLIENT_IP_CALLABLE).

    With no proxy in front (TRUSTED_PROXY_COUNT = 0) it is REMOTE_ADDR; X-Forwarded-For
    is ignored, as anyone can send it. Behind N proxies that each append the address they
    saw to X-Forwarded-For, the client is the N-th address from the right: addresses to
    the left of it are the client's own claims and cannot be trusted. A request that did
    not come through all N proxies (too few addresses) falls back to REMOTE_ADDR."""
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    remote = request.META.get("REMOTE_ADDR", "")
    if count <= 0:
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    return forwarded[-count] if len(forwarded) >= count else remote
