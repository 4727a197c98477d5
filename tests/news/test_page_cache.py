"""A news item or letter going live shows at once on the cached pages that list it: the
school's page and the home page (core.page_cache: a publish starts a new generation)."""

import datetime
import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from tests.factories import NewsItemPageFactory

PAGES = ("/en/schools/banister/", "/en/", "/en/schools/banister/news/")


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_TIMEOUT = 600
    cache.clear()
    yield
    cache.clear()


def cached(client, url):
    """Request `url` until it comes from the cache; its content."""
    client.get(url)
    response = client.get(url)
    assert response["X-Page-Cache"] == "hit", url
    return response.content.decode()


def fresh(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "miss", url
    return response.content.decode()


def test_publishing_an_item_shows_at_once_on_the_cached_pages(client, banister_news):
    item = NewsItemPageFactory(parent=banister_news, title="Book fair on Friday", live=False)
    for url in PAGES:
        assert "Book fair on Friday" not in cached(client, url)

    item.save_revision().publish()

    for url in PAGES:
        assert "Book fair on Friday" in fresh(client, url)


def test_a_draft_of_an_item_keeps_the_cached_pages(client, banister_news):
    NewsItemPageFactory(parent=banister_news, title="Draft news", live=False).save_revision()
    for url in PAGES:
        cached(client, url)
    NewsItemPageFactory(parent=banister_news, title="Another draft", live=False).save_revision()
    for url in PAGES:
        assert "Another draft" not in cached(client, url)


def test_a_scheduled_item_going_live_shows_at_once_on_the_cached_pages(client, banister_news):
    item = NewsItemPageFactory(parent=banister_news, title="Book fair on Friday", live=False)
    revision = item.save_revision(approved_go_live_at=timezone.now() + datetime.timedelta(hours=1))
    for url in PAGES:
        cached(client, url)

    # The go-live time passes and the cron job runs.
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save()
    call_command("publish_scheduled", stdout=io.StringIO())

    for url in PAGES:
        assert "Book fair on Friday" in fresh(client, url)
