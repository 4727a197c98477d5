"""Each school's news and letters, and the trust's, as an Atom feed in every language."""

import datetime

from news.models import NewsKind
from tests.factories import NewsItemPageFactory
from tests.reading import ATOM, XML_LANG, feed


def entries(root):
    return list(root.iter(f"{ATOM}entry"))


def test_a_schools_feed_is_valid_atom_newest_first_and_says_whose_it_is(banister_news):
    for day in (3, 1, 2):
        NewsItemPageFactory(
            parent=banister_news, title=f"News of day {day}", date=datetime.date(2026, 2, day)
        )
    root = feed("/en/schools/banister/news/feed/")
    assert root.tag == f"{ATOM}feed"
    assert root.get(XML_LANG) == "en"
    for child in ("id", "title", "subtitle", "updated", "author"):
        assert root.find(f"{ATOM}{child}") is not None, child
    assert root.findtext(f"{ATOM}title") == "News and letters | Banister"
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    assert links == {
        "self": "http://testserver/en/schools/banister/news/feed/",
        "alternate": "http://testserver/en/schools/banister/news/",
    }
    assert [e.findtext(f"{ATOM}title") for e in entries(root)] == [
        "News of day 3",
        "News of day 2",
        "News of day 1",
    ]
    for entry in entries(root):
        datetime.datetime.fromisoformat(entry.findtext(f"{ATOM}updated"))
        assert entry.findtext(f"{ATOM}id")


def test_the_trusts_feed_carries_only_the_trusts_own_items(banister_news, trust_news):
    NewsItemPageFactory(parent=trust_news, title="Trust-wide survey")
    NewsItemPageFactory(parent=banister_news, title="Banister book fair")
    root = feed("/en/news/feed/")
    assert root.findtext(f"{ATOM}title") == (
        "News and letters | Southampton Co-operative Learning Trust"
    )
    assert [e.findtext(f"{ATOM}title") for e in entries(root)] == ["Trust-wide survey"]


def test_the_polish_feed_at_the_polish_url_carries_the_polish_text(banister_news):
    NewsItemPageFactory(
        parent=banister_news,
        slug="book-fair",
        title="Book fair",
        title_pl="Kiermasz książek",
        summary="The book fair is on Friday.",
        summary_pl="Kiermasz książek odbędzie się w piątek.",
    )
    english, polish = (
        feed("/en/schools/banister/news/feed/"),
        feed("/pl/schools/banister/news/feed/"),
    )
    assert polish.get(XML_LANG) == "pl"
    assert polish.findtext(f"{ATOM}title") == "Aktualności i listy | Banister"
    [entry] = entries(polish)
    assert entry.findtext(f"{ATOM}title") == "Kiermasz książek"
    assert entry.findtext(f"{ATOM}summary") == "Kiermasz książek odbędzie się w piątek."
    assert entry.find(f"{ATOM}link").get("href") == (
        "http://testserver/pl/schools/banister/news/book-fair/"
    )
    assert [e.findtext(f"{ATOM}title") for e in entries(english)] == ["Book fair"]
    assert polish.findtext(f"{ATOM}id") != english.findtext(f"{ATOM}id")


def test_an_entry_says_its_kind_and_its_reply_by_date(banister_news):
    NewsItemPageFactory(
        parent=banister_news,
        kind=NewsKind.LETTER,
        summary="Please return the consent form.",
        body=[{"type": "paragraph", "value": "<p>Dear parents,</p>"}],
        reply_by=datetime.date(2026, 3, 13),
    )
    [entry] = entries(feed("/en/schools/banister/news/feed/"))
    assert [c.get("term") for c in entry.iter(f"{ATOM}category")] == ["Letter"]
    assert entry.findtext(f"{ATOM}summary") == (
        "Reply by Friday 13 March\nPlease return the consent form."
    )


def test_the_feed_leaves_out_drafts(banister_news):
    NewsItemPageFactory(parent=banister_news, title="Published")
    NewsItemPageFactory(parent=banister_news, title="Draft", live=False)
    root = feed("/en/schools/banister/news/feed/")
    assert [e.findtext(f"{ATOM}title") for e in entries(root)] == ["Published"]
