"""What a parent sees on their school's calendar page: what is coming, by month, in their
language, and how to get it into their phone's calendar."""

import datetime

from bs4 import BeautifulSoup
from django.utils import timezone

from events.blocks import TermDateKind
from tests.factories import event, term_date

DAY = datetime.timedelta(days=1)
URL = "/en/schools/banister/term-dates/"


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def months(page):
    """[(the month's <time datetime>, [its entries' titles])] as the page lists them."""
    return [
        (
            section.h2.time["datetime"],
            [h3.get_text(strip=True) for h3 in section.find_all("h3")],
        )
        for section in page.find("main").find_all("section", class_="calendar-month")
    ]


def entry_titled(page, title):
    """The listed entry with this title."""
    main = page.find("main")
    return main.find(lambda tag: tag.name == "h3" and tag.get_text(strip=True) == title).parent


def times(entry):
    """[(datetime attribute, text)] of an entry's <time> elements."""
    return [(time["datetime"], time.get_text()) for time in entry.find_all("time")]


def first_of_next_month(day):
    return (day.replace(day=1) + 32 * DAY).replace(day=1)


def test_the_page_lists_what_is_coming_by_month_and_nothing_past(client, calendar, publish):
    today = timezone.localdate()
    next_month = first_of_next_month(today)
    publish(
        calendar(),
        term_dates=[
            term_date(today - 30 * DAY, today - DAY, kind=TermDateKind.HALF_TERM, name="Gone"),
            term_date(next_month + 2 * DAY, kind=TermDateKind.INSET),
        ],
        events=[
            event("Last week's concert", today - 7 * DAY, datetime.time(18)),
            event("Open evening", next_month, datetime.time(18), datetime.time(19, 30)),
            event("Sports day", today),
        ],
    )
    page = soup(client, URL)
    assert months(page) == [
        (today.strftime("%Y-%m"), ["Sports day"]),
        (next_month.strftime("%Y-%m"), ["Open evening", "INSET day (school closed to pupils)"]),
    ]
    text = page.find("main").get_text()
    assert "Gone" not in text
    assert "Last week's concert" not in text


def test_the_page_is_cached_no_later_than_midnight(client, calendar, settings):
    settings.PAGE_CACHE_TIMEOUT = 24 * 60 * 60
    response = client.get(URL)
    assert response["X-Page-Cache"] == "miss"
    midnight = datetime.datetime.combine(
        timezone.localdate() + DAY, datetime.time.min, timezone.get_current_timezone()
    )
    assert response.wsgi_request.trustsite.fresh_until == midnight
    assert client.get(URL)["X-Page-Cache"] == "hit"


def test_a_term_that_has_started_is_listed_under_this_month(client, calendar, publish):
    today = timezone.localdate()
    publish(
        calendar(),
        term_dates=[term_date(today - 40 * DAY, today + 40 * DAY, name="Spring term")],
    )
    assert months(soup(client, URL)) == [(today.strftime("%Y-%m"), ["Spring term"])]


def test_dates_and_times_are_machine_readable_and_written_the_british_way(
    client, calendar, publish
):
    publish(
        calendar(),
        term_dates=[
            term_date(
                datetime.date(2099, 10, 26),
                datetime.date(2099, 10, 30),
                kind=TermDateKind.HALF_TERM,
                name="October half-term",
            ),
            term_date(datetime.date(2099, 12, 30), datetime.date(2100, 1, 4), name="New year"),
        ],
        events=[
            event(
                "Parents' evening",
                datetime.date(2099, 3, 2),
                datetime.time(16),
                datetime.time(18, 30),
            ),
            event("Trip", datetime.date(2099, 3, 20)),
        ],
    )
    page = soup(client, URL)
    assert [h2.get_text() for h2 in page.find("main").select(".calendar-month h2")] == [
        "March 2099",
        "October 2099",
        "December 2099",
    ]
    assert times(entry_titled(page, "Parents' evening")) == [
        ("2099-03-02T16:00", "Monday 2 March 4 p.m."),
        ("2099-03-02T18:30", "6:30 p.m."),
    ]
    trip = entry_titled(page, "Trip")
    assert times(trip) == [("2099-03-20", "Friday 20 March")]
    assert "All day" in trip.get_text()
    assert times(entry_titled(page, "October half-term")) == [
        ("2099-10-26", "Monday 26 October"),
        ("2099-10-30", "Friday 30 October"),
    ]
    assert "Half-term holiday" in entry_titled(page, "October half-term").get_text()
    # A range into another year says both years.
    assert times(entry_titled(page, "New year")) == [
        ("2099-12-30", "Wednesday 30 December 2099"),
        ("2100-01-04", "Monday 4 January 2100"),
    ]


def test_a_polish_reader_reads_polish_dates_times_and_texts(client, calendar, publish):
    evening = event(
        "Parents' evening", datetime.date(2099, 3, 2), datetime.time(16), datetime.time(18, 30)
    )
    polish = {**evening, "value": {**evening["value"], "title": "Wywiadówka"}}
    publish(calendar(), events=[evening], events_pl=[polish])
    page = soup(client, "/pl/schools/banister/term-dates/")
    assert page.find("main").select_one(".calendar-month h2").get_text() == "Marzec 2099"
    entry = entry_titled(page, "Wywiadówka")
    assert times(entry) == [
        ("2099-03-02T16:00", "Poniedziałek 2 marca 16:00"),
        ("2099-03-02T18:30", "18:30"),
    ]
    assert not entry.h3.has_attr("lang")


def test_a_text_not_yet_translated_is_shown_in_english_and_marked_so(client, calendar, publish):
    publish(
        calendar(),
        events=[event("Harvest festival", datetime.date(2099, 10, 2), place="School hall")],
    )
    entry = entry_titled(soup(client, "/pl/schools/banister/term-dates/"), "Harvest festival")
    assert entry.h3["lang"] == "en"
    assert entry.find("span", string="School hall")["lang"] == "en"


def test_a_translation_never_moves_a_date(client, calendar, publish):
    """The dates are the English blocks': a Polish copy of a block with another date (an
    old copy, or a slip on the translation screen) changes only the words."""
    english = event("Sports day", datetime.date(2099, 6, 10))
    moved = {
        **english,
        "value": {**english["value"], "title": "Dzień sportu", "start_date": "2099-06-11"},
    }
    publish(calendar(), events=[english], events_pl=[moved])
    entry = entry_titled(soup(client, "/pl/schools/banister/term-dates/"), "Dzień sportu")
    assert [datetime for datetime, _text in times(entry)] == ["2099-06-10"]


def test_an_empty_calendar_says_nothing_is_coming(client, calendar):
    page = soup(client, URL)
    assert months(page) == []
    assert "No term dates or events are coming up." in page.find("main").get_text()


def test_the_page_offers_its_calendar_to_subscribe_to_and_to_download(client, calendar):
    page = soup(client, URL)
    link = page.head.find("link", rel="alternate", type="text/calendar")
    assert link["href"] == f"{URL}calendar.ics"
    assert link["title"] == "Term dates and events"
    main = page.find("main")
    assert main.find("a", string="Subscribe")["href"] == (f"webcal://testserver{URL}calendar.ics")
    download = main.find("a", href=f"http://testserver{URL}calendar.ics")
    assert download.has_attr("download")
    assert "tap Subscribe" in main.select_one(".calendar-subscribe p").get_text()


def test_each_language_offers_its_own_feed(client, calendar):
    page = soup(client, "/ar/schools/banister/term-dates/")
    link = page.head.find("link", rel="alternate", type="text/calendar")
    assert link["href"] == "/ar/schools/banister/term-dates/calendar.ics"


def test_the_schools_page_offers_its_calendar(client, calendar):
    link = soup(client, "/en/schools/st-marks/").head.find(
        "link", rel="alternate", type="text/calendar"
    )
    assert link["href"] == "/en/schools/st-marks/term-dates/calendar.ics"


def test_the_schools_page_links_its_term_dates_near_the_top(client, calendar):
    page = soup(client, "/pl/schools/st-marks/")
    link = page.find("p", class_="school-calendar").a
    assert link["href"] == "/pl/schools/st-marks/term-dates/"
    assert link.get_text() == "Kalendarz szkolny i wydarzenia"
    assert page.find("h1").find_next("p", class_="school-calendar") is link.parent


def test_the_calendar_is_in_the_sitemap(client, calendar):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/en/schools/banister/term-dates/" in sitemap
    assert "http://testserver/pl/term-dates/" in sitemap


def many_events(count):
    start = timezone.localdate() + DAY
    return [
        event(f"Event {n}", start + n * DAY, datetime.time(9), datetime.time(10), place="Hall")
        for n in range(count)
    ]


def test_the_page_costs_as_many_queries_with_200_events_as_with_one(
    client, calendar, publish, django_assert_num_queries
):
    page = calendar()
    publish(page, events=many_events(1))
    client.get(URL)  # warm Wagtail's cached site root paths and the tree snapshot
    with django_assert_num_queries(0):
        assert client.get(URL).status_code == 200
    publish(page, events=many_events(200))
    client.get(URL)
    with django_assert_num_queries(0):
        response = client.get(URL)
    assert response.content.decode().count('class="calendar-entry ') == 200
