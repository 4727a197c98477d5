from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import ContactPage


@register(ContactPage)
class ContactPageTR(TranslationOptions):
    fields = ("intro", "office_hours")
