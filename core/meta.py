"""What a page tells search engines and link previews, as plain functions: Open Graph
locales and images, canonical URLs, and JSON-LD for the trust. Page types use them in
their `structured_data()`; core.templatetags.meta_tags gathers it all into the head."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from core.navigation import site_name

# Open Graph locales (language_TERRITORY, as Facebook lists them) per site language.
OG_LOCALES = {
    "en": "en_GB",
    "pl": "pl_PL",
    "ro": "ro_RO",
    "zh-hans": "zh_CN",
    "pt": "pt_PT",
    "es": "es_ES",
    "fa": "fa_IR",
    "ar": "ar_AR",
}
DEFAULT_IMAGE = "img/og-default.png"
DEFAULT_IMAGE_SIZE = (1200, 630)
# The same rendition the school page shows, so the preview costs no extra rendition.
PAGE_IMAGE_FILTER = "width-800"


def default_description(name):
    """What the site is, for a page with no description of its own."""
    text = gettext("The website of the %(name)s: its schools, partners, history, aims and vision.")
    return text % {"name": name}


def page_image(request, page):
    """(absolute URL, width, height, alt) of the page's own image, or the trust's default."""
    image = getattr(page, "image", None) if getattr(page, "image_id", None) else None
    if image is not None:
        rendition = image.get_rendition(PAGE_IMAGE_FILTER)
        return (
            request.build_absolute_uri(rendition.url),
            rendition.width,
            rendition.height,
            image.default_alt_text or page.title,
        )
    width, height = DEFAULT_IMAGE_SIZE
    return (
        request.build_absolute_uri(static(DEFAULT_IMAGE)),
        width,
        height,
        site_name(request),
    )


def canonical_url(request, page):
    """The page's own absolute URL in the active language, without a query string."""
    url = page.get_url(request) if page is not None else None
    # A path of a page not found may start with "//" (`//[`), which would be read as a
    # host: one slash keeps it a path.
    return request.build_absolute_uri(url or "/" + request.path.lstrip("/"))


# JSON-LD (https://schema.org), for search engines.

JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data):
    """A <script type="application/ld+json"> that no text inside can close early."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(
        JSON_SCRIPT_ESCAPES
    )
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


def trust_reference(request):
    """The trust as an EducationalOrganization: its name and home URL in this language."""
    return {
        "@type": "EducationalOrganization",
        "name": site_name(request),
        "url": request.build_absolute_uri(reverse("wagtail_serve", args=[""])),
    }
