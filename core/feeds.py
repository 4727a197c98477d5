"""Atom feeds of dated pages (the trustees' vision updates, a school's news and letters),
one per language.

An index page serves its feed at <index>/feed/ (e.g. /pl/vision/updates/feed/); the
language prefix of that URL has already been activated, so titles and summaries come
out in the reader's language (falling back to English where there is no translation
yet, and in English where a translation is outdated), and the feed says which language
it is in. A section subclasses DatedPagesFeed for what its pages add (categories).
"""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from core.navigation import in_english_where_outdated, site_name

# The order dated pages are listed in everywhere: on the home page, the indexes and the
# feeds. `dated_timestamp` keeps it in a feed.
NEWEST_FIRST = ("-date", "-first_published_at")


def dated_timestamp(page):
    """When a dated page happened, for a feed: its own date, at the time of day it was
    first published, so two pages with one date keep the order NEWEST_FIRST gives them."""
    if page.first_published_at is None:
        return datetime.datetime.combine(page.date, datetime.time.min)
    published = timezone.localtime(page.first_published_at)
    return datetime.datetime.combine(page.date, published.time())


class DatedPagesFeed(Feed):
    """The newest published pages of one index page, each with a `date` and a `summary`.
    `pages(index)` gives them, newest first."""

    feed_type = Atom1Feed
    max_items = 20

    def get_object(self, request, index):
        # A feed object serves one request (the index page makes a new one): keep it, so
        # that page URLs come from the request's site root paths at once.
        self.request = request
        return index

    def pages(self, index):
        raise NotImplementedError

    def title(self, index):
        return index.title

    def subtitle(self, index):
        return index.intro or self.author_name(index)

    def author_name(self, index):
        return site_name(self.request)

    def link(self, index):
        return index.get_url(self.request)

    def items(self, index):
        pages = list(self.pages(index)[: self.max_items])
        for page in pages:
            # A feed reader shows no notice: an outdated title or summary comes in English.
            in_english_where_outdated(page, self.request)
        return pages

    def item_title(self, page):
        return page.title

    def item_description(self, page):
        return page.summary

    def item_link(self, page):
        return page.get_url(self.request)

    def item_pubdate(self, page):
        return dated_timestamp(page)

    def item_updateddate(self, page):
        return dated_timestamp(page)
