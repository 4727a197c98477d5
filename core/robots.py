"""robots.txt: where the sitemap is, and what crawlers should leave alone."""

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe


@require_safe
def robots_txt(request):
    """Keep crawlers out of the admin and the search results (endless, and not pages of
    their own); point them at the sitemap, which lists every page in every language."""
    lines = ["User-agent: *", "Disallow: /admin/"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            lines.append(f"Disallow: {reverse('search')}")
    lines += ["", f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
