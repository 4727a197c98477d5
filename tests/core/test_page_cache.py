"""Anonymous visitors get cached pages; any content change shows on the next request."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from core.page_cache import AnonymousPageCacheMiddleware
from core.request_state import request_state
from partners.models import Partner, PartnerKind
from tests.factories import SchoolPageFactory

pytestmark = pytest.mark.usefixtures("page_cache_on")


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_TIMEOUT = 600
    cache.clear()
    yield
    cache.clear()


def get(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, url
    return response


def test_second_anonymous_request_is_served_from_the_cache_without_queries(client, trust_site):
    assert get(client, "/en/schools/")["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        response = get(client, "/en/schools/")
    assert response["X-Page-Cache"] == "hit"
    assert len(queries) == 0
    assert "Regent’s Park" in response.content.decode()


def test_each_language_is_cached_separately(client, trust_site):
    get(client, "/en/aims/")
    polish = get(client, "/pl/aims/")
    assert polish["X-Page-Cache"] == "miss"
    assert '<html lang="pl"' in polish.content.decode()


def test_publishing_shows_on_the_next_request(client, trust_site, page_by_path):
    get(client, "/en/schools/banister/")
    school = page_by_path("schools/banister/")
    school.summary = "A freshly published summary."
    school.save_revision().publish()
    response = get(client, "/en/schools/banister/")
    assert response["X-Page-Cache"] == "miss"
    assert "A freshly published summary." in response.content.decode()


def test_unpublishing_removes_the_page_at_once(client, trust_site, page_by_path):
    get(client, "/en/schools/banister/")
    get(client, "/en/schools/")
    page_by_path("schools/banister/").unpublish()
    assert client.get("/en/schools/banister/").status_code == 404
    assert "Banister" not in get(client, "/en/schools/").content.decode()


def test_moving_a_page_shows_at_once(client, trust_site, page_by_path):
    index = page_by_path("schools/")
    extra = SchoolPageFactory(parent=index, title="Movable School", slug="movable-school")
    get(client, "/en/schools/movable-school/")
    extra.move(page_by_path("schools/").get_parent(), pos="last-child")
    # Wagtail leaves a redirect from the old address; the new one is served at once.
    old = client.get("/en/schools/movable-school/")
    assert (old.status_code, old["Location"]) == (301, "/en/movable-school/")
    assert get(client, "/en/movable-school/")["X-Page-Cache"] == "miss"


def test_deleting_a_page_shows_at_once(client, trust_site, page_by_path):
    get(client, "/en/schools/st-marks/")
    get(client, "/en/")
    page_by_path("schools/st-marks/").delete()
    assert client.get("/en/schools/st-marks/").status_code == 404
    assert "St Mark’s" not in get(client, "/en/").content.decode()


def test_saving_a_partner_snippet_shows_at_once(client, trust_site):
    get(client, "/en/partners/")
    Partner.objects.create(name="Brand New Partner", kind=PartnerKind.ORGANISATION)
    response = get(client, "/en/partners/")
    assert response["X-Page-Cache"] == "miss"
    assert "Brand New Partner" in response.content.decode()


def test_logged_in_editors_neither_see_nor_fill_the_cache(client, admin_user, trust_site):
    client.force_login(admin_user)
    response = get(client, "/en/history/")
    assert "X-Page-Cache" not in response
    client.logout()
    assert get(client, "/en/history/")["X-Page-Cache"] == "miss"


def test_a_preview_never_reaches_visitors(admin_client, client, trust_site, page_by_path):
    get(client, "/en/aims/")
    aims = page_by_path("aims/")
    aims.identity_statement = "An unpublished draft."
    aims.save_revision()
    preview = admin_client.get(f"/admin/pages/{aims.pk}/edit/preview/")
    assert "X-Page-Cache" not in preview
    assert "An unpublished draft." not in get(client, "/en/aims/").content.decode()


def test_view_restricted_pages_are_never_cached(client, trust_site, page_by_path):
    page = page_by_path("history/")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    for _ in range(2):
        response = client.get(
            "/en/history/", HTTP_COOKIE="csrftoken=abcdefghijklmnopqrstuvwxyz012345"
        )
        assert "X-Page-Cache" not in response
        assert "The Trust came into being" not in response.content.decode()


def test_not_found_pages_are_not_cached(client, trust_site):
    client.get("/en/missing-page/")
    assert "X-Page-Cache" not in client.get("/en/missing-page/")


def test_query_strings_are_part_of_the_key(client, trust_site):
    get(client, "/en/schools/")
    filtered = get(client, "/en/schools/?phase=secondary")
    assert filtered["X-Page-Cache"] == "miss"
    assert "Banister" not in filtered.content.decode()


@pytest.fixture
def file_cache(settings, tmp_path):
    """The production fallback, a file cache, whose entries can be counted on disk; with
    room for more entries than any test makes, so that nothing is culled unseen."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path),
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        }
    }
    return lambda: sum(1 for _ in tmp_path.iterdir())


def test_a_flood_of_made_up_query_strings_adds_no_cache_entries(client, trust_site, file_cache):
    get(client, "/en/history/")
    entries = file_cache()
    padding = "x" * 400
    hits = sum(
        get(client, f"/en/history/?q{i}={padding}").get("X-Page-Cache") == "hit"
        for i in range(3000)
    )
    assert (file_cache(), hits) == (entries, 3000)


def test_a_made_up_query_string_fills_no_entry_before_the_page_is_cached(client, trust_site):
    for _ in range(2):
        assert "X-Page-Cache" not in get(client, "/en/history/?utm_source=newsletter")
    assert get(client, "/en/history/")["X-Page-Cache"] == "miss"


def test_a_filter_a_reader_can_choose_is_cached(client, trust_site):
    get(client, "/en/schools/?phase=secondary")
    assert get(client, "/en/schools/?phase=secondary")["X-Page-Cache"] == "hit"


def test_a_filter_no_link_offers_is_not_cached(client, trust_site):
    for _ in range(2):
        assert "X-Page-Cache" not in get(client, "/en/schools/?phase=boarding")


def test_a_page_of_updates_a_link_offers_is_cached(client, trust_site):
    get(client, "/en/vision/updates/?page=1")
    assert get(client, "/en/vision/updates/?page=1")["X-Page-Cache"] == "hit"


def test_a_page_number_no_link_offers_is_not_cached(client, trust_site):
    for number in ("999", "0", "1x", "01"):
        for _ in range(2):
            assert "X-Page-Cache" not in get(client, f"/en/vision/updates/?page={number}")


def test_a_page_that_says_until_when_it_is_true_is_kept_no_longer(rf):
    """A calendar lists what is coming from today: its copy goes at midnight, however long
    the cache keeps other pages."""
    middleware = AnonymousPageCacheMiddleware(get_response=None)
    request = rf.get("/en/term-dates/")
    assert middleware.timeout_for(request) == 600
    request_state(request).fresh_until = timezone.now() + datetime.timedelta(seconds=90)
    assert 80 <= middleware.timeout_for(request) <= 90
    request_state(request).fresh_until = timezone.now() - datetime.timedelta(seconds=1)
    assert middleware.timeout_for(request) <= 0  # not stored at all
