"""The trust's home page (the root of the site tree) and the site-wide pages below it:
the accessibility statement and the privacy notice."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import ContentBlocks


class HomePage(Page):
    """The trust's front door. Lives at the site root; every section hangs below it."""

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("Who the trust is, in a sentence or two.")
    )
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]

    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "history.HistoryPage",
        "schools.SchoolIndexPage",
        "partners.PartnersPage",
        "vision.AimsPage",
        "vision.VisionIndexPage",
        "trustsite.AccessibilityStatementPage",
        "trustsite.PrivacyNoticePage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from schools.models import SchoolPage
        from trustsite.sitetree import get_tree
        from trustsite.templatetags.navigation_tags import node_url, site_root_path
        from vision.models import NEWEST_FIRST, VisionUpdatePage

        context = super().get_context(request, *args, **kwargs)
        root_path = site_root_path(request) or self.url_path
        context["sections"] = [
            (node.title, node_url(node, root_path))
            for node in get_tree(request).menu_children(self.url_path)
        ]
        context["schools"] = SchoolPage.objects.live().descendant_of(self).order_by("path")
        context["latest_updates"] = VisionUpdatePage.objects.live().order_by(*NEWEST_FIRST)[:3]
        return context


# What an editor may write in the statement's and notice's own sections.
POLICY_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class ComplianceStatus(models.TextChoices):
    FULL = "full", _("Fully compliant")
    PARTIAL = "partial", _("Partially compliant")
    NOT = "not", _("Not compliant")


class AccessibilityStatementPage(Page):
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

    content_panels = Page.content_panels + [
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

    search_fields = Page.search_fields + [
        index.SearchField("known_issues"),
        index.SearchField("manual_testing"),
    ]

    parent_page_types = ["trustsite.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("accessibility statement")

    @property
    def has_contact_details(self):
        return any([self.contact_email, self.contact_phone, self.contact_notes])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["site_url"] = request.build_absolute_uri("/")
        return context


class PrivacyNoticePage(Page):
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

    content_panels = Page.content_panels + [
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

    parent_page_types = ["trustsite.HomePage"]
    subpage_types = []
    max_count = 1

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
    from axes.conf import settings as axes_settings
    from axes.helpers import get_cool_off

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
    }


class TranslationState(models.TextChoices):
    DRAFT = "draft", _("Draft: not yet checked by a fluent reader")
    REVIEWED = "reviewed", _("Reviewed")


class PageTranslation(models.Model):
    """Whether a page has been translated into a language, and whether that translation has
    been reviewed. No row means the page has no translation in that language yet."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="translations_state"
    )
    language = models.CharField(
        _("language"), max_length=10, choices=[c for c in settings.LANGUAGES if c[0] != "en"]
    )
    state = models.CharField(
        _("state"), max_length=10, choices=TranslationState.choices, default=TranslationState.DRAFT
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels = [FieldPanel("page"), FieldPanel("language"), FieldPanel("state")]

    class Meta:
        verbose_name = _("page translation")
        verbose_name_plural = _("page translations")
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="one_state_per_page_language")
        ]
        ordering = ["page__path", "language"]

    def __str__(self):
        return f"{self.page.title} ({self.language}): {self.get_state_display()}"
