"""The functions behind navigation: menus, language links, page URLs and where the
request's site starts. The first few are pure and testable without a database; the rest
read the request's site and the cached tree (core.sitetree)."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language_info
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, get_page_models

from core.request_state import UNKNOWN, request_state
from core.sitetree import get_tree, site_for, site_root_paths


@dataclass(frozen=True)
class MenuItem:
    title: str
    url: str
    active: bool


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    current: bool
    bidi: bool


def menu_items(pages, current_url_path, url_for):
    """One item per page; a page is active when the current page is it or lies below it."""
    return [
        MenuItem(
            title=page.title,
            url=url_for(page),
            active=bool(current_url_path) and current_url_path.startswith(page.url_path),
        )
        for page in pages
    ]


def language_links(current_language, url_for_language, languages=None):
    """A link per language, named in its own script, to the same page in that language."""
    links = []
    for code, name in languages or settings.LANGUAGES:
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=url_for_language(code),
                current=code == current_language,
                bidi=get_language_info(code)["bidi"],
            )
        )
    return links


def page_urls(page, request):
    """The page's URL in each language ({code: url}, None where it has none): for the
    Translate menu, the hreflang alternates and the sitemap alike."""
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = page.get_url(request)
    return urls


def site_root_path(request):
    """The url_path of the request's site root page (None without a site), from Wagtail's
    cached root paths; worked out once per request."""
    state = request_state(request)
    if state.root_path is UNKNOWN:
        site = site_for(request)
        state.root_path = (
            None
            if site is None
            else next((r.root_path for r in site_root_paths(request) if r.site_id == site.pk), None)
        )
    return state.root_path


def node_url(node, root_path):
    """The URL of a tree node below the site root, in the active language."""
    return reverse("wagtail_serve", args=[node.url_path[len(root_path) :]])


def section_links(request, current_url_path=""):
    """The site's sections (the root page's children shown in menus) as menu items: for
    the main menu, the home page's list of sections and search's "look in" list."""
    root_path = site_root_path(request)
    if root_path is None:
        return []
    nodes = get_tree(request).menu_children(root_path)
    return menu_items(nodes, current_url_path, lambda node: node_url(node, root_path))


def any_live(request, model, below=None):
    """Whether the tree snapshot holds a live page of this type (below the page `below`):
    where it holds none, a listing of them needs no query."""
    content_type_id = ContentType.objects.get_for_model(model).pk
    under = below.url_path if below is not None else ""
    return get_tree(request).first_of_type(content_type_id, under) is not None


def page_models_with(attribute):
    """The page types that set a class attribute (a place in the footer, a feed)."""
    return [model for model in get_page_models() if getattr(model, attribute, None) is not None]


def first_pages_of(request, models):
    """[(model, node, url)] of the first live page of each of these page types below the
    request's site root, in tree order, from the cached tree (ContentType caches its
    own lookups): no queries."""
    root_path = site_root_path(request)
    if root_path is None or not models:
        return []
    tree = get_tree(request)
    content_types = ContentType.objects.get_for_models(*models)
    found = []
    for model in models:
        node = tree.first_of_type(content_types[model].pk, root_path)
        if node is not None:
            found.append((model, node, node_url(node, root_path)))
    return found


@dataclass(frozen=True)
class CalendarLink:
    title: str
    url: str
    file_url: str  # its iCalendar file


def calendar_of(request, page):
    """The calendar a page offers: its own if its page type has a `calendar_file` (an
    iCalendar file under the page's URL, such as events.CalendarPage), else that of its
    first live child with one (a school's term dates); None if it has none. From the
    cached tree: no queries."""
    root_path = site_root_path(request)
    tree = get_tree(request)
    node = tree.by_id.get(page.pk)
    models = page_models_with("calendar_file")
    if root_path is None or node is None or not models:
        return None
    by_content_type = {
        content_type.pk: model
        for model, content_type in ContentType.objects.get_for_models(*models).items()
    }
    for candidate in [node, *tree.children(node)]:
        model = by_content_type.get(candidate.content_type_id)
        if model is not None and candidate.url_path.startswith(root_path):
            url = node_url(candidate, root_path)
            return CalendarLink(candidate.title, url, url + model.calendar_file)
    return None


def current_page(context):
    """The Wagtail page a template renders, if it renders one."""
    page = context.get("page")
    return page if isinstance(page, Page) and page.pk else None


def site_name(request=None):
    """The site's name in the active language, as editors set it under Settings › Site
    identity (English where a language has none). Without a request or a site (an error
    page drawn without the database), the WAGTAIL_SITE_NAME setting."""
    site = site_for(request) if request is not None else None
    if site is None:
        return settings.WAGTAIL_SITE_NAME
    names = get_tree(request).site_names.get(site.pk, {})
    language = translation.get_language() or settings.LANGUAGE_CODE
    return names.get(language) or names.get(settings.LANGUAGE_CODE) or settings.WAGTAIL_SITE_NAME


def outdated_parts(request, page_id, language=None):
    """{field name: ISO date its English changed} for each part of the page whose
    translation into `language` (the active language by default) is older than its
    English (localisation.freshness): those parts are shown in English."""
    node = get_tree(request).by_id.get(page_id)
    language = language or translation.get_language()
    return node.outdated.get(language, {}) if node else {}


def in_english_where_outdated(page, request, language=None):
    """Put the English in place of each outdated translation on this page object (the
    page is served, listed or fed, never saved); returns the parts replaced."""
    language = language or translation.get_language()
    outdated = outdated_parts(request, page.pk, language)
    # A listing loads only the fields it shows (SchoolPage.card_fields): the others are
    # neither shown nor fetched one page at a time here.
    deferred = page.get_deferred_fields()
    for name in outdated:
        english_field = build_localized_fieldname(name, settings.LANGUAGE_CODE)
        if english_field in deferred:
            continue
        setattr(page, build_localized_fieldname(name, language), getattr(page, english_field))
    page.outdated_parts = outdated  # for the templates' lang="en" (english_if_outdated)
    return outdated
