"""A calendar page's entries as a reader of one language reads them, and what is coming.

Term dates and events are StreamFields, translated like every page field: each language
has its own copy of the blocks (wagtail-modeltranslation). Only their texts are
translated; the dates, times and kinds a reader gets are always the English blocks', so
that an office that moves a date in English moves it in every language at once, and
a translation can never show a date of its own. Each English block takes the texts of
the translated block with the same id (the PO exchange, the page editor's "copy
content" and translated_stream keep ids), or else of the one in the same place when
both have the same blocks in the same order (a translator who added them on the
translation screen); a text with no translation, or of a field whose translation is
outdated, is the English one, and says so.
"""

import datetime
from dataclasses import dataclass
from itertools import chain

from django.conf import settings
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname

from localisation.units import TEXT_BLOCKS

from .blocks import EntryValue

# The page's fields of entries, each a StreamField of blocks with `start_date`.
ENTRY_FIELDS = ("term_dates", "events")


@dataclass(frozen=True, eq=False)
class Entry:
    """One term date or event. `value` is its block's value (events.blocks.EntryValue,
    which its template renders) with the reader's texts; `english` names its texts
    shown in English."""

    uid: str
    value: EntryValue
    english: frozenset = frozenset()

    def sort_key(self):
        """By day; on a day, all-day entries first, then by time."""
        value = self.value
        return (value.first_day, not value.all_day, value.start_time or datetime.time.min)


@dataclass(frozen=True)
class Month:
    """The entries listed under one month: `start` is its first day."""

    start: datetime.date
    entries: list


def calendar_entries(page, language=None):
    """Every entry of the page, term dates and events together, by date, as read in
    `language` (the active language by default)."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    translating = language != settings.LANGUAGE_CODE
    # Parts served in English because their translation is older than the English
    # (core.navigation.in_english_where_outdated, run before the page is served).
    outdated = getattr(page, "outdated_parts", {})
    entries = []
    for name in ENTRY_FIELDS:
        english = getattr(page, build_localized_fieldname(name, settings.LANGUAGE_CODE))
        translated = None
        if translating and name not in outdated:
            translated = getattr(page, build_localized_fieldname(name, language))
        data = list(translated.raw_data) if translated else []
        entries.extend(
            read_entry(child, texts, translating) for child, texts in aligned(english, data)
        )
    return sorted(entries, key=Entry.sort_key)


def aligned(english, translated_data):
    """(English block, its translated block's stored value or {}) for each English
    block: the translation with the same id, else the one in the same place if both
    have the same blocks in the same order."""
    english = list(english or [])
    by_id = {item["id"]: item for item in translated_data if item.get("id")}
    same_places = [child.block_type for child in english] == [
        item.get("type") for item in translated_data
    ]
    for index, child in enumerate(english):
        item = by_id.get(child.id) or (translated_data[index] if same_places else None)
        if item is not None and item.get("type") != child.block_type:
            item = None
        yield child, (item or {}).get("value") or {}


def read_entry(child, texts, translating):
    """The entry of an English block, with the texts of `texts` (a translated block's
    stored value) in place of its English texts where they have one."""
    english = set()
    pairs = []
    for name, definition in child.block.child_blocks.items():
        value = child.value.get(name)
        if isinstance(definition, TEXT_BLOCKS) and value:
            text = texts.get(name)
            if isinstance(text, str) and text.strip():
                value = text
            elif translating:
                english.add(name)
        pairs.append((name, value))
    value = child.block.meta.value_class(child.block, pairs)
    return Entry(uid=child.id, value=value, english=frozenset(english))


def upcoming_by_month(entries, today):
    """The entries not over yet (their last day is `today` or later), by month: the
    month each starts in, or this month for one that has started already."""
    months = {}
    for entry in entries:
        if entry.value.last_day < today:
            continue
        months.setdefault(max(entry.value.first_day, today).replace(day=1), []).append(entry)
    return [Month(start, found) for start, found in sorted(months.items())]


def timed_days(entries):
    """The first and last days of the entries at a time of day (None if there are none),
    which the feed's time zone must cover."""
    days = list(
        chain.from_iterable(
            (e.value.first_day, e.value.last_day) for e in entries if not e.value.all_day
        )
    )
    return (min(days), max(days)) if days else None
