"""`load_trust_content` gives each school, and the trust, an empty "News and letters"
index, once, with its title in every language; it writes no news."""

import io

from django.conf import settings
from django.core.management import call_command
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from news.models import NewsIndexPage, NewsItemPage
from tests.factories import NewsItemPageFactory

SCHOOLS = [
    "regents-park",
    "foundry-lane-primary",
    "banister",
    "st-johns-primary-and-nursery",
    "the-polygon-school",
    "freemantle-primary",
    "st-marks",
]


def load():
    out = io.StringIO()
    call_command("load_trust_content", stdout=out)
    return out.getvalue()


def test_the_command_makes_one_empty_news_index_per_school_and_one_for_the_trust(empty_site):
    output = load()
    expected = [f"/home/schools/{slug}/news/" for slug in SCHOOLS] + ["/home/news/"]
    indexes = NewsIndexPage.objects.order_by("path")
    assert sorted(index.url_path for index in indexes) == sorted(expected)
    for url_path in expected:
        assert f"created news and letters index page: {url_path}" in output
    assert all(index.live and not index.show_in_menus for index in indexes)
    assert not NewsItemPage.objects.exists()


def test_a_second_run_creates_no_second_index(empty_site):
    load()
    before = list(Page.objects.type(NewsIndexPage).values_list("pk", "path", "title"))
    output = load()
    assert list(Page.objects.type(NewsIndexPage).values_list("pk", "path", "title")) == before
    assert "exists  news and letters index page: /home/schools/banister/news/" in output
    assert "Done: 0 created" in output


def test_the_indexes_are_titled_in_every_language(trust_site):
    banister = Page.objects.get(url_path="/home/schools/banister/news/")
    assert banister.title_en == "News and letters"
    assert banister.title_pl == "Aktualności i listy"
    assert banister.title_ar == "الأخبار والرسائل"
    for index in NewsIndexPage.objects.all():
        for code, _name in settings.LANGUAGES:
            assert getattr(index, build_localized_fieldname("title", code)), index.url_path


def test_an_item_an_office_wrote_survives_a_second_run(banister_news):
    NewsItemPageFactory(parent=banister_news, title="Book fair", slug="book-fair")
    load()
    assert Page.objects.get(url_path="/home/schools/banister/news/book-fair/").title == "Book fair"
