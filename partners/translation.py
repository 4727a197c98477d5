from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import Partner, PartnersPage


@register(Partner)
class PartnerTR(TranslationOptions):
    fields = ("name", "description")


@register(PartnersPage)
class PartnersPageTR(TranslationOptions):
    fields = ("intro", "trusts_intro")
