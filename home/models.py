"""The trust's home page: the root of the site tree, with every section below it."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import ContentBlocks
from core.feeds import NEWEST_FIRST
from core.meta import canonical_url, trust_reference
from core.models import IntroMixin, SitePage, stream_text, summarise
from core.navigation import any_live, section_links
from news.models import newest_items
from schools.models import Membership, live_schools
from vision.models import VisionUpdatePage


class HomePage(IntroMixin, SitePage):
    """The trust's front door. Lives at the site root; every section hangs below it."""

    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("body"))

    content_panels = SitePage.content_panels + IntroMixin.intro_panels + [FieldPanel("body")]

    search_fields = (
        SitePage.search_fields + IntroMixin.intro_search_fields + [index.SearchField("body")]
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "contact.ContactPage",
        "notices.UrgentNoticeIndexPage",
        "history.HistoryPage",
        "schools.SchoolIndexPage",
        "partners.PartnersPage",
        "vision.AimsPage",
        "vision.VisionIndexPage",
        "policies.AccessibilityStatementPage",
        "policies.PrivacyNoticePage",
        "events.CalendarPage",
        "news.NewsIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = section_links(request)
        context["schools"] = [
            school for school in live_schools(request) if school.path.startswith(self.path)
        ]
        # Across the trust: every school's news and letters, and the trust's own.
        context["latest_news"] = newest_items(request, self, 5)
        context["latest_updates"] = (
            VisionUpdatePage.objects.live().order_by(*NEWEST_FIRST)[:3]
            if any_live(request, VisionUpdatePage)
            else []
        )
        return context

    def own_description(self):
        return self.intro or stream_text(self, "body")

    def structured_data(self, request, context):
        """The trust and its member schools. Partner schools work with the trust but are
        not part of it, so they are left out. The schools are those the page lists."""
        data = {**trust_reference(request), "name": self.title}
        data["url"] = canonical_url(request, self)
        if self.intro:
            data["description"] = summarise(self.intro)
        data["subOrganization"] = [
            school.school_reference(request)
            for school in context["schools"]
            if school.membership == Membership.MEMBER
        ]
        return data
