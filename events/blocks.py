"""A calendar's entries as StreamField blocks: term dates (terms, holidays, INSET days, bank
holidays) and events. Each renders itself as one entry of the page's list.

Both share the names of their dates (`start_date`, `end_date`) so that a listing or a
feed reads them alike; their texts are CharBlocks and TextBlocks, which the translation
tools carry text by text (localisation.units), while dates, times and kinds are the
English block's in every language (events.entries).
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError


class TermDateKind(models.TextChoices):
    TERM = "term", _("Term")
    HALF_TERM = "half-term", _("Half-term holiday")
    HOLIDAY = "holiday", _("School holiday")
    INSET = "inset", _("INSET day (school closed to pupils)")
    BANK_HOLIDAY = "bank-holiday", _("Bank holiday")


class EntryValue(blocks.StructValue):
    """A calendar entry: its days and times, what it is called and how a reader reads
    when it is."""

    # The text that names the entry, when it has one.
    summary_field = None

    @property
    def first_day(self):
        return self["start_date"]

    @property
    def last_day(self):
        return self["end_date"] or self["start_date"]

    @property
    def start_time(self):
        return self.get("start_time")

    @property
    def end_time(self):
        return self.get("end_time")

    @property
    def all_day(self):
        return self.start_time is None

    @property
    def summary(self):
        return self[self.summary_field]

    @property
    def category(self):
        return None

    @property
    def when(self):
        """Its start and, if it ends on another day or at a time, its end, as
        [(datetime attribute, text)] in the active language's formats: each a <time>."""
        first, last = self.first_day, self.last_day
        # A year in the month's heading says the rest, unless it ends in another year.
        day_format = "DATE_FORMAT" if first.year != last.year else "MONTH_DAY_FORMAT"

        def moment(day, at, show_day=True):
            iso = day.isoformat() + (f"T{at:%H:%M}" if at else "")
            parts = [date_format(day, "l"), date_format(day, day_format)] if show_day else []
            if at:
                parts.append(time_format(at, "TIME_FORMAT"))
            return iso, " ".join(parts)

        start = moment(first, self.start_time)
        if last != first:
            return [start, moment(last, self.end_time)]
        if self.end_time:
            return [start, moment(last, self.end_time, show_day=False)]
        return [start]


class TermDateValue(EntryValue):
    summary_field = "name"

    @property
    def kind_label(self):
        return TermDateKind(self["kind"]).label

    @property
    def summary(self):
        """Its name, or else its kind."""
        return self["name"] or self.kind_label

    @property
    def category(self):
        return self.kind_label


class EventValue(EntryValue):
    summary_field = "title"


def struct_errors(**messages):
    """A StructBlock's validation error, one message per child block."""
    return StructBlockValidationError(
        block_errors={name: ValidationError(message) for name, message in messages.items()}
    )


class TermDateBlock(blocks.StructBlock):
    """A term, a holiday, an INSET day or a bank holiday: a kind and whole days."""

    kind = blocks.ChoiceBlock(choices=TermDateKind.choices, label=_("Kind"))
    name = blocks.CharBlock(
        required=False,
        max_length=100,
        label=_("Name"),
        help_text=_("Optional, for example Autumn term. Without a name, the kind is shown."),
    )
    start_date = blocks.DateBlock(label=_("First day"))
    end_date = blocks.DateBlock(
        required=False, label=_("Last day"), help_text=_("Leave empty for a single day.")
    )

    class Meta:
        icon = "date"
        template = "events/blocks/term_date_block.html"
        preview_value = {
            "kind": TermDateKind.HALF_TERM,
            "name": "",
            "start_date": datetime.date(2000, 10, 23),
            "end_date": datetime.date(2000, 10, 27),
        }
        label = _("Term date")
        value_class = TermDateValue

    def clean(self, value):
        value = super().clean(value)
        if value["end_date"] and value["end_date"] < value["start_date"]:
            raise struct_errors(end_date=_("The last day cannot be before the first day."))
        return value


class EventBlock(blocks.StructBlock):
    """Something happening on a day (or several), all day or at a time."""

    title = blocks.CharBlock(max_length=150, label=_("Title"))
    start_date = blocks.DateBlock(label=_("Date"))
    start_time = blocks.TimeBlock(
        required=False, label=_("Start time"), help_text=_("Leave empty for an all-day event.")
    )
    end_date = blocks.DateBlock(
        required=False,
        label=_("End date"),
        help_text=_("Only for an event over several days."),
    )
    end_time = blocks.TimeBlock(required=False, label=_("End time"))
    place = blocks.CharBlock(required=False, max_length=150, label=_("Place"))
    description = blocks.TextBlock(required=False, label=_("Description"))

    class Meta:
        icon = "calendar-alt"
        template = "events/blocks/event_block.html"
        preview_value = {
            "title": "Sample event",
            "start_date": datetime.date(2000, 10, 12),
            "start_time": datetime.time(18, 0),
            "end_date": None,
            "end_time": datetime.time(19, 30),
            "place": "Sample place",
            "description": "",
        }
        label = _("Event")
        value_class = EventValue

    def clean(self, value):
        value = super().clean(value)
        start, end = value["start_date"], value["end_date"] or value["start_date"]
        errors = {}
        if end < start:
            errors["end_date"] = _("The end date cannot be before the date.")
        elif value["end_time"] and not value["start_time"]:
            errors["end_time"] = _("Give the start time too, or no times for an all-day event.")
        elif value["start_time"] and value["end_date"] and not value["end_time"]:
            errors["end_time"] = _("Give the time it ends on the end date.")
        elif (
            value["start_time"]
            and value["end_time"]
            and end == start
            and value["end_time"] <= value["start_time"]
        ):
            errors["end_time"] = _("The end time must be after the start time.")
        if errors:
            raise struct_errors(**errors)
        return value


class TermDateBlocks(blocks.StreamBlock):
    """A calendar's term dates, in any order: they are listed by date."""

    term_date = TermDateBlock()


class EventBlocks(blocks.StreamBlock):
    """A calendar's events, in any order: they are listed by date."""

    event = EventBlock()
