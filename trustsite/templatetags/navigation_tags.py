"""Main menu, breadcrumbs, footer links, the Translate menu and the translation notice.

All read the cached page tree (trustsite.sitetree): no queries per request.
"""

from django import template
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse, translate_url
from django.utils import translation
from wagtail.models import Page, Site

from trustsite.navigation import language_links, menu_items, page_urls
from trustsite.sitetree import get_tree

register = template.Library()


def site_root_path(request):
    """The url_path of the request's site root page, from Wagtail's cached root paths;
    kept on the request, as the view and half a dozen tags ask for it."""
    if not hasattr(request, "_site_root_path"):
        site = Site.find_for_request(request)
        request._site_root_path = (
            None
            if site is None
            else next(
                (r.root_path for r in Site.get_site_root_paths() if r.site_id == site.pk), None
            )
        )
    return request._site_root_path


def node_url(node, root_path):
    return reverse("wagtail_serve", args=[node.url_path[len(root_path) :]])


def current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) and page.pk else None


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    root_path = site_root_path(request)
    nodes = get_tree(request).menu_children(root_path) if root_path else []
    page = current_page(context)
    return {
        "items": menu_items(
            nodes, page.url_path if page else "", lambda node: node_url(node, root_path)
        ),
        "home_url": reverse("wagtail_serve", args=[""]),
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


# Site-wide pages every footer links to, in this order.
FOOTER_PAGE_TYPES = ("trustsite.AccessibilityStatementPage", "trustsite.PrivacyNoticePage")


@register.inclusion_tag("includes/footer_links.html", takes_context=True)
def footer_links(context):
    """Links to the accessibility statement and privacy notice of the request's site,
    found in the cached tree by content type (ContentType caches its own lookups)."""
    request = context.get("request")
    root_path = site_root_path(request) if request is not None else None
    if root_path is None:
        return {"links": []}
    tree = get_tree(request)
    content_types = ContentType.objects.get_for_models(
        *(apps.get_model(name) for name in FOOTER_PAGE_TYPES)
    )
    links = []
    for name in FOOTER_PAGE_TYPES:
        node = tree.first_of_type(content_types[apps.get_model(name)].pk, root_path)
        if node is not None:
            links.append((node.title, node_url(node, root_path)))
    return {"links": links}


@register.simple_tag(takes_context=True)
def get_language_links(context):
    """The current page in every language: the page's own URL per language where there
    is a page, otherwise Django's translate_url on the current path (keeping the query).
    Computed once per response; used by the Translate menu and the hreflang alternates."""
    request = context["request"]
    page = current_page(context)
    query = request.META.get("QUERY_STRING", "")

    urls = page_urls(page, request) if page is not None else {}

    def url_for(code):
        if url := urls.get(code):
            return f"{url}?{query}" if query else url
        return translate_url(request.get_full_path(), code)

    return language_links(translation.get_language(), url_for)


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
    return {
        "state": state or "missing",
        "english_url": next((ln.url for ln in links if ln.code == settings.LANGUAGE_CODE), ""),
        "language_name": dict(settings.LANGUAGES).get(current, current),
    }
