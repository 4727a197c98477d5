from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import SiteIdentity


@register(SiteIdentity)
class SiteIdentityTR(TranslationOptions):
    fields = ("name",)
