"""A parent subscribes to their school's calendar on their phone: an iCalendar file per
calendar page and language, which keeps each entry as the same entry from one fetch to
the next and changes on the first fetch after the calendar is published."""

import datetime

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone
from icalendar import Calendar

from events.blocks import TermDateKind
from tests.factories import event, term_date

DAY = datetime.timedelta(days=1)
BANISTER = "/en/schools/banister/term-dates/calendar.ics"


def fetch(path):
    """The calendar file at `path`, parsed, after checking it is served as iCalendar."""
    response = Client().get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def by_summary(calendar):
    return {str(item["SUMMARY"]): item for item in calendar.walk("VEVENT")}


def uids(calendar):
    return {str(item["SUMMARY"]): str(item["UID"]) for item in calendar.walk("VEVENT")}


@pytest.fixture
def banister_year(calendar, publish):
    """Banister's calendar with a term, an INSET day and two events."""
    return publish(
        calendar("banister"),
        term_dates=[
            term_date(datetime.date(2099, 9, 3), datetime.date(2099, 12, 18), name="Autumn term"),
            term_date(datetime.date(2099, 10, 9), kind=TermDateKind.INSET),
        ],
        events=[
            event(
                "Open evening",
                datetime.date(2099, 10, 1),
                datetime.time(18),
                datetime.time(19, 30),
                place="Main hall",
                description="Meet the teachers.",
            ),
            event("Sports day", datetime.date(2099, 6, 10)),
        ],
    )


def test_a_parent_subscribes_to_their_schools_calendar(banister_year):
    calendar = fetch(BANISTER)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"])
    assert str(calendar["X-WR-CALNAME"]) == "Banister"
    entries = by_summary(calendar)
    assert set(entries) == {
        "Autumn term",
        "INSET day (school closed to pupils)",
        "Open evening",
        "Sports day",
    }
    stamp = entries["Open evening"].decoded("DTSTAMP")
    assert stamp == banister_year.last_published_at.replace(microsecond=0)


def test_all_day_entries_are_dates_ending_the_day_after_their_last_day(banister_year):
    entries = by_summary(fetch(BANISTER))
    term = entries["Autumn term"]
    assert term["DTSTART"].params["VALUE"] == "DATE"
    assert term.decoded("DTSTART") == datetime.date(2099, 9, 3)
    assert term.decoded("DTEND") == datetime.date(2099, 12, 19)
    inset = entries["INSET day (school closed to pupils)"]
    assert (inset.decoded("DTSTART"), inset.decoded("DTEND")) == (
        datetime.date(2099, 10, 9),
        datetime.date(2099, 10, 10),
    )
    assert str(inset["CATEGORIES"].cats[0]) == "INSET day (school closed to pupils)"
    assert str(entries["Sports day"]["TRANSP"]) == "TRANSPARENT"


def test_timed_events_are_in_london_time(banister_year):
    calendar = fetch(BANISTER)
    evening = by_summary(calendar)["Open evening"]
    assert evening["DTSTART"].params["TZID"] == "Europe/London"
    start, end = evening.decoded("DTSTART"), evening.decoded("DTEND")
    assert (start.isoformat(), end.isoformat()) == (
        "2099-10-01T18:00:00+01:00",
        "2099-10-01T19:30:00+01:00",
    )
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    assert str(evening["LOCATION"]) == "Main hall"
    assert str(evening["DESCRIPTION"]) == "Meet the teachers."


def test_entries_keep_their_uids_from_one_fetch_to_the_next(banister_year, publish):
    first = uids(fetch(BANISTER))
    assert len(set(first.values())) == 4
    assert uids(fetch(BANISTER)) == first
    # An unrelated edit: a new introduction and one more event.
    events = [*banister_year.events.raw_data, event("Harvest festival", datetime.date(2099, 10, 2))]
    publish(banister_year, intro="Set by the governing body.", events=events)
    after = uids(fetch(BANISTER))
    assert {name: uid for name, uid in after.items() if name in first} == first
    assert after["Harvest festival"] not in first.values()


def test_another_schools_feed_holds_none_of_them(banister_year):
    other = fetch("/en/schools/st-marks/term-dates/calendar.ics")
    assert str(other["X-WR-CALNAME"]) == "St Mark’s"
    assert list(other.walk("VEVENT")) == []
    assert set(uids(fetch(BANISTER)).values()).isdisjoint(uids(other).values())


def test_the_trust_has_a_calendar_of_its_own(calendar, publish):
    publish(calendar(None), term_dates=[term_date(datetime.date(2099, 5, 4), kind="bank-holiday")])
    trust = fetch("/en/term-dates/calendar.ics")
    assert str(trust["X-WR-CALNAME"]) == "Southampton Co-operative Learning Trust"
    assert list(by_summary(trust)) == ["Bank holiday"]


def test_the_polish_feed_carries_the_polish_text(banister_year, publish):
    polish = [
        {**block, "value": {**block["value"], "title": "Dzień otwarty", "place": "Aula"}}
        for block in banister_year.events.raw_data
        if block["value"]["title"] == "Open evening"
    ]
    publish(banister_year, events_pl=polish)
    calendar = fetch("/pl/schools/banister/term-dates/calendar.ics")
    entries = by_summary(calendar)
    assert str(entries["Dzień otwarty"]["LOCATION"]) == "Aula"
    assert entries["Dzień otwarty"]["SUMMARY"].params["LANGUAGE"] == "pl"
    assert entries["Dzień otwarty"].decoded("DTSTART").isoformat() == "2099-10-01T18:00:00+01:00"
    # Not translated yet: in English, and said to be.
    assert entries["Sports day"]["SUMMARY"].params["LANGUAGE"] == "en"
    assert str(calendar["X-WR-CALDESC"]) == "Kalendarz szkolny i wydarzenia"
    # The same entries as the English feed.
    assert set(uids(calendar).values()) == set(uids(fetch(BANISTER)).values())


def test_an_outdated_translation_is_replaced_by_the_english(banister_year, publish):
    polish = [
        {**block, "value": {**block["value"], "title": "Dzień otwarty"}}
        for block in banister_year.events.raw_data
    ]
    publish(banister_year, events_pl=polish)
    raw = list(banister_year.events.raw_data)
    raw[0]["value"]["title"] = "Open evening for new families"
    publish(banister_year, events=raw)
    entries = by_summary(fetch("/pl/schools/banister/term-dates/calendar.ics"))
    assert entries["Open evening for new families"]["SUMMARY"].params["LANGUAGE"] == "en"


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_TIMEOUT = 600
    cache.clear()


def test_the_feed_is_cached_and_publishing_changes_it_on_the_next_fetch(
    banister_year, publish, page_cache_on
):
    client = Client()
    assert client.get(BANISTER)["X-Page-Cache"] == "miss"
    assert client.get(BANISTER)["X-Page-Cache"] == "hit"
    publish(banister_year, term_dates=[])
    response = client.get(BANISTER)
    assert response["X-Page-Cache"] == "miss"
    assert "Autumn term" not in by_summary(Calendar.from_ical(response.content))


def test_a_draft_is_not_in_the_feed(banister_year):
    banister_year.events = []
    banister_year.save_revision()
    assert "Open evening" in by_summary(fetch(BANISTER))


def test_there_is_no_feed_with_a_slash_after_it_nor_for_other_pages(client, calendar):
    assert client.get(f"{BANISTER}/").status_code == 404
    assert client.get("/en/schools/banister/calendar.ics").status_code == 404


def many_events(count):
    start = timezone.localdate()
    return [
        event(f"Event {n}", start + n * DAY, datetime.time(9), datetime.time(10), place="Hall")
        for n in range(count)
    ]


def test_the_feed_costs_as_many_queries_with_200_events_as_with_one(
    client, calendar, publish, django_assert_num_queries
):
    page = calendar()
    publish(page, events=many_events(1))
    client.get(BANISTER)
    with django_assert_num_queries(0):
        assert client.get(BANISTER).status_code == 200
    publish(page, events=many_events(200))
    client.get(BANISTER)
    with django_assert_num_queries(0):
        response = client.get(BANISTER)
    assert len(Calendar.from_ical(response.content).walk("VEVENT")) == 200
