"""The trust's aims, its vision for four audiences, and the trustees' updates on it."""

import datetime

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import ContentBlocks
from core.feeds import NEWEST_FIRST
from core.models import IntroMixin, SitePage, stream_text
from core.navigation import any_live
from core.request_state import request_state

from .feeds import VisionUpdatesFeed


class AimsPage(SitePage):
    """What the trust stands for and sets out to do. Lives under HomePage, once."""

    identity_statement = models.TextField(_("shared identity"), blank=True)
    partnerships_statement = models.TextField(_("partnerships"), blank=True)
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("aims"))

    content_panels = SitePage.content_panels + [
        FieldPanel("identity_statement"),
        FieldPanel("partnerships_statement"),
        FieldPanel("body"),
    ]

    search_fields = SitePage.search_fields + [
        index.SearchField("identity_statement"),
        index.SearchField("partnerships_statement"),
        index.SearchField("body"),
    ]

    # What search results call this kind of page.
    search_kind = _("Aims")
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("aims page")

    def own_description(self):
        return self.identity_statement or stream_text(self, "body")


class VisionIndexPage(IntroMixin, SitePage):
    """The vision section: its audience pages and the updates index. Under HomePage, once."""

    content_panels = SitePage.content_panels + IntroMixin.intro_panels

    search_fields = SitePage.search_fields + IntroMixin.intro_search_fields

    # What search results call this kind of page.
    search_kind = _("Vision")
    parent_page_types = ["home.HomePage"]
    subpage_types = ["vision.VisionAudiencePage", "vision.VisionUpdateIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("vision index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["audiences"] = self.get_children().live().type(VisionAudiencePage)
        context["updates_index"] = VisionUpdateIndexPage.objects.live().child_of(self).first()
        return context


class VisionAudiencePage(IntroMixin, SitePage):
    """The vision for one audience (staff, learners, families, partners), as themed lists."""

    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("vision"))
    links_to_enquiry_form = models.BooleanField(
        _("link to the enquiry form"),
        default=False,
        help_text=_("Show parents the way to ask the trust or a school office for help."),
    )

    content_panels = (
        SitePage.content_panels
        + IntroMixin.intro_panels
        + [FieldPanel("body"), FieldPanel("links_to_enquiry_form")]
    )

    search_fields = (
        SitePage.search_fields + IntroMixin.intro_search_fields + [index.SearchField("body")]
    )

    # What search results call this kind of page.
    search_kind = _("Vision")
    # Its latest updates, and the way to the enquiry form (core.purging).
    shows_pages_of = ("vision.VisionUpdatePage", "enquiries.EnquiryPage")
    parent_page_types = ["vision.VisionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("vision audience page")

    def own_description(self):
        return self.intro or stream_text(self, "body")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_updates"] = (
            self.updates.live().order_by(*NEWEST_FIRST)[:3]
            if any_live(request, VisionUpdatePage)
            else []
        )
        return context


class VisionUpdateIndexPage(RoutablePageMixin, IntroMixin, SitePage):
    """Trustees' updates on the vision, newest first, with an Atom feed of them at feed/.
    Lives under VisionIndexPage, once."""

    content_panels = SitePage.content_panels + IntroMixin.intro_panels

    search_fields = SitePage.search_fields + IntroMixin.intro_search_fields

    # What search results call this kind of page.
    search_kind = _("Vision updates")
    # The site advertises this page's Atom feed from every page's head.
    feed_path = "feed/"
    parent_page_types = ["vision.VisionIndexPage"]
    subpage_types = ["vision.VisionUpdatePage"]
    max_count = 1

    per_page = 10
    query_parameters = ("page",)

    class Meta:
        verbose_name = _("vision updates index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        updates = self.live_updates()
        page_obj = Paginator(updates, self.per_page).get_page(request.GET.get("page"))
        if "page" in request.GET:
            # The links to the other pages: ?page=1 up to the last, and nothing else.
            request_state(request).reader_query = f"page={page_obj.number}"
        context["updates"] = page_obj
        return context

    def live_updates(self):
        """The published updates, newest first; the same order on the page and in the feed."""
        return VisionUpdatePage.objects.live().child_of(self).order_by(*NEWEST_FIRST)

    def get_cached_paths(self):
        """Its first page, its feed and its other pages (core.purging)."""
        pages = -(-self.get_children().live().count() // self.per_page)
        return ["/", "feed/", *(f"?page={n}" for n in range(2, pages + 1))]

    @path("feed/", name="feed")
    def feed(self, request):
        """The updates as an Atom feed, in the language of the URL it is read at."""
        return VisionUpdatesFeed()(request, index=self)


class VisionUpdatePage(SitePage):
    """A dated update from the trustees on progress towards the vision."""

    date = models.DateField(_("date"), default=datetime.date.today)
    summary = models.TextField(_("summary"), blank=True)
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("body"))
    audiences = ParentalManyToManyField(
        "vision.VisionAudiencePage",
        verbose_name=_("audiences"),
        related_name="updates",
        blank=True,
        help_text=_("The parts of the vision this update concerns."),
    )

    content_panels = SitePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
    ]

    search_fields = SitePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    # What search results call this kind of page.
    search_kind = _("Vision update")
    # It links to the audiences it is for (core.purging).
    shows_pages_of = ("vision.VisionAudiencePage",)
    parent_page_types = ["vision.VisionUpdateIndexPage"]
    subpage_types = []
    og_type = "article"

    class Meta:
        verbose_name = _("vision update")

    def own_description(self):
        return self.summary or stream_text(self, "body")
