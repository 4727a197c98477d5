"""What a page tells search engines and link previews: description, canonical URL, Open
Graph and Twitter tags, the updates feed, and JSON-LD for the trust and its schools.

Everything comes from the page object already loaded, the cached tree (trustsite.sitetree)
and querysets the page's own template evaluates anyway: no queries of its own.
"""

import json

from django import template
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from trustsite.sitetree import get_tree
from trustsite.templatetags.navigation_tags import current_page, node_url, site_root_path

register = template.Library()

DESCRIPTION_LENGTH = 160
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
# Where a page's own words are, in the order to try them for its description.
DESCRIPTION_FIELDS = ("introduction", "summary", "intro", "identity_statement")
DESCRIPTION_STREAMS = ("body",)


def summarise(text, length=DESCRIPTION_LENGTH):
    """The text with whitespace collapsed, cut at a word boundary to at most `length`
    characters (an ellipsis marks a cut)."""
    text = " ".join((text or "").split())
    if len(text) <= length:
        return text
    cut = text.rfind(" ", 0, length)
    return text[: cut if cut > 0 else length - 1].rstrip(" ,;:–-") + "…"


def page_description(page):
    """The page's search description or, failing that, its first own words; in the
    active language, as modeltranslation falls back to English field by field."""
    if page.search_description:
        return summarise(page.search_description)
    for name in DESCRIPTION_FIELDS:
        value = getattr(page, name, None)
        if isinstance(value, str) and value.strip():
            return summarise(value)
    for name in DESCRIPTION_STREAMS:
        value = getattr(page, name, None)
        if value:
            stream_field = type(page)._meta.get_field(name)
            text = " ".join(stream_field.get_searchable_content(value))
            if text.strip():
                return summarise(text)
    return ""


def default_description():
    return gettext(
        "The website of the Southampton Co-operative Learning Trust: its schools, "
        "partners, history, aims and vision."
    )


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
        gettext("Southampton Co-operative Learning Trust"),
    )


def canonical_url(request, page):
    """The page's own absolute URL in the active language, without a query string."""
    url = page.get_url(request) if page is not None else None
    return request.build_absolute_uri(url or request.path)


@register.simple_tag(takes_context=True)
def get_page_meta(context):
    """Description, canonical URL, Open Graph and Twitter values for the current page.
    A view that renders no page may set `meta_title` and `meta_description`."""
    from vision.models import VisionUpdatePage

    request = context["request"]
    page = current_page(context)
    language = translation.get_language() or settings.LANGUAGE_CODE
    site_name = gettext("Southampton Co-operative Learning Trust")
    if page is not None:
        title = page.seo_title or page.title
        description = page_description(page)
    else:
        title = context.get("meta_title") or site_name
        description = context.get("meta_description") or ""
    image_url, image_width, image_height, image_alt = page_image(request, page)
    return {
        "title": title,
        "description": description or default_description(),
        "canonical": canonical_url(request, page),
        "site_name": site_name,
        "type": "article" if isinstance(page, VisionUpdatePage) else "website",
        "locale": OG_LOCALES.get(language, language),
        "alternate_locales": [
            OG_LOCALES.get(code, code) for code, _name in settings.LANGUAGES if code != language
        ],
        "image": image_url,
        "image_width": image_width,
        "image_height": image_height,
        "image_alt": image_alt,
    }


@register.simple_tag(takes_context=True)
def get_updates_feed(context):
    """{url, title} of the vision updates' Atom feed in the active language, if the site
    has a live updates index; found in the cached tree by its content type."""
    from vision.models import VisionUpdateIndexPage

    request = context["request"]
    root_path = site_root_path(request)
    if root_path is None:
        return None
    content_type_id = ContentType.objects.get_for_model(VisionUpdateIndexPage).pk
    node = get_tree(request).first_of_type(content_type_id, root_path)
    if node is None:
        return None
    return {"url": node_url(node, root_path) + "feed/", "title": node.title}


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
    root_path = site_root_path(request)
    root = get_tree(request).by_url_path.get(root_path) if root_path else None
    return {
        "@type": "EducationalOrganization",
        "name": root.title if root else gettext("Southampton Co-operative Learning Trust"),
        "url": request.build_absolute_uri(reverse("wagtail_serve", args=[""])),
    }


def school_data(request, school, with_parent=False):
    """A School with only the fields an office has filled in."""
    data = {"@type": "School", "name": school.title}
    url = school.get_url(request)
    if url:
        data["url"] = request.build_absolute_uri(url)
    if not with_parent:
        return data
    if school.summary:
        data["description"] = summarise(school.summary)
    if school.address.strip():
        # The office types the address as free text: kept whole, not split into parts.
        lines = [line.strip() for line in school.address.splitlines() if line.strip()]
        data["address"] = {"@type": "PostalAddress", "streetAddress": ", ".join(lines)}
    if school.phone:
        data["telephone"] = school.phone
    if school.email:
        data["email"] = school.email
    if school.website:
        data["sameAs"] = [school.website]
    if school.image_id:
        data["image"] = page_image(request, school)[0]
    data["parentOrganization"] = trust_reference(request)
    return data


@register.simple_tag(takes_context=True)
def trust_json_ld(context, schools):
    """The trust and its member schools, for the home page. Partner schools work with the
    trust but are not part of it, so they are left out. `schools` is the page's own
    queryset, so the list the page shows costs no second query."""
    from schools.models import Membership

    request = context["request"]
    page = current_page(context)
    data = {"@context": "https://schema.org", **trust_reference(request)}
    if page is not None:
        data["name"] = page.title
        data["url"] = canonical_url(request, page)
        if getattr(page, "introduction", ""):
            data["description"] = summarise(page.introduction)
    data["subOrganization"] = [
        school_data(request, school) for school in schools if school.membership == Membership.MEMBER
    ]
    return json_ld(data)


@register.simple_tag(takes_context=True)
def school_json_ld(context):
    """The school, part of the trust, for its own page."""
    request = context["request"]
    return json_ld(
        {"@context": "https://schema.org", **school_data(request, context["page"], True)}
    )
