"""While the database is unreachable, readers get a polite 503 that says so."""

import pytest
from django.db import InterfaceError, OperationalError, connections
from django.test import Client


def unreachable(*args, **kwargs):
    raise OperationalError("connection to server at 127.0.0.1, port 5432 failed")


@pytest.fixture
def database_down(trust_site):
    """Every query fails until the test ends. The patch is lifted before the test
    database is torn down, which itself needs a cursor."""
    with pytest.MonkeyPatch.context() as outage:
        outage.setattr(connections["default"], "cursor", unreachable)
        yield


def test_a_public_page_answers_503_in_the_readers_language(client, database_down):

    response = client.get("/pl/schools/")

    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert response["Cache-Control"] == "no-store"
    body = response.content.decode()
    assert '<html lang="pl" dir="ltr">' in body
    assert 'href="/pl/"' in body
    assert "Traceback" not in body
    assert "OperationalError" not in body
    assert "5432" not in body


def test_the_outage_page_is_right_to_left_in_arabic(client, database_down):

    response = client.get("/ar/")

    assert response.status_code == 503
    assert '<html lang="ar" dir="rtl">' in response.content.decode()


def test_the_outage_page_says_the_site_is_busy(client, database_down):

    response = client.get("/en/history/")

    assert (
        "The site is busy or under maintenance. Please try again in a few minutes."
        in response.content.decode()
    )


def test_a_lost_connection_is_an_outage_too(client, trust_site):
    def closed(*args, **kwargs):
        raise InterfaceError("connection already closed")

    with pytest.MonkeyPatch.context() as outage:
        outage.setattr(connections["default"], "cursor", closed)
        response = client.get("/en/")

    assert response.status_code == 503


def test_the_outage_page_carries_the_security_headers(client, database_down):

    response = client.get("/en/")

    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert response["Permissions-Policy"]


def test_the_site_recovers_when_the_database_comes_back(client, trust_site):
    with pytest.MonkeyPatch.context() as outage:
        outage.setattr(connections["default"], "cursor", unreachable)
        assert client.get("/pl/schools/").status_code == 503

    response = client.get("/pl/schools/")

    assert response.status_code == 200
    assert '<html lang="pl"' in response.content.decode()


def test_an_outage_outside_a_view_is_a_503_as_well(trust_site, monkeypatch):
    """The error can come from a middleware (sessions, redirects) rather than the view."""
    from wagtail.contrib.redirects.middleware import RedirectMiddleware

    def failing_lookup(self, request, response):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(RedirectMiddleware, "process_response", failing_lookup)
    client = Client(raise_request_exception=False)

    response = client.get("/pl/no-such-page/")

    assert response.status_code == 503
    assert '<html lang="pl"' in response.content.decode()


def test_other_errors_stay_server_errors(trust_site, monkeypatch):
    from wagtail.contrib.redirects.middleware import RedirectMiddleware

    def broken(self, request, response):
        raise ValueError("a bug, not an outage")

    monkeypatch.setattr(RedirectMiddleware, "process_response", broken)
    client = Client(raise_request_exception=False)

    assert client.get("/en/no-such-page/").status_code == 500
