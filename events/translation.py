from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import CalendarPage


@register(CalendarPage)
class CalendarPageTR(TranslationOptions):
    # The entries' texts; their dates, times and kinds are read from the English blocks
    # in every language (events.entries).
    fields = ("intro", "term_dates", "events")
