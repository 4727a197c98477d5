from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import AccessibilityStatementPage, HomePage, PrivacyNoticePage


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("introduction", "body")


@register(AccessibilityStatementPage)
class AccessibilityStatementPageTR(TranslationOptions):
    fields = ("known_issues", "manual_testing", "contact_notes")


@register(PrivacyNoticePage)
class PrivacyNoticePageTR(TranslationOptions):
    fields = ("log_retention",)
