"""What the site tells a shared cache in front of it (Varnish, a CDN): only the pages the
page cache keeps carry s-maxage, for as long as it keeps them."""

import pytest

pytestmark = pytest.mark.django_db


def test_an_anonymous_page_may_be_kept_by_a_shared_cache(client, trust_site, settings):
    settings.PAGE_CACHE_TIMEOUT = 600
    first = client.get("/pl/schools/")
    again = client.get("/pl/schools/")
    assert first["Cache-Control"] == "max-age=0, s-maxage=600"
    assert again["X-Page-Cache"] == "hit"
    assert again["Cache-Control"] == "max-age=0, s-maxage=600"


def test_a_calendar_is_kept_no_longer_than_it_is_true(client, page_by_path, settings):
    settings.PAGE_CACHE_TIMEOUT = 600
    control = client.get("/en/term-dates/")["Cache-Control"]
    seconds = int(control.split("s-maxage=")[1])
    assert 0 < seconds <= 600


@pytest.mark.parametrize(
    "path",
    ["/en/ask/", "/en/search/?q=school", "/en/no-such-page/", "/sitemap.xml", "/healthz"],
)
def test_what_the_page_cache_does_not_keep_carries_no_s_maxage(client, trust_site, path):
    response = client.get(path)
    assert "s-maxage" not in response.get("Cache-Control", "")


def test_an_editor_gets_no_s_maxage(admin_client, trust_site):
    response = admin_client.get("/en/schools/")
    assert "s-maxage" not in response.get("Cache-Control", "")
