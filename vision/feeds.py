"""The trustees' vision updates as an Atom feed, one per language.

Served by VisionUpdateIndexPage at <updates index>/feed/ (e.g. /pl/vision/updates/feed/);
the language prefix of that URL has already been activated, so titles and summaries
come out in the reader's language (falling back to English where there is no
translation yet), and the feed says which language it is in.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from core.navigation import in_english_where_outdated, site_name


def update_timestamp(update):
    """When an update happened, for the feed: its own date, at the time of day it was first
    published, so two updates with one date keep the order the updates index gives them."""
    if update.first_published_at is None:
        return datetime.datetime.combine(update.date, datetime.time.min)
    published = timezone.localtime(update.first_published_at)
    return datetime.datetime.combine(update.date, published.time())


class VisionUpdatesFeed(Feed):
    """The newest updates under one VisionUpdateIndexPage."""

    feed_type = Atom1Feed
    max_items = 20

    def get_object(self, request, index):
        # A feed object serves one request (VisionUpdateIndexPage.feed makes a new one):
        # keep it, so that page URLs come from the request's site root paths at once.
        self.request = request
        return index

    def title(self, index):
        return index.title

    def subtitle(self, index):
        return index.intro or self.author_name(index)

    def author_name(self, index):
        return site_name(self.request)

    def link(self, index):
        return index.get_url(self.request)

    def items(self, index):
        updates = list(index.live_updates().prefetch_related("audiences")[: self.max_items])
        for update in updates:
            # A feed reader shows no notice: an outdated title or summary comes in English.
            in_english_where_outdated(update, self.request)
        return updates

    def item_title(self, update):
        return update.title

    def item_description(self, update):
        return update.summary

    def item_link(self, update):
        return update.get_url(self.request)

    def item_pubdate(self, update):
        return update_timestamp(update)

    def item_updateddate(self, update):
        return update_timestamp(update)

    def item_categories(self, update):
        return [audience.title for audience in update.audiences.all()]
