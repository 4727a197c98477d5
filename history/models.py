"""The trust's history: its story in full and a timeline of milestones."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import ContentBlocks, TimelineBlocks
from core.models import SitePage, stream_text


class HistoryPage(SitePage):
    """How the trust came to be. Lives under HomePage, once."""

    heading = models.CharField(
        _("heading"),
        max_length=255,
        blank=True,
        help_text=_("The page's main heading, if it should differ from the menu title."),
    )
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("story"))
    timeline = StreamField(TimelineBlocks(), blank=True, verbose_name=_("timeline"))

    content_panels = SitePage.content_panels + [
        FieldPanel("heading"),
        FieldPanel("body"),
        FieldPanel("timeline"),
    ]

    search_fields = SitePage.search_fields + [
        index.SearchField("heading"),
        index.SearchField("body"),
        index.SearchField("timeline"),
    ]

    # What search results call this kind of page.
    search_kind = _("History")
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("history page")

    def own_description(self):
        return stream_text(self, "body")
