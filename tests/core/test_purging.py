"""A shared cache in front of the site (Varnish, a CDN) is told every URL whose content
changed, in every language: each page's "appears on" list (core.purging) names every
page that shows it, which this test checks by rendering every page and looking."""

import re
from urllib.parse import urlsplit

import pytest
from wagtail.models import Page, get_page_models

from core.purging import pages_showing
from partners.models import Partner
from tests.factories import NewsItemPageFactory, VisionUpdatePageFactory
from tests.notices.test_urgent_notices import publish_notice

from . import purge_recorder

RECORDER = {"recorder": {"BACKEND": "tests.core.purge_recorder.RecordingBackend"}}


@pytest.fixture
def purged(settings):
    settings.WAGTAILFRONTENDCACHE = RECORDER
    settings.WAGTAILFRONTENDCACHE_LANGUAGES = [code for code, _name in settings.LANGUAGES]
    purge_recorder.PURGED.clear()
    yield purge_recorder.PURGED
    purge_recorder.PURGED.clear()


@pytest.fixture
def busy_site(page_by_path):
    """The trust's site with an update for two audiences, a school's letter, and an
    urgent notice."""
    update = VisionUpdatePageFactory(
        parent=page_by_path("vision/updates/"),
        title="Summer report",
        audiences=[page_by_path("vision/staff/"), page_by_path("vision/families-and-community/")],
    )
    update.save_revision().publish()
    NewsItemPageFactory(parent=page_by_path("schools/banister/news/"), title="Sports day")
    publish_notice(page_by_path("schools/banister/notices/"), "Closed today: snow.")
    return update


def rendered(client):
    """{page: its HTML in English} for every live page."""
    pages = Page.objects.live().filter(depth__gt=1).specific()
    return {page: client.get(page.url).content.decode() for page in pages}


def test_every_link_to_a_page_is_on_a_page_its_list_names(client, busy_site, settings):
    settings.PAGE_CACHE_TIMEOUT = 0
    html = rendered(client)
    # Every kind of page is among them, so a new listing cannot be forgotten.
    kinds = {type(page) for page in html}
    assert {m for m in get_page_models() if m is not Page} - kinds == set()
    missing = []
    for page in html:
        link = re.compile(rf'href="{re.escape(page.url)}(\?[^"]*)?"')
        showing = {p.pk for p in pages_showing(page)}
        for other, text in html.items():
            if link.search(text) and other.pk not in showing:
                missing.append(f"{other.url} links to {page.url}, not in its list")
    assert missing == []


def test_a_notice_is_listed_on_every_page_that_shows_it(client, page_by_path, settings):
    settings.PAGE_CACHE_TIMEOUT = 0
    notice = publish_notice(page_by_path("schools/banister/notices/"), "Closed today: snow.")
    showing = {p.pk for p in pages_showing(notice)}
    shown = [page for page, text in rendered(client).items() if "Closed today: snow." in text]
    assert len(shown) > 3
    assert [p.url for p in shown if p.pk not in showing] == []


def test_a_partner_is_on_the_pages_its_watch_names(client, trust_site, settings):
    settings.PAGE_CACHE_TIMEOUT = 0
    partner = Partner.objects.first()
    partner.name = "Zebra Crossing Co-operative"
    partner.save()
    shown = [page.url for page, text in rendered(client).items() if partner.name in text]
    assert shown == ["/en/partners/"]


def test_publishing_an_update_purges_its_pages_feeds_home_and_sitemap_in_every_language(
    busy_site, purged, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        busy_site.title = "Summer report, revised"
        busy_site.save_revision().publish()
    paths = {
        urlsplit(url).path + (f"?{urlsplit(url).query}" if urlsplit(url).query else "")
        for url in purged
    }
    for language in ("en", "pl", "ar"):
        assert f"/{language}/vision/updates/summer-report/" in paths
        assert f"/{language}/vision/updates/" in paths
        assert f"/{language}/vision/updates/feed/" in paths
        assert f"/{language}/vision/staff/" in paths
        assert f"/{language}/" in paths
    assert "/sitemap.xml" in paths
    assert "/en/schools/banister/" not in paths  # not every page
    assert len(purged) == len(set(purged))  # each once


def test_renaming_a_partner_purges_the_partners_page(
    trust_site, purged, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        partner = Partner.objects.first()
        partner.name = "Renamed"
        partner.save()
    paths = {urlsplit(url).path for url in purged}
    assert {"/en/partners/", "/pl/partners/", "/sitemap.xml"} <= paths
    assert "/en/schools/" not in paths


def test_nothing_is_sent_without_a_front_end_cache(
    busy_site, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {}
    purge_recorder.PURGED.clear()
    with django_capture_on_commit_callbacks(execute=True):
        busy_site.save_revision().publish()
    assert purge_recorder.PURGED == []
