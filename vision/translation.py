from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import (
    AimsPage,
    VisionAudiencePage,
    VisionIndexPage,
    VisionUpdateIndexPage,
    VisionUpdatePage,
)


@register(AimsPage)
class AimsPageTR(TranslationOptions):
    fields = ("identity_statement", "partnerships_statement", "body")


@register(VisionIndexPage)
class VisionIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(VisionAudiencePage)
class VisionAudiencePageTR(TranslationOptions):
    fields = ("intro", "body")


@register(VisionUpdateIndexPage)
class VisionUpdateIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(VisionUpdatePage)
class VisionUpdatePageTR(TranslationOptions):
    fields = ("summary", "body")
