from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import HistoryPage


@register(HistoryPage)
class HistoryPageTR(TranslationOptions):
    fields = ("heading", "body", "timeline")
