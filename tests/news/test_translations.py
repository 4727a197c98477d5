"""News and letters take part in translation freshness as every page type does
(localisation.freshness): a change to the English outdates its translations, and
readers of the translation get that part in English, on the item, in the lists and in
the feed."""

from bs4 import BeautifulSoup
from django.test import Client

from localisation.models import PageTranslation
from tests.factories import NewsItemPageFactory

NEW_SUMMARY = "The book fair moves to Monday."


def html(path):
    return BeautifulSoup(Client().get(path).content, "html.parser")


def translated_item(index):
    item = NewsItemPageFactory(
        parent=index,
        slug="book-fair",
        title="Book fair",
        title_pl="Kiermasz książek",
        summary="The book fair is on Friday.",
        summary_pl="Kiermasz książek odbędzie się w piątek.",
        audience="Year 3",
        audience_pl="Klasa 3",
    )
    item.save_revision().publish()
    return item


def test_editing_an_items_english_marks_its_polish_translation_outdated(banister_news):
    item = translated_item(banister_news)
    polish = PageTranslation.objects.get(page=item, language="pl")
    assert polish.outdated_fields() == {}
    assert set(polish.sources) == {"title", "summary", "audience"}

    item.summary_en = NEW_SUMMARY
    item.save_revision().publish()

    polish.refresh_from_db()
    assert set(polish.outdated_fields()) == {"summary"}
    assert polish.state == "outdated"


def test_readers_get_the_outdated_part_in_english_wherever_the_item_is_shown(banister_news):
    item = translated_item(banister_news)
    item.summary_en = NEW_SUMMARY
    item.save_revision().publish()

    page = html("/pl/schools/banister/news/book-fair/")
    assert page.find("h1").get_text() == "Kiermasz książek"  # still current
    [summary] = [p for p in page.select("article [lang=en]") if NEW_SUMMARY in p.get_text()]
    assert summary["dir"] == "ltr"
    assert summary.find_previous_sibling("p", class_="notice--outdated-part")
    for path in ("/pl/schools/banister/news/", "/pl/schools/banister/", "/pl/"):
        [card] = html(path).select("li.news-card")
        assert card.find("a").get_text() == "Kiermasz książek"
        [english] = card.select("[lang=en]")
        assert english.get_text() == NEW_SUMMARY
    feed = Client().get("/pl/schools/banister/news/feed/").content.decode()
    assert NEW_SUMMARY in feed
    assert "Kiermasz książek odbędzie się w piątek." not in feed


def test_an_item_not_yet_translated_is_marked_as_english_in_the_lists(banister_news):
    """An office's news reaches the lists before any translation: in Arabic, its English
    title and summary are marked, for screen readers and for right-to-left layout."""
    NewsItemPageFactory(parent=banister_news, title="Book fair", summary="On Friday.")
    for path in ("/ar/schools/banister/news/", "/ar/schools/banister/", "/ar/"):
        [card] = html(path).select("li.news-card")
        title, summary = card.find("a"), card.find_all("p")[-1]
        assert (title.get_text(), title["lang"], title["dir"]) == ("Book fair", "en", "ltr")
        assert (summary.get_text(), summary["lang"], summary["dir"]) == ("On Friday.", "en", "ltr")
    [card] = html("/en/schools/banister/news/").select("li.news-card")
    assert not card.select("[lang]")
