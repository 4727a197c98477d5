"""Main menu, breadcrumbs, footer links, the Translate menu and the translation notice.

All read the cached page tree (core.sitetree): no queries per request.
"""

from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.dateparse import parse_date
from django.utils.safestring import mark_safe
from wagtail import hooks

from core.navigation import (
    current_page,
    first_pages_of,
    in_english_where_outdated,
    language_links,
    node_url,
    page_models_with,
    page_urls,
    section_links,
    site_name,
    site_root_path,
)
from core.request_state import request_state
from core.sitetree import get_tree

register = template.Library()


@register.simple_tag(takes_context=True)
def get_site_name(context):
    """The site's name in the active language (core.navigation.site_name)."""
    return site_name(context.get("request"))


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    page = current_page(context)
    return {
        "items": section_links(context["request"], page.url_path if page else ""),
        "home_url": reverse("wagtail_serve", args=[""]),
        "trust_site_name": context.get("trust_site_name"),
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    request = context["request"]
    page = current_page(context)
    root_path = site_root_path(request)
    node = get_tree(request).by_id.get(page.pk) if page and root_path else None
    if node is None or node.url_path == root_path:
        return {"crumbs": []}
    ancestors = [a for a in get_tree(request).ancestors(node) if a.url_path.startswith(root_path)]
    return {"crumbs": [(a.title, node_url(a, root_path)) for a in ancestors], "page": page}


@register.inclusion_tag("includes/footer_links.html", takes_context=True)
def footer_links(context):
    """Links to the pages every footer carries (the accessibility statement, the privacy
    notice): page types with a `footer_order`, in that order."""
    request = context.get("request")
    models = sorted(page_models_with("footer_order"), key=lambda model: model.footer_order)
    found = first_pages_of(request, models) if request is not None else []
    return {"links": [(node.title, url) for _model, node, url in found]}


@register.simple_tag(takes_context=True)
def get_language_links(context):
    """The current page in every language: the page's own URL per language where there
    is a page, otherwise Django's translate_url on the current path (keeping the query).
    Worked out once per response (the head, the header and the notice all use it)."""
    request = context["request"]
    page = current_page(context)
    language = translation.get_language()
    memo = request_state(request).memo
    key = ("language_links", language, page.pk if page is not None else None)
    if key not in memo:
        memo[key] = language_links(language, language_url(request, page))
    return memo[key]


def language_url(request, page):
    """A function giving the URL of the page (or of the request's path) in a language."""
    query = request.META.get("QUERY_STRING", "")
    urls = page_urls(page, request) if page is not None else {}

    def url_for(code):
        if url := urls.get(code):
            return f"{url}?{query}" if query else url
        return translate_url(request.get_full_path(), code)

    return url_for


@register.simple_tag(takes_context=True)
def get_translation_notice(context, links):
    """Whether to tell a reader the page is shown in English ("missing"), or in a draft
    translation ("draft"); state None when there is nothing to say."""
    page = current_page(context)
    current = translation.get_language()
    if current == settings.LANGUAGE_CODE or page is None:
        return {"state": None}
    node = get_tree(context["request"]).by_id.get(page.pk)
    state = node.translations.get(current) if node else None
    outdated = request_state(context["request"]).outdated_fields
    return {
        "state": state or "missing",
        "english_url": next((ln.url for ln in links if ln.code == settings.LANGUAGE_CODE), ""),
        "language_name": dict(settings.LANGUAGES).get(current, current),
        # The first day a part's English changed after it was translated.
        "outdated_since": parse_date(min(outdated.values())) if outdated else None,
    }


@register.simple_tag(takes_context=True)
def english_if_outdated(context, field, page=None):
    """` lang="en" dir="ltr"` on the element of a part served in English because its
    translation is older than the English: a part of the page being served (core.
    wagtail_hooks), or of `page`, a page listed on it and passed through `as_read`;
    nothing otherwise."""
    request = context.get("request")
    if page is not None:
        outdated = getattr(page, "outdated_parts", {})
    else:
        outdated = request_state(request).outdated_fields if request is not None else {}
    if field in outdated:
        return mark_safe(' lang="en" dir="ltr"')  # noqa: S308 (fixed text)
    return ""


@register.simple_tag(takes_context=True)
def as_read(context, page):
    """A page listed on the one being served (a card, a link), as a reader of the active
    language reads it: each translated part older than its English in English, as on
    the page itself (core.navigation.in_english_where_outdated). From the tree snapshot:
    no query."""
    request = context.get("request")
    if request is not None and page is not None:
        in_english_where_outdated(page, request)
    return page


@register.inclusion_tag("includes/outdated_part.html", takes_context=True)
def outdated_notice(context, field):
    """Above a part served in English: when its English changed, in the reader's
    language."""
    request = context.get("request")
    since = request_state(request).outdated_fields.get(field) if request is not None else None
    return {"since": parse_date(since) if since else None}


@register.simple_tag(takes_context=True)
def page_banners(context):
    """What apps put at the top of every page (the notices app: its urgent notices): the
    HTML each `page_banners` hook returns for the request and the page (None where the
    response is not a Wagtail page)."""
    request = context.get("request")
    if request is None:
        return ""
    page = current_page(context)
    parts = [hook(request, page) for hook in hooks.get_hooks("page_banners")]
    return mark_safe("".join(part for part in parts if part))  # noqa: S308 (rendered templates)


@register.inclusion_tag("includes/enquiry_link.html", takes_context=True)
def enquiry_link(context, school=None):
    """The way to the enquiry form (a page type with `enquiry_form`), with this school
    chosen on it when given; nothing if the site has no live form. From the cached
    tree: no queries."""
    request = context.get("request")
    found = first_pages_of(request, page_models_with("enquiry_form")) if request else []
    if not found:
        return {"url": None}
    _model, node, url = found[0]
    if school is not None:
        url = f"{url}?{urlencode({'school': school.pk})}"
    return {"url": url, "title": node.title, "school": school}
