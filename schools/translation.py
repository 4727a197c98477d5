from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import SchoolIndexPage, SchoolPage


@register(SchoolIndexPage)
class SchoolIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(SchoolPage)
class SchoolPageTR(TranslationOptions):
    fields = ("summary", "body", "office_hours")
