"""The admin's "forgotten password" form, throttled per address and per client.

Wagtail's form (settings.WAGTAILADMIN_USER_PASSWORD_RESET_FORM names this one instead)
sends a reset email every time it is posted, so anyone could fill an editor's inbox or
have the site send mail without end. This form counts each request twice in the shared
Django cache, once under the address asked for and once under the client (the address
django-axes sees: trustsite.security.client_ip, so a proxy is handled as for logins),
and sends no email while either count is over its limit, until its window ends.

The answer never changes: whether the address has an account, and whether it or the
client is over its limit, the reader gets Wagtail's own "check your email" page. So the
form tells nobody which addresses have accounts, and needs no message of its own.

The Django cache rather than a package: django-ratelimit would count the same way in the
same cache, but it refuses a request over the limit (403, or its own exception), which
would tell a stranger that an address is being asked about; here the reset must look
like any other, and counting takes a few lines.
"""

import hashlib
import logging
from datetime import timedelta

from axes.helpers import get_client_ip_address
from django.core.cache import cache
from wagtail.admin.forms.auth import PasswordResetForm

# Emails one address may be sent in a window: enough for a reader whose first email
# went astray, too few to fill an inbox.
LIMIT_PER_ADDRESS = 3
# Requests from one client in a window, whatever the addresses: a school's office may
# share one address, so this is higher.
LIMIT_PER_CLIENT = 10
WINDOW = timedelta(hours=1)

logger = logging.getLogger(__name__)


def within_limit(key, limit):
    """Count one more request under `key`; whether the count is still within `limit`.
    The window starts at the first request and is not extended by later ones."""
    timeout = int(WINDOW.total_seconds())
    if cache.add(key, 1, timeout):
        return limit >= 1
    try:
        count = cache.incr(key)
    except ValueError:  # the window ended between add() and incr()
        cache.add(key, 1, timeout)
        count = 1
    return count <= limit


def address_key(email):
    # Hashed: the cache (Redis, or files on disk) need not hold editors' addresses.
    digest = hashlib.sha256(email.strip().casefold().encode()).hexdigest()
    return f"password-reset:address:{digest}"


class ThrottledPasswordResetForm(PasswordResetForm):
    """Wagtail's password reset form, which sends nothing once the address asked for or
    the client asking is over its limit, and otherwise behaves exactly as Wagtail's."""

    def save(self, *args, request=None, **kwargs):
        address_ok = within_limit(address_key(self.cleaned_data["email"]), LIMIT_PER_ADDRESS)
        client = get_client_ip_address(request) if request is not None else None
        client_ok = client is None or within_limit(
            f"password-reset:client:{client}", LIMIT_PER_CLIENT
        )
        if address_ok and client_ok:
            return super().save(*args, request=request, **kwargs)
        logger.warning(
            "Password reset: no email sent, %s over its limit",
            "the address asked for" if client_ok else f"client {client}",
        )
        return None
