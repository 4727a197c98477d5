"""Dates in English are written as the trust writes them; other languages keep Django's."""

import datetime

from django.utils import translation
from django.utils.formats import date_format

DAY = datetime.date(2025, 9, 3)


def test_english_dates_are_written_the_british_way():
    with translation.override("en"):
        assert date_format(DAY) == "3 September 2025"
        assert date_format(DAY, "MONTH_DAY_FORMAT") == "3 September"
        assert date_format(DAY, "YEAR_MONTH_FORMAT") == "September 2025"


def test_other_languages_keep_their_own_formats():
    with translation.override("pl"):
        assert date_format(DAY) == "3 września 2025"
    with translation.override("zh-hans"):
        assert date_format(DAY) == "2025年9月3日"
