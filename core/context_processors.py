"""What every template may show: the site's name."""

from django.utils.functional import SimpleLazyObject

from core.navigation import site_name


def site_identity(request):
    """`trust_site_name`: the site's name in the active language, looked up only when a
    template shows it (core.navigation.site_name)."""
    return {"trust_site_name": SimpleLazyObject(lambda: site_name(request))}
