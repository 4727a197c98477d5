"""What to purge from a shared cache in front of the site (Varnish, a CDN) when content
changes: every URL whose content changed, in every language.

A page's change shows on:
- the page itself, at each of its cached paths (`get_cached_paths`: its feed, its
  calendar file, its listing's other pages and filters);
- its ancestors, which list their children (an index, the home page's latest updates,
  a school's latest news) and its descendants, whose breadcrumbs name it;
- every page, when it is in the main menu or the footer, or is the home page;
- the pages whose type lists or links to pages of its type beyond their own subtree
  (`SitePage.shows_pages_of`: the Contact page lists every school's office, each
  vision audience lists the updates for it) and anything its own type names
  (`appears_on()`: an urgent notice shows on every page of its school);
- the sitemap.

Snippets and settings name the pages that show them when they are watched
(core.signals.watch). `tests/core/test_purging.py` renders every page and checks that
each link to a page is on one that this module names for it.

Purges go through Wagtail's front-end cache backends (WAGTAILFRONTENDCACHE), which send
each URL in every language (WAGTAILFRONTENDCACHE_LANGUAGES); with none configured,
nothing is sent. They are sent once the transaction that made the change commits.
"""

import threading

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, Site, get_page_models

SITEMAP_PATH = "/sitemap.xml"


def every_page():
    return list(Page.objects.live().filter(depth__gt=1).specific())


def listing_types(page):
    """The content types of page types that list or link to pages of `page`'s type."""
    label = page.specific_class._meta.label if page.specific_class else None
    models = [m for m in get_page_models() if label in getattr(m, "shows_pages_of", ())]
    return ContentType.objects.get_for_models(*models).values() if models else []


def pages_showing(page):
    """Every live page whose content a change to `page` changes (itself included)."""
    specific = page.specific_deferred
    if page.depth <= 2 or page.show_in_menus or getattr(specific, "footer_order", None) is not None:
        return every_page()
    found = Page.objects.filter(pk=page.pk)  # live or just unpublished
    found |= page.get_ancestors().live().filter(depth__gt=1)
    found |= page.get_descendants().live()
    types = listing_types(page)
    if types:
        found |= Page.objects.live().filter(content_type__in=types)
    pages = {p.pk: p for p in found.specific()}
    for other in getattr(specific, "appears_on", lambda: [])():
        pages.setdefault(other.pk, other)
    return list(pages.values())


def sitemap_urls():
    return [site.root_url + SITEMAP_PATH for site in Site.objects.all()]


def purge_now(pages):
    """Send the purges for these pages (and the sitemap) through Wagtail's backends."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    batch = PurgeBatch()
    batch.add_pages(pages)
    batch.add_urls(sitemap_urls())
    batch.purge()


_pending = threading.local()


def purge(pages_function, *args):
    """Purge `pages_function(*args)` once the current transaction commits. The calls of
    one transaction go out as one batch: deleting a school with its news purges each
    URL once, not once per deleted page."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    calls = getattr(_pending, "calls", None)
    if calls is None:
        calls = _pending.calls = []
    calls.append((pages_function, args))
    transaction.on_commit(flush)


def flush():
    """Send what is pending. The first commit callback sends it all; later ones find
    nothing. (After a rollback, what was pending goes with the next batch: a purge too
    many is harmless.)"""
    calls, _pending.calls = getattr(_pending, "calls", None) or [], None
    pages = {}
    for pages_function, args in calls:
        for page in pages_function(*args):
            pages.setdefault(page.pk, page)
    if calls:
        purge_now(list(pages.values()))
