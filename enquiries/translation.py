from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import EnquiryPage, EnquiryTopic


@register(EnquiryPage)
class EnquiryPageTR(TranslationOptions):
    fields = ("intro",)


@register(EnquiryTopic)
class EnquiryTopicTR(TranslationOptions):
    fields = ("name",)
