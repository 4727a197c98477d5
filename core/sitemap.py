"""A sitemap listing every public page in every language, each with its alternates,
but for the page types that say `in_sitemap = False` (the urgent notices: they come and
go within days).

Wagtail's own sitemap lists only the default language's URLs.
"""

from django.conf import settings
from django.shortcuts import render
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

from core.navigation import page_models_with, page_urls


@require_GET
def sitemap(request):
    site = Site.find_for_request(request)
    entries = []
    if site is not None:
        pages = (
            Page.objects.live()
            .public()
            .descendant_of(site.root_page, inclusive=True)
            .order_by("path")
        )
        hidden = [model for model in page_models_with("in_sitemap") if not model.in_sitemap]
        if hidden:
            pages = pages.not_type(*hidden)
        for page in pages:
            urls = {
                code: request.build_absolute_uri(url) if url else None
                for code, url in page_urls(page, request).items()
            }
            alternates = [(code, url) for code, url in urls.items() if url]
            alternates.append(("x-default", urls[settings.LANGUAGE_CODE]))
            entries.extend(
                {"location": url, "lastmod": page.last_published_at, "alternates": alternates}
                for code, url in urls.items()
                if url
            )
    return render(
        request,
        "core/sitemap.xml",
        {"entries": entries},
        content_type="application/xml; charset=utf-8",
    )
