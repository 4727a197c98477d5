"""What a parent reads: a letter with its PDF, the school's news and letters, the latest
on the school's page and the home page."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from news.models import NewsKind
from tests.factories import NewsItemPageFactory
from tests.news.conftest import LETTER_PDF, main_text, soup

LETTER_BODY = [
    {"type": "paragraph", "value": "<p>Dear parents and carers of Year 6,</p>"},
    {"type": "paragraph", "value": "<p>The residential trip to the Isle of Wight is in May.</p>"},
]


def letter(parent, **fields):
    return NewsItemPageFactory(
        parent=parent,
        kind=NewsKind.LETTER,
        title="Year 6 residential trip",
        slug="year-6-residential-trip",
        date=datetime.date(2026, 3, 2),
        summary="The trip, what it costs and the consent form.",
        body=LETTER_BODY,
        **fields,
    )


def test_a_parent_reads_a_letter_with_its_pdf_attached(banister_news, document_in):
    pdf = document_in("Banister")
    letter(banister_news, audience="Year 6", attachments=[{"type": "document", "value": pdf.pk}])

    article = soup("/en/schools/banister/news/year-6-residential-trip/").find("article")

    assert article.find("h1").get_text() == "Year 6 residential trip"
    text = article.get_text(" ", strip=True)
    assert "The residential trip to the Isle of Wight is in May." in text  # HTML, not PDF only
    assert "Letter" in article.find(class_="card__meta").get_text()
    assert article.find("time", datetime="2026-03-02").get_text() == "2 March 2026"
    assert "For: Year 6" in text
    section = article.find("section", attrs={"aria-labelledby": "attachments-heading"})
    assert section.find("h2").get_text() == "Attached documents"
    [link] = section.find_all("a")
    assert link["href"] == pdf.url
    assert link.get_text() == "Year 6 trip letter"
    # Its file type and size, so a parent on a phone knows what they are opening.
    size = f"{len(LETTER_PDF)}\xa0bytes"  # Django's filesizeformat, with a no-break space
    assert link.parent.get_text() == f"Year 6 trip letter (PDF, {size})"
    # The link leads to the PDF itself.
    response = Client().get(link["href"])
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == LETTER_PDF


def text_of(element):
    return " ".join(element.get_text().split())


def test_the_reply_by_date_is_at_the_top_of_the_item_and_on_its_card(banister_news):
    letter(banister_news, reply_by=datetime.date(2026, 3, 13))

    article = soup("/en/schools/banister/news/year-6-residential-trip/").find("article")
    first_after_heading = article.find("h1").find_next_sibling()
    assert text_of(first_after_heading) == "Reply by Friday 13 March"
    assert first_after_heading.find("time")["datetime"] == "2026-03-13"

    [card] = soup("/en/schools/banister/news/").select("li.news-card")
    reply = card.find(class_="news-card__reply-by")
    assert text_of(reply) == "Reply by Friday 13 March"
    assert reply.find("time")["datetime"] == "2026-03-13"


def test_the_reply_by_date_is_written_in_the_readers_language(banister_news):
    letter(banister_news, reply_by=datetime.date(2026, 3, 13))
    page = soup("/pl/schools/banister/news/year-6-residential-trip/")
    when = page.find("article").find("time", datetime="2026-03-13")
    assert when.get_text() == "Piątek 13 marca"  # Django's Polish names for days and months


def test_an_item_without_a_reply_by_date_says_none(banister_news):
    NewsItemPageFactory(parent=banister_news, title="Sports day", slug="sports-day")
    assert "Reply by" not in main_text("/en/schools/banister/news/sports-day/")


def test_a_letter_must_have_its_text_on_the_page_not_only_a_pdf(banister_news, document_in):
    with pytest.raises(ValidationError, match="as well as attaching it"):
        NewsItemPageFactory(
            parent=banister_news,
            kind=NewsKind.LETTER,
            attachments=[{"type": "document", "value": document_in("Banister").pk}],
        )


def test_the_index_lists_items_newest_first_with_date_kind_title_and_summary(banister_news):
    for day, title, kind in [
        (3, "Book fair", NewsKind.NEWS),
        (9, "Parents' evening", NewsKind.LETTER),
        (5, "Choir concert", NewsKind.NEWS),
    ]:
        NewsItemPageFactory(
            parent=banister_news,
            title=title,
            kind=kind,
            date=datetime.date(2026, 2, day),
            body=LETTER_BODY,
        )
    cards = soup("/en/schools/banister/news/").select("li.news-card")
    assert [card.find("h2").get_text() for card in cards] == [
        "Parents' evening",
        "Choir concert",
        "Book fair",
    ]
    first = cards[0]
    assert first.find("span", class_="tag").get_text() == "Letter"
    assert first.find("time")["datetime"] == "2026-02-09"
    assert first.find("h2").find("a")["href"] == "/en/schools/banister/news/parents-evening/"
    assert "Summary of Parents' evening" in first.get_text()


def test_the_index_shows_twenty_a_page(banister_news):
    for _ in range(23):
        NewsItemPageFactory(parent=banister_news)
    first = soup("/en/schools/banister/news/").find("main")
    dates = [card.find("time")["datetime"] for card in first.select("li.news-card")]
    assert len(dates) == 20
    assert dates == sorted(dates, reverse=True)
    second = soup("/en/schools/banister/news/?page=2").find("main")
    assert len(second.select("li.news-card")) == 3
    assert "Page 2 of 2" in second.get_text()
    assert Client().get("/en/schools/banister/news/?page=999").status_code == 200


def test_an_empty_index_says_so_plainly(trust_site):
    assert "No news or letters have been published yet." in main_text("/en/schools/banister/news/")


def test_the_index_names_its_school_in_the_browser_tab(trust_site):
    title = soup("/en/schools/banister/news/").title.get_text()
    assert title == "News and letters | Banister | Southampton Co-operative Learning Trust"
    trust = soup("/en/news/").title.get_text()
    assert trust == "News and letters | Southampton Co-operative Learning Trust"


def test_the_school_page_shows_its_latest_three_and_no_other_schools(banister_news, st_marks_news):
    for day in range(1, 6):
        NewsItemPageFactory(
            parent=banister_news, title=f"Banister news {day}", date=datetime.date(2026, 1, day)
        )
    NewsItemPageFactory(
        parent=st_marks_news, title="St Mark’s news", date=datetime.date(2026, 2, 1)
    )
    NewsItemPageFactory(parent=banister_news, title="Draft news", live=False)

    section = soup("/en/schools/banister/").find(
        "section", attrs={"aria-labelledby": "news-heading"}
    )
    assert section.find("h2").get_text() == "News and letters"
    assert [h.get_text() for h in section.find_all("h3")] == [
        "Banister news 5",
        "Banister news 4",
        "Banister news 3",
    ]
    assert section.find("p", class_="more").find("a")["href"] == "/en/schools/banister/news/"
    assert "St Mark’s news" not in main_text("/en/schools/banister/")
    assert "Banister news" not in main_text("/en/schools/st-marks/")


def test_a_school_without_news_says_so_and_links_its_index(trust_site):
    section = soup("/en/schools/regents-park/").find(
        "section", attrs={"aria-labelledby": "news-heading"}
    )
    assert "No news or letters have been published yet." in section.get_text()
    assert section.find("a")["href"] == "/en/schools/regents-park/news/"


def test_the_home_page_shows_the_latest_across_the_trust_with_whose_they_are(
    banister_news, st_marks_news, trust_news
):
    for index, title, day in [
        (banister_news, "Banister book fair", 1),
        (st_marks_news, "St Mark’s sports day", 3),
        (trust_news, "Trust-wide survey", 2),
    ]:
        NewsItemPageFactory(parent=index, title=title, date=datetime.date(2026, 3, day))

    section = soup("/en/").find("section", attrs={"aria-labelledby": "news-heading"})
    cards = section.select("li.news-card")
    assert [card.find("h3").get_text() for card in cards] == [
        "St Mark’s sports day",
        "Trust-wide survey",
        "Banister book fair",
    ]
    # Each says whose it is: a school's, or the trust's own.
    whose = [card.find(class_="card__meta").get_text() for card in cards]
    assert "St Mark’s" in whose[0]
    assert "Southampton Co-operative Learning Trust" in whose[1]
    assert "Banister" in whose[2]
    assert section.find("p", class_="more").find("a")["href"] == "/en/news/"
    # The trustees' vision updates keep their own section beside it.
    assert soup("/en/").find("section", attrs={"aria-labelledby": "updates-heading"})


def test_the_home_page_lists_five(banister_news):
    for _ in range(7):
        NewsItemPageFactory(parent=banister_news)
    section = soup("/en/").find("section", attrs={"aria-labelledby": "news-heading"})
    assert len(section.select("li.news-card")) == 5


@pytest.mark.parametrize(
    ("path", "feed"),
    [
        ("/en/schools/banister/news/", "/en/schools/banister/news/feed/"),
        ("/en/schools/banister/", "/en/schools/banister/news/feed/"),
        ("/pl/schools/banister/", "/pl/schools/banister/news/feed/"),
        ("/en/news/", "/en/news/feed/"),
    ],
)
def test_the_index_and_its_school_page_announce_the_feed(trust_site, path, feed):
    links = soup(path).find_all("link", rel="alternate", type="application/atom+xml")
    news = [link for link in links if "/news/" in link["href"]]
    assert [link["href"] for link in news] == [feed]
    assert news[0]["title"]


def test_a_page_of_another_school_does_not_announce_its_feed(trust_site):
    links = soup("/en/schools/st-marks/").find_all("link", type="application/atom+xml")
    assert "/en/schools/banister/news/feed/" not in [link["href"] for link in links]


def test_items_are_in_the_sitemap_in_every_language(banister_news):
    NewsItemPageFactory(parent=banister_news, slug="book-fair")
    sitemap = Client().get("/sitemap.xml").content.decode()
    for code in ("en", "pl", "ar"):
        assert f"http://testserver/{code}/schools/banister/news/book-fair/" in sitemap
    assert "http://testserver/en/news/" in sitemap
