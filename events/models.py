"""Term dates and events: a calendar page per school, and one for the trust.

In a foundation trust each governing body sets its own term dates, so each school keeps
its own calendar, under its page, and the trust one of its own under the home page.
"""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from core.models import IntroMixin, SitePage
from core.navigation import calendar_of, site_name
from core.request_state import true_until
from core.sitetree import get_tree

from .blocks import EventBlocks, TermDateBlocks
from .entries import calendar_entries, upcoming_by_month
from .feeds import as_icalendar


class CalendarPage(RoutablePageMixin, IntroMixin, SitePage):
    """A school's term dates and events (or the trust's), listed from today by month, with
    an iCalendar file of them at calendar.ics. Lives under a SchoolPage or the HomePage,
    once under each.

    Entries are StreamField blocks rather than child pages or rows of their own: one form
    holds a year's dates, an office submits them for approval in one go, each block's id
    is a stable iCalendar UID, and the translation tools carry their texts one by one
    (localisation.units, the PO exchange, freshness) as for any body. Which dates a
    reader gets is decided in events.entries: always the English blocks'."""

    term_dates = StreamField(TermDateBlocks(), blank=True, verbose_name=_("term dates"))
    events = StreamField(EventBlocks(), blank=True, verbose_name=_("events"))

    content_panels = (
        SitePage.content_panels
        + IntroMixin.intro_panels
        + [FieldPanel("term_dates"), FieldPanel("events")]
    )

    search_fields = (
        SitePage.search_fields
        + IntroMixin.intro_search_fields
        + [index.SearchField("term_dates"), index.SearchField("events")]
    )

    # What search results call this kind of page.
    search_kind = _("Term dates and events")
    # The page's iCalendar file, at this name after its URL (trustsite.urls serves page
    # files; core.navigation.calendar_of finds calendars by it).
    calendar_file = "calendar.ics"
    parent_page_types = ["schools.SchoolPage", "home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("calendar page")

    def get_cached_paths(self):
        """The page and its iCalendar file (core.purging)."""
        return ["/", self.calendar_file]

    def owner_name(self, request):
        """Whose calendar it is, in the active language: the school's name (the parent
        page's title), or the trust's for the trust's own calendar."""
        tree = get_tree(request)
        node = tree.by_id.get(self.pk)
        if node is None:
            return site_name(request)
        steps = len(node.path) // node.depth
        parent = tree.by_path.get(node.path[: (node.depth - 1) * steps])
        return parent.title if parent is not None else site_name(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        context["months"] = upcoming_by_month(calendar_entries(self), today)
        calendar = calendar_of(request, self)
        if calendar is not None:
            context["calendar"] = calendar
            context["download_url"] = request.build_absolute_uri(calendar.file_url)
            context["subscribe_url"] = f"webcal://{request.get_host()}{calendar.file_url}"
        # What is listed changes at midnight: the page cache keeps it no longer.
        true_until(
            request,
            datetime.datetime.combine(
                today + datetime.timedelta(days=1),
                datetime.time.min,
                timezone.get_current_timezone(),
            ),
        )
        return context

    # Wagtail hands a routable page the rest of the path with a slash after it.
    @path(f"{calendar_file}/", name="calendar_file")
    def serve_calendar_file(self, request):
        """The calendar as an iCalendar file, in the language of its URL."""
        url = request.build_absolute_uri(self.get_url(request))
        content = as_icalendar(self, calendar_entries(self), name=self.owner_name(request), url=url)
        return HttpResponse(content, content_type="text/calendar; charset=utf-8")
