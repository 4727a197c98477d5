"""The pages every footer links to: the accessibility statement and the privacy notice.
Both live under the home page, once each."""

from axes.conf import settings as axes_settings
from axes.helpers import get_cool_off
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from core.models import SitePage

# What an editor may write in the statement's and notice's own sections.
POLICY_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class ComplianceStatus(models.TextChoices):
    FULL = "full", _("Fully compliant")
    PARTIAL = "partial", _("Partially compliant")
    NOT = "not", _("Not compliant")


class AccessibilityStatementPage(SitePage):
    """The accessibility statement, on the GOV.UK model. Lives under HomePage, once.

    The fixed wording is in the template (translated with gettext); what only the trust
    can say (its contact, known problems, any manual audit) is in fields that start empty,
    and the template says so plainly where one is empty.
    """

    compliance_status = models.CharField(
        _("compliance status"),
        max_length=10,
        choices=ComplianceStatus.choices,
        default=ComplianceStatus.PARTIAL,
        help_text=_(
            "Against WCAG 2.2 AA. Choose fully compliant only after a full check by a person."
        ),
    )
    known_issues = RichTextField(
        _("known accessibility problems"),
        features=POLICY_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "Each part of the site that is not accessible, why, and when it will be fixed."
        ),
    )
    manual_testing = RichTextField(
        _("checks by a person"),
        features=POLICY_TEXT_FEATURES,
        blank=True,
        help_text=_("Any accessibility audit or user testing: who did it, what it covered, when."),
    )
    contact_email = models.EmailField(_("email"), blank=True)
    contact_phone = models.CharField(_("phone"), max_length=40, blank=True)
    contact_notes = models.TextField(
        _("more about contacting us"),
        blank=True,
        help_text=_("For example when the phone is answered, or how soon you reply."),
    )

    content_panels = SitePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                FieldPanel("contact_notes"),
            ],
            heading=_("Contact for accessibility"),
        ),
        FieldPanel("compliance_status"),
        FieldPanel("known_issues"),
        FieldPanel("manual_testing"),
    ]

    search_fields = SitePage.search_fields + [
        index.SearchField("known_issues"),
        index.SearchField("manual_testing"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    footer_order = 1

    class Meta:
        verbose_name = _("accessibility statement")

    @property
    def has_contact_details(self):
        return any([self.contact_email, self.contact_phone, self.contact_notes])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["site_url"] = request.build_absolute_uri("/")
        return context


class PrivacyNoticePage(SitePage):
    """What the public website collects about its readers and editors, and their rights.
    Lives under HomePage, once.

    The template describes what the code does, with durations read from the settings;
    the trust's own contact and hosting details are fields that start empty.
    """

    contact_email = models.EmailField(_("email"), blank=True)
    postal_address = models.TextField(_("postal address"), blank=True)
    ico_registration_number = models.CharField(
        _("ICO registration number"),
        max_length=20,
        blank=True,
        help_text=_(
            "The trust's reference in the Information Commissioner's register of fee payers."
        ),
    )
    hosting_provider = models.CharField(
        _("hosting provider"),
        max_length=255,
        blank=True,
        help_text=_("The company whose servers run the website and keep its logs."),
    )
    log_retention = models.CharField(
        _("how long server logs are kept"),
        max_length=255,
        blank=True,
        help_text=_("As the hosting provider keeps them, for example: 30 days."),
    )

    content_panels = SitePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("postal_address"),
                FieldPanel("ico_registration_number"),
            ],
            heading=_("Contact for data protection"),
        ),
        MultiFieldPanel(
            [FieldPanel("hosting_provider"), FieldPanel("log_retention")],
            heading=_("Hosting"),
        ),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    footer_order = 2

    class Meta:
        verbose_name = _("privacy notice")

    @property
    def has_contact_details(self):
        return any([self.contact_email, self.postal_address])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(privacy_facts(request))
        return context


def days(seconds):
    return round(seconds / (24 * 60 * 60))


def privacy_facts(request):
    """What the privacy notice says about cookies and sign-in records, read from the
    settings (django-axes' included), so that the notice changes when they do."""
    cool_off = get_cool_off(request) if axes_settings.AXES_ENABLED else None
    return {
        "cookies": {
            "language": settings.LANGUAGE_COOKIE_NAME,
            "language_days": days(settings.LANGUAGE_COOKIE_AGE),
            "session": settings.SESSION_COOKIE_NAME,
            "session_days": days(settings.SESSION_COOKIE_AGE),
            "session_at_close": settings.SESSION_EXPIRE_AT_BROWSER_CLOSE,
            "csrf": None if settings.CSRF_USE_SESSIONS else settings.CSRF_COOKIE_NAME,
            "csrf_days": days(settings.CSRF_COOKIE_AGE or 0),
        },
        "failed_logins": {
            "recorded": axes_settings.AXES_ENABLED,
            "reset_on_success": axes_settings.AXES_RESET_ON_SUCCESS,
            "limit": axes_settings.AXES_FAILURE_LIMIT,
            "minutes": round(cool_off.total_seconds() / 60) if cool_off else None,
        },
        "sign_ins_logged": axes_settings.AXES_ENABLED and not axes_settings.AXES_DISABLE_ACCESS_LOG,
        "enquiries": {"retention_days": settings.ENQUIRY_RETENTION_DAYS},
    }
