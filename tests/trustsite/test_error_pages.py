"""404, 500 and 503 pages: branded, in the reader's language, with the Translate menu
and a way home. The 500 and 503 pages are drawn without the database."""

import pytest
from bs4 import BeautifulSoup
from django.db import OperationalError, connections
from django.test import Client, RequestFactory
from django.utils import translation
from wagtail.contrib.redirects.middleware import RedirectMiddleware

from trustsite.errors import server_error


def unreachable(*args, **kwargs):
    raise OperationalError("down")


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def translated(language, text):
    with translation.override(language):
        return translation.gettext(text)


def translate_menu(soup):
    menu = soup.find("details", class_="lang-menu")
    assert menu is not None, "no Translate menu"
    return {link["hreflang"]: link for link in menu.find_all("a")}


@pytest.fixture
def broken_site(trust_site, monkeypatch):
    """Every response fails in a middleware with a bug (not a database error)."""

    def broken(self, request, response):
        raise ValueError("a bug")

    monkeypatch.setattr(RedirectMiddleware, "process_response", broken)
    return Client(raise_request_exception=False)


@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("pl", "ltr"), ("ar", "rtl")])
def test_not_found_page_in_the_readers_language(client, trust_site, language, direction):
    response = client.get(f"/{language}/no-such-page/")

    assert response.status_code == 404
    soup = soup_of(response)
    assert soup.html["lang"] == language
    assert soup.html["dir"] == direction
    assert soup.h1.get_text(strip=True) == translated(language, "Page not found")
    assert soup.find("a", href=f"/{language}/", string=translated(language, "Go to the home page"))
    links = translate_menu(soup)
    assert links["pl"]["href"] == "/pl/no-such-page/"
    assert links["ar"]["href"] == "/ar/no-such-page/"
    assert links[language]["aria-current"] == "true"


@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("pl", "ltr"), ("ar", "rtl")])
def test_server_error_page_in_the_readers_language(broken_site, language, direction):
    response = broken_site.get(f"/{language}/schools/?q=1")

    assert response.status_code == 500
    soup = soup_of(response)
    assert soup.html["lang"] == language
    assert soup.html["dir"] == direction
    heading = translated(language, "Sorry, something went wrong")
    assert soup.h1.get_text(strip=True) == heading
    assert soup.title.get_text().startswith(heading)
    assert soup.find("link", rel="stylesheet")["href"].endswith("site.css")
    assert soup.find("a", class_="skip-link")["href"] == "#main-content"
    assert soup.find("a", href=f"/{language}/", string=translated(language, "Go to the home page"))
    links = translate_menu(soup)
    assert links["pl"]["href"] == "/pl/schools/?q=1"
    assert links["fa"]["dir"] == "rtl"
    assert links[language]["aria-current"] == "true"
    assert "ValueError" not in response.content.decode()
    assert "Traceback" not in response.content.decode()


def test_server_error_page_needs_no_database(db):
    with pytest.MonkeyPatch.context() as outage:
        outage.setattr(connections["default"], "cursor", unreachable)
        response = server_error(RequestFactory().get("/pl/history/"))

    assert response.status_code == 500
    assert translated("pl", "Sorry, something went wrong") in response.content.decode()


@pytest.mark.parametrize("language", ["en", "pl", "ar"])
def test_outage_page_has_the_translate_menu(trust_site, language):
    with pytest.MonkeyPatch.context() as outage:
        outage.setattr(connections["default"], "cursor", unreachable)
        response = Client().get(f"/{language}/partners/")

    assert response.status_code == 503
    soup = soup_of(response)
    assert soup.html["lang"] == language
    assert soup.h1.get_text(strip=True) == translated(
        language, "The site is busy or under maintenance"
    )
    assert translate_menu(soup)["ro"]["href"] == "/ro/partners/"
    assert soup.find("a", href=f"/{language}/", string=translated(language, "Go to the home page"))
