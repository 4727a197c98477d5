"""Main menu, breadcrumbs and the Translate menu, each one query or none."""

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from wagtail.models import Page, Site

from trustsite.models import PageTranslation
from trustsite.navigation import language_links, menu_items

register = template.Library()


def site_root_path(request):
    """The url_path of the request's site root page, from Wagtail's cached root paths."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    for root in Site.get_site_root_paths():
        if root.site_id == site.pk:
            return root.root_path
    return None


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    root_path = site_root_path(request)
    pages = []
    if root_path:
        depth = root_path.count("/")  # "/home/" is depth 2, its children depth 3
        pages = (
            Page.objects.live()
            .in_menu()
            .filter(depth=depth + 1, url_path__startswith=root_path)
            .order_by("path")
        )
    page = context.get("page")
    current = page.url_path if isinstance(page, Page) else ""
    return {
        "items": menu_items(pages, current, lambda p: p.get_url(request)),
        "home_url": reverse("wagtail_serve", args=[""]),
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    request = context["request"]
    if not isinstance(page, Page) or page.depth <= 2:
        return {"crumbs": []}
    ancestors = page.get_ancestors().filter(depth__gte=2).live().order_by("depth")
    return {"crumbs": [(p.title, p.get_url(request)) for p in ancestors], "page": page}


@register.simple_tag(takes_context=True)
def get_language_links(context):
    """The current page in every language: the page's own URL per language where there
    is a page, otherwise Django's translate_url on the current path (keeping the query).
    Computed once per response; used by the Translate menu and the hreflang alternates."""
    request = context["request"]
    page = context.get("page")
    query = request.META.get("QUERY_STRING", "")

    def url_for(code):
        if isinstance(page, Page) and page.pk:
            with translation.override(code):
                url = page.get_url(request)
            if url:
                return f"{url}?{query}" if query else url
        return translate_url(request.get_full_path(), code)

    return language_links(translation.get_language(), url_for)


@register.simple_tag(takes_context=True)
def get_translation_notice(context, links):
    """Whether to tell a reader the page is shown in English ("missing"), or in a draft
    translation ("draft"); state None when there is nothing to say."""
    page = context.get("page")
    current = translation.get_language()
    if current == settings.LANGUAGE_CODE or not isinstance(page, Page) or not page.pk:
        return {"state": None}
    english_url = next((link.url for link in links if link.code == settings.LANGUAGE_CODE), "")
    state = (
        PageTranslation.objects.filter(page_id=page.pk, language=current)
        .values_list("state", flat=True)
        .first()
    )
    return {
        "state": state or "missing",
        "english_url": english_url,
        "language_name": dict(settings.LANGUAGES).get(current, current),
    }
