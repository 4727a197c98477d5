from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import AccessibilityStatementPage, PrivacyNoticePage


@register(AccessibilityStatementPage)
class AccessibilityStatementPageTR(TranslationOptions):
    fields = ("known_issues", "manual_testing", "contact_notes")


@register(PrivacyNoticePage)
class PrivacyNoticePageTR(TranslationOptions):
    fields = ("log_retention",)
