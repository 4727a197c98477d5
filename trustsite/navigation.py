"""Plain functions behind the navigation template tags, testable without a database."""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from django.utils.translation import get_language_info


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
