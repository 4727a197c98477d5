from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import UrgentNoticeIndexPage, UrgentNoticePage


@register(UrgentNoticeIndexPage)
class UrgentNoticeIndexPageTR(TranslationOptions):
    fields = ()


@register(UrgentNoticePage)
class UrgentNoticePageTR(TranslationOptions):
    fields = ("message",)
