"""A parent searching for an event finds their school's calendar, in their language."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from tests.factories import event, mark_translations_reviewed


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
    results = BeautifulSoup(
        client.get(f"/{language}/search/", {"q": words}).content, "html.parser"
    ).find("main")
    links = [a["href"] for a in results.find_all("a", href=True)]
    assert f"/{language}/schools/banister/term-dates/" in links
