"""News and letters for parents: a "News and letters" index under each school's page and
one for the trust under the home page, each listing its items with an Atom feed."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import ContentBlocks
from core.feeds import NEWEST_FIRST
from core.models import IntroMixin, SitePage, stream_text
from core.navigation import any_live, site_name
from core.request_state import request_state

from .blocks import AttachmentBlocks
from .feeds import NewsFeed
from .navigation import ancestor, child_of_type, feed_title, is_site_root, url_of


class NewsKind(models.TextChoices):
    NEWS = "news", _("News")
    LETTER = "letter", _("Letter")


def newest_items(request, under, count):
    """The newest `count` published news items and letters anywhere below `under` (a
    school's page, or the home page for the whole trust): one query, or none where the
    tree snapshot holds none."""
    if not any_live(request, NewsItemPage, below=under):
        return []
    return list(NewsItemPage.objects.live().descendant_of(under).order_by(*NEWEST_FIRST)[:count])


def index_below(request, page):
    """{title, url, feed_url, feed_title} of the live news index directly below `page`
    (a school's page or the home page), from the tree snapshot; None if it has none."""
    node = child_of_type(request, page, NewsIndexPage)
    url = url_of(request, node) if node is not None else None
    if url is None:
        return None
    owner = None if is_site_root(request, page) else page.title
    return {
        "title": node.title,
        "url": url,
        "feed_url": url + NewsIndexPage.feed_route,
        "feed_title": feed_title(node.title, owner or site_name(request)),
    }


class NewsIndexPage(RoutablePageMixin, IntroMixin, SitePage):
    """A school's news and letters (or the trust's), newest first, with an Atom feed of
    them at feed/. Lives under a SchoolPage or the HomePage, once under each."""

    content_panels = SitePage.content_panels + IntroMixin.intro_panels

    search_fields = SitePage.search_fields + IntroMixin.intro_search_fields

    # What search results call this kind of page.
    search_kind = _("News and letters")
    # Not `feed_path`: that advertises a feed from every page of the site, and there is
    # one of these per school. The index and its school's page advertise this one.
    feed_route = "feed/"
    parent_page_types = ["schools.SchoolPage", "home.HomePage"]
    subpage_types = ["news.NewsItemPage"]
    max_count_per_parent = 1

    per_page = 20
    query_parameters = ("page",)

    class Meta:
        verbose_name = _("news and letters index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page_obj = Paginator(self.live_items(), self.per_page).get_page(request.GET.get("page"))
        if "page" in request.GET:
            # The links to the other pages: ?page=1 up to the last, and nothing else.
            request_state(request).reader_query = f"page={page_obj.number}"
        context["items"] = page_obj
        context["school_title"] = self.school_title(request)
        context["feed_url"] = self.get_url(request) + self.feed_route
        context["feed_title"] = self.feed_title(request)
        return context

    def live_items(self):
        """The published items, newest first; the same order on the page and in the feed."""
        return NewsItemPage.objects.live().child_of(self).order_by(*NEWEST_FIRST)

    def school_title(self, request):
        """The title of the school whose news this is; None for the trust's own."""
        owner = ancestor(request, self, 1)
        return None if owner is None or is_site_root(request, owner) else owner.title

    def feed_title(self, request):
        return feed_title(self.title, self.school_title(request) or site_name(request))

    def get_cached_paths(self):
        """Its first page, its feed and its other pages (core.purging)."""
        pages = -(-self.get_children().live().count() // self.per_page)
        return ["/", "feed/", *(f"?page={n}" for n in range(2, pages + 1))]

    @path(feed_route, name="feed")
    def feed(self, request):
        """The items as an Atom feed, in the language of the URL it is read at."""
        return NewsFeed()(request, index=self)


class NewsItemPage(SitePage):
    """A dated news item or letter for parents, with its documents attached (a letter is
    its text on the page, with the PDF attached). Lives under a NewsIndexPage."""

    kind = models.CharField(
        _("kind"), max_length=16, choices=NewsKind.choices, default=NewsKind.NEWS
    )
    date = models.DateField(_("date"), default=datetime.date.today)
    reply_by = models.DateField(
        _("reply or act by"),
        null=True,
        blank=True,
        help_text=_(
            "If parents must reply, return a form or pay by a date, give it here: it is "
            "shown at the top of the item and in the lists."
        ),
    )
    audience = models.CharField(
        _("who it is for"),
        max_length=255,
        blank=True,
        help_text=_(
            "As you would write it on the letter, e.g. “Year 6” or “Oak and Ash classes”. "
            "Leave it empty when it is for everyone."
        ),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences for the lists and the feed.")
    )
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("body"))
    attachments = StreamField(
        AttachmentBlocks(),
        blank=True,
        verbose_name=_("attached documents"),
        help_text=_(
            "The letter as a PDF, a form to print: from your school's collection or the "
            "trust's, under Documents."
        ),
    )

    content_panels = SitePage.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("date"), FieldPanel("reply_by")]),
        FieldPanel("audience"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("attachments"),
    ]

    search_fields = SitePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("audience"),
        index.FilterField("date"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    og_type = "article"

    class Meta:
        verbose_name = _("news item or letter")

    @property
    def search_kind(self):
        """What search results call this page: News, or Letter."""
        return self.get_kind_display()

    def clean(self):
        """A letter's text is on the page, not only in its PDF: parents read it on their
        phones, and it is translated like every other page."""
        super().clean()
        body = build_localized_fieldname("body", settings.LANGUAGE_CODE)
        if self.kind == NewsKind.LETTER and not getattr(self, body):
            raise ValidationError(
                {
                    body: _(
                        "Write the letter's text here as well as attaching it: parents "
                        "read it on their phones, and it can be translated."
                    )
                }
            )

    def own_description(self):
        return self.summary or stream_text(self, "body")
