"""The trust's member and partner schools: an index and a page per school."""

import copy

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import ContentBlocks
from core.meta import page_image, trust_reference
from core.models import IntroMixin, SitePage, summarise
from core.navigation import calendar_of
from core.request_state import request_state
from core.sitetree import snapshot
from news.models import newest_items


class Membership(models.TextChoices):
    MEMBER = "member", _("Member school")
    PARTNER = "partner", _("Partner school")


class Phase(models.TextChoices):
    NURSERY = "nursery", _("Nursery")
    INFANT = "infant", _("Infant")
    PRIMARY = "primary", _("Primary")
    SECONDARY = "secondary", _("Secondary")
    ALL_THROUGH = "all-through", _("All-through")
    SPECIAL = "special", _("Special")


class SchoolIndexPage(IntroMixin, SitePage):
    """Every school in the trust, grouped by membership. Lives under HomePage, once."""

    content_panels = SitePage.content_panels + IntroMixin.intro_panels

    search_fields = SitePage.search_fields + IntroMixin.intro_search_fields

    # What search results call this kind of page.
    search_kind = _("Schools")
    parent_page_types = ["home.HomePage"]
    subpage_types = ["schools.SchoolPage"]
    max_count = 1
    query_parameters = ("phase",)

    def get_cached_paths(self):
        """Every school, and the schools of each phase (core.purging)."""
        return ["/", *(f"?phase={phase}" for phase in Phase.values)]

    class Meta:
        verbose_name = _("school index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Every school, filtered here: the filters offered depend on them all.
        schools = [
            school
            for school in live_schools(request)
            if school.depth == self.depth + 1 and school.path.startswith(self.path)
        ]
        phases = phases_of(schools)
        phase = request.GET.get("phase", "")
        if phase in dict(phases):
            schools = [school for school in schools if school.phase == phase]
        else:
            phase = ""
        # The filter links are the only query strings a reader can reach here.
        request_state(request).reader_query = f"phase={phase}" if phase else ""
        context["phase"] = phase
        context["phases"] = phases
        context["groups"] = group_by_membership(schools)
        return context


def live_schools(request):
    """Every live school, in tree order, with only the fields its card shows
    (`SchoolPage.card_fields`): read once per content generation (core.sitetree), and
    copied for each request, which may put English in place of an outdated translation
    on its copies (core.navigation.in_english_where_outdated)."""
    schools = snapshot(
        request,
        "schools",
        lambda: list(SchoolPage.objects.live().order_by("path").only(*SchoolPage.card_fields)),
    )
    return [copy.copy(school) for school in schools]


def phases_of(schools):
    """[(value, label), ...] of the phases some of these schools are in, in Phase order:
    the only filters worth offering, since any other would show no school."""
    present = {school.phase for school in schools}
    return [(value, label) for value, label in Phase.choices if value in present]


def group_by_membership(schools):
    """[(Membership, [school, ...]), ...] in Membership order, leaving out empty groups."""
    schools = list(schools)
    groups = []
    for membership in Membership:
        members = [s for s in schools if s.membership == membership]
        if members:
            groups.append((membership, members))
    return groups


class SchoolPage(SitePage):
    """One member or partner school. Lives under SchoolIndexPage.

    Contact fields stay empty until the school's office fills them in; the
    template shows only what is there.
    """

    # What a school's card (includes/school_card.html) and the trust's structured data
    # show: the only columns a listing of schools loads, of the ~100 a school has.
    card_fields = ("title", "slug", "url_path", "path", "depth", "membership", "phase", "age_range")

    membership = models.CharField(_("membership"), max_length=16, choices=Membership.choices)
    joined_year = models.PositiveSmallIntegerField(
        _("year it joined the trust"), null=True, blank=True
    )
    phase = models.CharField(_("phase"), max_length=16, choices=Phase.choices, blank=True)
    age_range = models.CharField(
        _("age range"), max_length=20, blank=True, help_text=_("For example 3-16.")
    )
    church_of_england = models.BooleanField(_("Church of England school"), default=False)
    summary = models.TextField(_("summary"), blank=True)
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("body"))
    headteacher = models.CharField(_("headteacher"), max_length=255, blank=True)
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    office_hours = models.TextField(
        _("office hours"), blank=True, help_text=_("For example: Monday to Friday, 8:30 to 16:00.")
    )
    # Statutory for maintained schools: who parents of a child with special educational
    # needs ask, and how.
    senco_name = models.CharField(_("SENCO's name"), max_length=255, blank=True)
    senco_email = models.EmailField(_("SENCO's email"), blank=True)
    senco_phone = models.CharField(_("SENCO's phone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    urn = models.CharField(
        _("URN"), max_length=10, blank=True, help_text=_("The school's Unique Reference Number.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        HelpPanel(
            content=_(
                "<p><strong>Editing your school's page?</strong> Change what you need below, "
                "then use <strong>Preview</strong> to see it as parents will. When it is "
                "ready, open the menu beside <strong>Save Draft</strong> at the bottom and "
                "choose <strong>Submit to Trustee approval</strong>. A trustee checks it "
                "before it goes live; if they ask for changes you will get an email with "
                "their comment. Photos for your school go in your school's collection under "
                "<strong>Images</strong>.</p>"
            ),
            heading=_("What to do here"),
        ),
        *SitePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("membership"), FieldPanel("joined_year")]),
                FieldRowPanel([FieldPanel("phase"), FieldPanel("age_range")]),
                FieldPanel("church_of_england"),
            ],
            heading=_("About the school"),
        ),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("address"),
                FieldPanel("office_hours"),
                FieldPanel("headteacher"),
                FieldPanel("senco_name"),
                FieldRowPanel([FieldPanel("senco_email"), FieldPanel("senco_phone")]),
                FieldRowPanel([FieldPanel("website"), FieldPanel("urn")]),
            ],
            heading=_("Contact details"),
        ),
    ]

    search_fields = SitePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("office_hours"),
        index.FilterField("membership"),
        index.FilterField("phase"),
    ]

    # The trust's facts about the school: its office sees them but does not change them.
    publisher_fields = ("membership", "joined_year", "phase", "slug")

    # What search results call this kind of page.
    search_kind = _("School")
    parent_page_types = ["schools.SchoolIndexPage"]
    subpage_types = ["news.NewsIndexPage", "events.CalendarPage", "notices.UrgentNoticeIndexPage"]

    # Its "Ask the office" link (core.purging).
    shows_pages_of = ("enquiries.EnquiryPage",)

    class Meta:
        verbose_name = _("school page")

    def calendar_page(self, request):
        """The school's term dates and events (its calendar page), as a link with its
        title, URL and iCalendar file's URL; None until it has one. From the cached
        tree: no queries."""
        return calendar_of(request, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["calendar"] = self.calendar_page(request)
        context["latest_news"] = newest_items(request, self, 3)
        return context

    @property
    def has_contact_details(self):
        return any(
            [
                self.headteacher,
                self.address,
                self.phone,
                self.email,
                self.office_hours,
                self.senco_name,
                self.senco_email,
                self.senco_phone,
                self.website,
                self.urn,
            ]
        )

    def own_description(self):
        return self.summary

    def school_reference(self, request):
        """The school as schema.org names it elsewhere: its name and page."""
        data = {"@type": "School", "name": self.title}
        url = self.get_url(request)
        if url:
            data["url"] = request.build_absolute_uri(url)
        return data

    def structured_data(self, request, context):
        """The school, part of the trust, with only the fields its office has filled in."""
        data = self.school_reference(request)
        if self.summary:
            data["description"] = summarise(self.summary)
        if self.address.strip():
            # The office types the address as free text: kept whole, not split into parts.
            lines = [line.strip() for line in self.address.splitlines() if line.strip()]
            data["address"] = {"@type": "PostalAddress", "streetAddress": ", ".join(lines)}
        if self.phone:
            data["telephone"] = self.phone
        if self.email:
            data["email"] = self.email
        if self.website:
            data["sameAs"] = [self.website]
        if self.image_id:
            data["image"] = page_image(request, self)[0]
        data["parentOrganization"] = trust_reference(request)
        return data


def schools_edited_by(user):
    """The school pages `user` was given to edit as a school's office: the school pages
    their groups hold "change" on directly (a trust editor's permission is on the home
    page, not on a school)."""
    return (
        SchoolPage.objects.filter(
            group_permissions__group__user=user,
            group_permissions__permission__codename="change_page",
        )
        .distinct()
        .order_by("path")
    )
