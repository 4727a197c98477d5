"""What a page tells search engines and link previews: description, canonical URL, Open
Graph and Twitter tags, feeds, and JSON-LD.

Each page type says its own description, Open Graph type and structured data
(core.models.SitePage); these tags only gather them. Everything comes from the page
object already loaded, the cached tree (core.sitetree) and querysets the page's own
template evaluates anyway: no queries of their own.
"""

from django import template
from django.conf import settings
from django.utils import translation

from core.meta import OG_LOCALES, canonical_url, default_description, json_ld, page_image
from core.navigation import current_page, first_pages_of, page_models_with, site_name

register = template.Library()


@register.simple_tag(takes_context=True)
def get_page_meta(context):
    """Description, canonical URL, Open Graph and Twitter values for the current page.
    A view that renders no page may set `meta_title` and `meta_description`."""
    request = context["request"]
    page = current_page(context)
    language = translation.get_language() or settings.LANGUAGE_CODE
    name = site_name(request)
    if page is not None:
        title = page.seo_title or page.title
        description = page.description() if hasattr(page, "description") else ""
    else:
        title = context.get("meta_title") or name
        description = context.get("meta_description") or ""
    image_url, image_width, image_height, image_alt = page_image(request, page)
    return {
        "title": title,
        "description": description or default_description(name),
        "canonical": canonical_url(request, page),
        "site_name": name,
        "type": getattr(page, "og_type", "website"),
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
def get_feeds(context):
    """[{url, title}] of the site's feeds in the active language: one per page type with a
    `feed_path`, from its first live page."""
    found = first_pages_of(context["request"], page_models_with("feed_path"))
    return [{"url": url + model.feed_path, "title": node.title} for model, node, url in found]


@register.simple_tag(takes_context=True)
def page_json_ld(context):
    """The current page's structured data (SitePage.structured_data), if it has any."""
    # The page being previewed too, before it is first saved.
    page = context.get("page")
    if not hasattr(page, "structured_data"):
        return ""
    data = page.structured_data(context["request"], context)
    return json_ld({"@context": "https://schema.org", **data}) if data else ""
