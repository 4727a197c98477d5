"""Main menu, breadcrumbs and the Translate menu."""

import re
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import SimpleTestCase

from core.navigation import language_links, menu_items


class MenuItemsTests(SimpleTestCase):
    def test_marks_the_section_containing_the_current_page_active(self):
        pages = [
            SimpleNamespace(title="History", url_path="/home/history/"),
            SimpleNamespace(title="Schools", url_path="/home/schools/"),
        ]
        items = menu_items(pages, "/home/schools/st-marks/", lambda p: "/en" + p.url_path[5:])
        assert [(i.title, i.url, i.active) for i in items] == [
            ("History", "/en/history/", False),
            ("Schools", "/en/schools/", True),
        ]

    def test_nothing_is_active_off_the_page_tree(self):
        pages = [SimpleNamespace(title="History", url_path="/home/history/")]
        assert not menu_items(pages, "", lambda p: "/x/")[0].active


class LanguageLinksTests(SimpleTestCase):
    def test_one_link_per_language_named_in_its_own_script(self):
        links = language_links("pl", lambda code: f"/{code}/schools/")
        assert [link.code for link in links] == [code for code, _ in settings.LANGUAGES]
        names = {link.code: link.name for link in links}
        assert names["pl"] == "Polski"
        assert names["ar"] == "العربية"
        assert names["zh-hans"] == "中文"
        assert [link.code for link in links if link.current] == ["pl"]

    def test_right_to_left_languages_are_marked(self):
        links = language_links("en", lambda code: "/")
        assert {link.code for link in links if link.bidi} == {"ar", "fa"}


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_main_menu_lists_every_section(client, trust_site):
    nav = soup(client.get("/en/")).find("nav", attrs={"aria-label": "Main menu"})
    assert [a.get_text() for a in nav.find_all("a")] == [
        "History",
        "Schools",
        "Partners",
        "Aims",
        "Vision",
    ]


def test_main_menu_marks_the_current_section(client, trust_site):
    nav = soup(client.get("/en/schools/banister/")).find("nav", attrs={"aria-label": "Main menu"})
    assert [a.get_text() for a in nav.find_all("a", attrs={"aria-current": "page"})] == ["Schools"]


def test_breadcrumbs_lead_home_through_the_section(client, trust_site):
    crumbs = soup(client.get("/en/schools/banister/")).find(
        "nav", attrs={"aria-label": "Breadcrumb"}
    )
    assert [a["href"] for a in crumbs.find_all("a")] == ["/en/", "/en/schools/"]
    assert crumbs.find(attrs={"aria-current": "page"}).get_text() == "Banister"


def translate_links(response):
    menu = soup(response).find("details", class_="lang-menu")
    return {a["hreflang"]: a for a in menu.find_all("a")}


def test_translate_menu_on_a_school_page_links_to_that_school_in_every_language(client, trust_site):
    links = translate_links(client.get("/en/schools/st-marks/"))
    assert sorted(links) == sorted(code for code, _ in settings.LANGUAGES)
    for code, link in links.items():
        assert link["href"] == f"/{code}/schools/st-marks/"
        assert link["lang"] == code
        response = client.get(link["href"])
        assert response.status_code == 200
        page = soup(response)
        assert page.html["lang"] == code
        assert page.find("h1").get_text() == "St Mark’s"


def test_translate_menu_marks_the_current_language(client, trust_site):
    links = translate_links(client.get("/pl/schools/"))
    assert [code for code, a in links.items() if a.get("aria-current")] == ["pl"]


def test_translate_menu_keeps_the_query_string(client, trust_site):
    links = translate_links(client.get("/en/schools/?phase=primary"))
    assert links["ar"]["href"] == "/ar/schools/?phase=primary"


def test_translate_menu_on_a_missing_page_points_at_the_same_path(client, trust_site):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert translate_links(response)["pl"]["href"] == "/pl/no-such-page/"


@pytest.mark.parametrize(
    "code,direction", [("en", "ltr"), ("pl", "ltr"), ("ar", "rtl"), ("fa", "rtl")]
)
def test_html_element_carries_language_and_direction(client, trust_site, code, direction):
    html = soup(client.get(f"/{code}/")).html
    assert (html["lang"], html["dir"]) == (code, direction)


def test_root_sends_visitors_to_their_browser_language(client, trust_site):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="pl-PL,pl;q=0.9,en;q=0.8")
    assert response.status_code == 302
    assert response["Location"] == "/pl/"


def test_skip_link_targets_the_main_content(client, trust_site):
    page = soup(client.get("/en/"))
    skip = page.find("a", class_="skip-link")
    assert skip["href"] == "#main-content"
    assert page.find(id="main-content").name == "main"
    assert re.search(r"Skip to main content", skip.get_text())
