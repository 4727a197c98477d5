"""The site's name comes from one place: Settings › Site identity, in every language."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.test import Client
from wagtail.models import Site

from core.models import SiteIdentity
from tests.admin_forms import admin_form_data, log_in_member


def header_and_footer(response):
    html = BeautifulSoup(response.content, "html.parser")
    return (
        html.select_one(".site-header .brand").get_text(strip=True),
        html.select_one(".site-footer__name").get_text(strip=True),
        html.title.get_text(),
    )


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_TIMEOUT = 600
    cache.clear()


def test_the_content_command_names_the_site_in_every_language(trust_site):
    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    assert identity.name_en == "Southampton Co-operative Learning Trust"
    assert identity.name_ar and identity.name_pl


def test_a_trust_editor_renames_the_site_and_every_page_shows_it_at_once(
    client, trust_site, page_cache_on
):
    visitor = Client()
    visitor.get("/pl/schools/")  # cached with the old name
    log_in_member(client, "Trust editors", "editor")
    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/core/siteidentity/{site.pk}/"
    form = client.get(url)
    assert form.status_code == 200
    response = client.post(
        url, admin_form_data(form, form_id="w-editor-form", name_pl="Nowa nazwa")
    )
    assert response.status_code == 302

    brand, footer, title = header_and_footer(visitor.get("/pl/schools/"))
    assert brand == footer == "Nowa nazwa"
    assert title.endswith("| Nowa nazwa")
    brand, _footer, _title = header_and_footer(visitor.get("/en/schools/"))
    assert brand == "Southampton Co-operative Learning Trust"


def test_a_language_without_a_name_shows_the_english_one(client, trust_site):
    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    identity.name_ro = ""
    identity.save()
    brand, footer, _title = header_and_footer(client.get("/ro/"))
    assert brand == footer == "Southampton Co-operative Learning Trust"


def test_office_staff_cannot_rename_the_site(client, trust_site):
    log_in_member(client, "Office staff: Banister", "banister")
    site = Site.objects.get(is_default_site=True)
    response = client.get(f"/admin/settings/core/siteidentity/{site.pk}/")
    assert response.status_code in (302, 403)
