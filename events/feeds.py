"""A calendar page's entries as an iCalendar file (RFC 5545), to subscribe to on a phone.

Served by CalendarPage at <page>calendar.ics in each language (e.g. /pl/schools/banister/
term-dates/calendar.ics), with that language active: the texts are the reader's where
translated, else English, and each says which language it is in. The file depends only
on the published page, so the page cache keeps it until the next publish:

- UID: the block's id (kept by every save of the page, and the same in every language)
  with the page's translation key, so an entry copied to another calendar is another one;
- DTSTAMP: when the page was last published (without METHOD, RFC 5545 makes it the time
  the entry was last revised in the calendar store);
- all-day entries as DATE values, DTEND the day after the last day (it is exclusive);
- timed events in the site's time zone (Europe/London), with its VTIMEZONE for the years
  they fall in.
"""

import datetime

from django.utils import timezone, translation
from icalendar import Calendar, Event, vDuration

from events.entries import timed_days

PRODID = "-//trustsite//events.CalendarPage//EN"
# How often a subscribed calendar app should fetch the file again (RFC 7986, and what
# Outlook reads).
REFRESH = datetime.timedelta(hours=12)


def as_icalendar(page, entries, *, name, url):
    """The entries of a calendar page as iCalendar bytes. `name` is what a calendar app
    calls the calendar (the school's name); `url` the page's absolute URL."""
    language = translation.get_language()
    calendar = Calendar.new(
        prodid=PRODID,
        uid=str(page.translation_key),
        name=name,
        description=page.intro or page.title,
        url=url,
    )
    calendar.add("REFRESH-INTERVAL", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH))
    stamp = page.last_published_at or timezone.now()
    zone = timezone.get_default_timezone()
    for entry in entries:
        calendar.add_component(calendar_event(entry, page, stamp, zone, url, language))
    if days := timed_days(entries):
        first, last = days
        calendar.add_missing_timezones(
            first_date=datetime.date(first.year, 1, 1), last_date=datetime.date(last.year + 1, 1, 1)
        )
    return calendar.to_ical()


def calendar_event(entry, page, stamp, zone, url, language):
    value = entry.value
    event = Event.new(uid=f"{entry.uid}@{page.translation_key}", stamp=stamp, url=url)
    if value.all_day:
        event.add("DTSTART", value.first_day)
        event.add("DTEND", value.last_day + datetime.timedelta(days=1))
        # A term or a holiday fills days, not the reader's time.
        event.add("TRANSP", "TRANSPARENT")
    else:
        event.add("DTSTART", datetime.datetime.combine(value.first_day, value.start_time, zone))
        if value.end_time:
            event.add("DTEND", datetime.datetime.combine(value.last_day, value.end_time, zone))
    event.add("SUMMARY", value.summary, parameters=said_in(entry, value.summary_field, language))
    for prop, name in (("LOCATION", "place"), ("DESCRIPTION", "description")):
        if value.get(name):
            event.add(prop, value[name], parameters=said_in(entry, name, language))
    if value.category:
        event.add("CATEGORIES", [value.category])
    return event


def said_in(entry, name, language):
    """The LANGUAGE parameter of the entry's text `name`: English where it has no
    translation. None for a text that is not the page's own (a term date's kind, which
    is the interface's)."""
    if not entry.value.get(name):
        return None
    return {"LANGUAGE": "en" if name in entry.english else language}
