from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import NewsIndexPage, NewsItemPage


@register(NewsIndexPage)
class NewsIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(NewsItemPage)
class NewsItemPageTR(TranslationOptions):
    fields = ("audience", "summary", "body")
