"""Site search: in the reader's language, ranked, highlighted, paginated and bounded."""

import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import SimpleTestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from core.sitetree import get_tree
from schools.models import Membership
from search import text, views
from search.text import Passage, highlight, query_terms, score, snippet_passage
from tests.factories import SchoolPageFactory


class QueryTermsTests(SimpleTestCase):
    def test_words_are_case_folded_and_deduplicated(self):
        assert query_terms("School  school, TRUST!") == ["school", "trust"]

    def test_punctuation_alone_gives_no_terms(self):
        assert query_terms("'\"<>&%_-*:") == []

    def test_single_letters_are_left_out_except_in_chinese(self):
        assert query_terms("Regent’s Park") == ["regent", "park"]
        assert query_terms("校 a") == ["校"]

    def test_at_most_ten_terms(self):
        assert len(query_terms(" ".join(f"word{n}" for n in range(30)))) == text.MAX_TERMS


class ScoreTests(SimpleTestCase):
    def test_every_term_must_occur(self):
        passages = [Passage("Regent’s Park Secondary", "A"), Passage("The Trust came into being")]
        assert score(passages, ["regent", "trust"]) > 0
        assert score(passages, ["regent", "academy"]) == 0

    def test_a_title_counts_more_than_text(self):
        in_title = [Passage("Partners", "A")]
        in_text = [Passage("Our partners", "B")]
        assert score(in_title, ["partners"]) > score(in_text, ["partners"])

    def test_a_word_matches_its_plural_and_inflections(self):
        assert score([Passage("Our schools")], ["school"])
        assert score([Passage("Our school")], ["schools"])
        assert score([Passage("Banister stała się szkołą")], ["szkoła"])

    def test_chinese_is_matched_inside_a_run_of_characters(self):
        assert score([Passage("该信托于2011年成立学校")], ["学校"])


class HighlightTests(SimpleTestCase):
    def test_marks_matched_words(self):
        assert highlight("The Trust came into being", ["trust"]) == (
            "The <mark>Trust</mark> came into being"
        )

    def test_escapes_the_text(self):
        html = highlight("<script>alert('trust')</script> & more", ["trust"])
        assert "<script>" not in html
        assert "&lt;script&gt;" in html
        assert "<mark>trust</mark>" in html
        assert "&amp; more" in html

    def test_long_text_is_cut_around_the_first_match(self):
        text = "word " * 200 + "academisation " + "word " * 200
        html = highlight(text, ["academisation"], length=100)
        assert "<mark>academisation</mark>" in html
        assert html.startswith("…")
        assert html.endswith("…")
        assert len(html) < 140

    def test_no_match_shows_the_start(self):
        assert highlight("Some text here", ["absent"]) == "Some text here"


class SnippetPassageTests(SimpleTestCase):
    def test_quotes_the_first_passage_that_matches(self):
        passages = [Passage("Partners", "A"), Passage("No match"), Passage("Solent EBP")]
        assert snippet_passage(passages, ["solent"]).text == "Solent EBP"

    def test_quotes_the_passage_that_matches_most_terms(self):
        passages = [Passage("Solent EBP"), Passage("Solent University")]
        assert snippet_passage(passages, ["solent", "university"]).text == "Solent University"

    def test_without_a_match_quotes_the_first_passage_outside_the_title(self):
        passages = [Passage("Partners", "A"), Passage("Our partners")]
        assert snippet_passage(passages, ["absent"]).text == "Our partners"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def result_links(response):
    results = soup(response).find("ol", class_="search-results")
    return [a["href"] for a in results.select(".search-result__title a")] if results else []


def test_every_page_has_a_search_box_in_its_language(client, trust_site):
    form = soup(client.get("/pl/schools/")).find("form", attrs={"role": "search"})
    assert form["method"] == "get"
    assert form["action"] == "/pl/search/"
    field = form.find("input", attrs={"name": "q"})
    assert form.find("label", attrs={"for": field["id"]}).get_text(strip=True)


def test_an_english_word_finds_the_english_page(client, trust_site):
    response = client.get("/en/search/", {"q": "academisation"})
    assert response.status_code == 200
    assert result_links(response) == ["/en/history/"]
    snippet = soup(response).find(class_="search-result__snippet")
    assert snippet.find("mark").get_text() == "academisation"
    assert soup(response).find(class_="search-result__kind").get_text() == "History"


def test_an_english_word_finds_nothing_where_the_page_is_in_polish(client, trust_site):
    response = client.get("/pl/search/", {"q": "academisation"})
    assert result_links(response) == []


def test_a_polish_word_finds_the_polish_page(client, trust_site):
    # From content/data/translations/pl.po: "...przystąpiła do Trustu..." (joined the Trust).
    response = client.get("/pl/search/", {"q": "przystąpiła"})
    links = result_links(response)
    assert "/pl/schools/the-polygon-school/" in links
    assert all(link.startswith("/pl/") for link in links)
    html = response.content.decode()
    assert "<mark>przystąpiła</mark>" in html
    assert '<p class="search-result__kind">Szkoła</p>' in html  # the kind of page, translated


def test_a_polish_word_finds_its_inflected_forms(client, trust_site):
    # Banister's Polish summary: "...stała się szkołą podstawową..." (became a school).
    links = result_links(client.get("/pl/search/", {"q": "szkoła"}))
    assert "/pl/schools/banister/" in links


def test_a_polish_word_finds_nothing_in_english(client, trust_site):
    assert result_links(client.get("/en/search/", {"q": "przystąpiła"})) == []


def test_a_page_without_polish_text_is_found_by_its_english_words(client, trust_site, page_by_path):
    SchoolPageFactory(
        parent=page_by_path("schools/"),
        title="Hollybrook Infant",
        slug="hollybrook",
        summary="A forest school for the youngest learners.",
    )
    response = client.get("/pl/search/", {"q": "forest"})
    assert result_links(response) == ["/pl/schools/hollybrook/"]
    snippet = soup(response).find(class_="search-result__snippet")
    assert snippet["lang"] == "en"


def test_results_are_ranked_title_first(client, trust_site):
    # "Partners" is the partners page's title; other pages only mention partners.
    links = result_links(client.get("/en/search/", {"q": "partners"}))
    assert len(links) > 1
    assert links[0] == "/en/partners/"


def test_unpublished_pages_are_not_found(client, trust_site, page_by_path):
    draft = SchoolPageFactory(
        parent=page_by_path("schools/"), title="Draft School", summary="Zanzibar", live=False
    )
    assert not draft.live
    assert result_links(client.get("/en/search/", {"q": "zanzibar"})) == []


def test_locked_pages_and_their_aliases_are_not_found(client, trust_site, page_by_path):
    """A page under a view restriction is not found, nor is an alias of it, whose text is
    the locked page's own."""
    school = SchoolPageFactory(
        parent=page_by_path("schools/"), title="Governors", summary="Zanzibar minutes"
    )
    assert result_links(client.get("/en/search/", {"q": "zanzibar"})) == [school.url]
    PageViewRestriction.objects.create(
        page=school, restriction_type=PageViewRestriction.PASSWORD, password="governors"
    )
    school.create_alias(parent=page_by_path("partners/"), update_slug="minutes")
    assert result_links(client.get("/en/search/", {"q": "zanzibar"})) == []


def test_nonsense_shows_the_main_sections(client, trust_site):
    response = client.get("/en/search/", {"q": "xqzvbnwk"})
    assert response.status_code == 200
    page = soup(response)
    assert result_links(response) == []
    assert "No pages found for “xqzvbnwk”." in page.get_text()
    links = [a["href"] for a in page.find(class_="search-empty").find_all("a")]
    assert links == [
        "/en/",
        "/en/history/",
        "/en/schools/",
        "/en/partners/",
        "/en/aims/",
        "/en/vision/",
    ]


def test_the_translate_menu_keeps_the_query(client, trust_site):
    response = client.get("/en/search/", {"q": "trust"})
    menu = soup(response).find("details", class_="lang-menu")
    hrefs = {a["hreflang"]: a["href"] for a in menu.find_all("a")}
    assert hrefs["pl"] == "/pl/search/?q=trust"
    assert hrefs["zh-hans"] == "/zh-hans/search/?q=trust"
    assert all(href.endswith("/search/?q=trust") for href in hrefs.values())


def test_results_are_paginated(client, trust_site, page_by_path):
    index = page_by_path("schools/")
    for n in range(views.PER_PAGE + 3):
        SchoolPageFactory(parent=index, title=f"Quince School {n}", membership=Membership.MEMBER)
    first = client.get("/en/search/", {"q": "quince"})
    second = client.get("/en/search/", {"q": "quince", "page": 2})
    assert len(result_links(first)) == views.PER_PAGE
    assert len(result_links(second)) == 3
    assert not set(result_links(first)) & set(result_links(second))
    next_link = soup(first).find("a", attrs={"rel": "next"})
    assert next_link["href"] == "?q=quince&page=2"


@pytest.mark.parametrize("page", ["999", "0", "-1", "abc", "2.5", "9" * 40])
def test_a_page_number_out_of_range_is_never_an_error(client, trust_site, page):
    response = client.get("/en/search/", {"q": "trust", "page": page})
    assert response.status_code in (200, 404)
    if response.status_code == 200:
        assert result_links(response)


def test_an_over_long_query_is_refused_politely(client, trust_site):
    response = client.get("/en/search/", {"q": "trust " * 100})
    assert response.status_code == 400
    assert "Your search is too long" in response.content.decode()
    assert result_links(response) == []


@pytest.mark.parametrize(
    "query", ["'", '"', "\\", "%", "_", "trust & | ! :*", "a'b", "<script>", "\x00trust", ":*"]
)
def test_odd_queries_are_not_errors(client, trust_site, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert b"<script>" not in response.content.split(b"</header>")[1]


def test_search_pages_are_never_cached(client, trust_site, settings):
    settings.PAGE_CACHE_TIMEOUT = 600
    for _ in range(2):
        response = client.get("/en/search/", {"q": "trust"})
        assert response.status_code == 200
        assert "X-Page-Cache" not in response


def test_an_empty_query_shows_only_the_form(client, trust_site):
    response = client.get("/en/search/", {"q": "  "})
    assert response.status_code == 200
    assert soup(response).find(class_="search-empty") is None


def test_search_uses_the_databases_full_text_search(client, trust_site):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/search/", {"q": "academisation"})
    assert result_links(response) == ["/en/history/"]
    sql = "\n".join(q["sql"] for q in queries)
    if connection.vendor == "postgresql":
        assert "to_tsvector" in sql
        assert re.search(r"@@ \(?to_tsquery\(", sql)
        assert "'english'::regconfig" in sql
    else:
        assert "LIKE" in sql
        assert "to_tsvector" not in sql


def test_polish_uses_the_simple_configuration_on_postgresql(client, trust_site):
    with CaptureQueriesContext(connection) as queries:
        client.get("/pl/search/", {"q": "przystąpiła"})
    sql = "\n".join(q["sql"] for q in queries)
    if connection.vendor == "postgresql":
        assert "'simple'::regconfig" in sql
        assert "'english'::regconfig" not in sql


def test_chinese_words_are_found_inside_sentences(client, trust_site):
    # From content/data/translations/zh_Hans.po:
    # "The Polygon School 于2016年作为正式成员加入本信托。"
    links = result_links(client.get("/zh-hans/search/", {"q": "正式成员"}))
    assert "/zh-hans/schools/the-polygon-school/" in links
    links = result_links(client.get("/zh-hans/search/", {"q": "2016 正式"}))
    assert "/zh-hans/schools/the-polygon-school/" in links


def test_queries_are_bounded_by_page_types_not_by_pages(client, trust_site, page_by_path):
    """At most two queries per page type (find, then load the shown results), plus the
    site lookup: never one per page or per result."""
    index = page_by_path("schools/")
    for n in range(views.PER_PAGE + 5):
        SchoolPageFactory(parent=index, title=f"Trust School {n}", summary="A trust school.")
    client.get("/en/search/", {"q": "trust"})  # warm the tree and site caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/search/", {"q": "trust"})
    assert len(result_links(response)) == views.PER_PAGE
    page_types = {node.content_type_id for node in get_tree().nodes if node.depth > 1}
    assert len(queries) <= 2 * len(page_types) + 1
