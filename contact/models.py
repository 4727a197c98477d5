"""The Contact page: how to reach the trust, and every school's office. Lives under
HomePage, once, and every page's footer links to it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from core.models import IntroMixin, SitePage
from schools.models import SchoolPage


class ContactPage(IntroMixin, SitePage):
    """The trust's own contact details (empty until the trust fills them in) and each
    school office's, read from the schools' pages."""

    address = models.TextField(_("registered office address"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    office_hours = models.TextField(
        _("office hours"), blank=True, help_text=_("For example: Monday to Friday, 8:30 to 16:00.")
    )
    company_number = models.CharField(
        _("company number"),
        max_length=20,
        blank=True,
        help_text=_("The trust's number at Companies House, if it has one."),
    )

    content_panels = [
        *SitePage.content_panels,
        *IntroMixin.intro_panels,
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("office_hours"),
                FieldPanel("company_number"),
            ],
            heading=_("The trust's contact details"),
        ),
    ]

    search_fields = (
        SitePage.search_fields
        + IntroMixin.intro_search_fields
        + [index.SearchField("office_hours"), index.SearchField("contact_words")]
    )

    search_kind = _("Contact")
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    # First in every page's footer (core.templatetags.navigation_tags.footer_links).
    footer_order = 0
    # It lists every school's office, and links to the enquiry form (core.purging).
    shows_pages_of = ("schools.SchoolPage", "enquiries.EnquiryPage")

    class Meta:
        verbose_name = _("contact page")

    def contact_words(self):
        """What the page's headings and labels say, in the active language: a parent
        searching "phone" or "office hours" is looking for this page."""
        return [
            str(word)
            for word in (
                _("School offices"),
                _("Phone"),
                _("Email"),
                _("Address"),
                _("Office hours"),
            )
        ]

    @property
    def has_trust_details(self):
        return any([self.address, self.phone, self.email, self.office_hours, self.company_number])

    def school_offices(self):
        """Every published school, A to Z, with what its office has filled in."""
        return SchoolPage.objects.live().public().order_by("title")
