"""Search finds the partners page by what its partner cards say, in the reader's language:
partners are snippets, not pages, so the page is searched by its partners' names and
descriptions (PartnersPage.partner_texts)."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page

from partners.models import Partner
from tests.admin_forms import admin_form_data, log_in_member
from tests.factories import PartnerFactory

LANGUAGES = ["en", "pl", "ar"]


def search(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def partners_result(client, language, query):
    """The partners page's entry in the results for `query`, or None."""
    for result in search(client, language, query).select(".search-result"):
        if result.select_one(".search-result__title a")["href"] == f"/{language}/partners/":
            return result
    return None


def marked(result):
    return [mark.get_text() for mark in result.select(".search-result__snippet mark")]


def title_in(language, page):
    with translation.override(language):
        return page.title


@pytest.mark.parametrize("language", LANGUAGES)
def test_solent_finds_the_partners_page(client, trust_site, page_by_path, language):
    result = partners_result(client, language, "Solent")
    assert result is not None
    title = result.select_one(".search-result__title").get_text(strip=True)
    assert title == title_in(language, page_by_path("partners/"))
    assert "Solent" in marked(result)


@pytest.mark.parametrize("language", LANGUAGES)
def test_solent_university_is_quoted_for_its_full_name(client, trust_site, language):
    result = partners_result(client, language, "Solent University")
    assert result is not None
    snippet = result.select_one(".search-result__snippet").get_text()
    assert snippet == "Solent University"
    assert marked(result) == ["Solent", "University"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_wea_finds_the_partners_page_quoting_its_description(client, trust_site, language):
    result = partners_result(client, language, "WEA")
    assert result is not None
    assert marked(result) == ["WEA"]
    assert "Workers Educational Association" in result.select_one(".search-result__snippet").text


@pytest.mark.parametrize(
    ("language", "query"),
    [
        ("en", "long-running partnership"),
        # The WEA's description in content/data/translations/pl.po and ar.po.
        ("pl", "Robotnicze Stowarzyszenie"),
        ("ar", "جمعية تعليم العمال"),
    ],
)
def test_a_partners_translated_description_finds_the_partners_page(
    client, trust_site, language, query
):
    result = partners_result(client, language, query)
    assert result is not None
    assert "WEA" in result.select_one(".search-result__snippet").get_text()


def test_a_partners_words_in_another_language_find_nothing(client, trust_site):
    assert partners_result(client, "en", "Robotnicze Stowarzyszenie") is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_partner_without_a_translation_is_found_by_its_english_name(client, trust_site, language):
    PartnerFactory(name="Quillfeather Arts", description="")
    result = partners_result(client, language, "Quillfeather")
    assert result is not None
    assert marked(result) == ["Quillfeather"]


def rename(client, partner, name):
    """Rename `partner` in English as a trust editor does, in the snippet editor."""
    log_in_member(client, "Trust editors", "editor")
    url = f"/admin/snippets/partners/partner/edit/{partner.pk}/"
    data = admin_form_data(client.get(url), form_id="w-editor-form", name_en=name)
    assert client.post(url, data).status_code == 302


def test_a_renamed_partner_is_found_under_its_new_name_not_the_old(client, trust_site):
    partner = PartnerFactory(name="Quillfeather Arts", description="")
    visitor = Client()
    assert partners_result(visitor, "en", "Quillfeather") is not None
    rename(client, partner, "Marrowbank Arts")
    assert Partner.objects.get(pk=partner.pk).name_en == "Marrowbank Arts"
    for language in LANGUAGES:
        assert partners_result(visitor, language, "Marrowbank") is not None
        assert partners_result(visitor, language, "Quillfeather") is None


def test_wagtails_search_index_follows_a_renamed_partner(client, trust_site):
    """Wagtail's own index (Page.objects.search) holds the page's partner_texts from
    when the page was indexed: a saved partner indexes the page again."""
    partner = PartnerFactory(name="Quillfeather Arts", description="")
    rename(client, partner, "Marrowbank Arts")
    assert [page.title for page in Page.objects.live().search("Marrowbank")] == ["Partners"]
    assert not Page.objects.live().search("Quillfeather")


def test_more_partners_cost_no_more_search_queries(client, trust_site):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert partners_result(client, "pl", "Solent") is not None
        return len(captured)

    partners_result(client, "pl", "Solent")  # warm the tree and site caches
    before = queries()
    PartnerFactory.create_batch(5, name="Solent Partner")
    partners_result(client, "pl", "Solent")
    assert queries() == before
