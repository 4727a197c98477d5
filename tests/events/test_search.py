"""A parent searching for an event finds their school's calendar, in their language."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import event, mark_translations_reviewed
from tests.reading import search_result_links


@pytest.mark.parametrize(
    "language,words", [("en", "sports day"), ("pl", "dzień sportu"), ("ar", "اليوم الرياضي")]
)
def test_searching_for_an_event_finds_the_schools_calendar(
    client, calendar, publish, language, words
):
    day = timezone.localdate() + datetime.timedelta(days=5)
    sports = event("Sports day", day, place="Playing field", block_id="sports-day")
    translated = {
        "pl": dict(sports, value={**sports["value"], "title": "Dzień sportu"}),
        "ar": dict(sports, value={**sports["value"], "title": "اليوم الرياضي"}),
    }
    page = publish(
        calendar(),
        events=[sports],
        events_pl=[translated["pl"]],
        events_ar=[translated["ar"]],
    )
    mark_translations_reviewed(page=page)
    links = search_result_links(client, language, words)
    assert f"/{language}/schools/banister/term-dates/" in links
