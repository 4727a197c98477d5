"""A school's (or the trust's) news and letters as an Atom feed, one per language.

Served by NewsIndexPage at <index>/feed/ (e.g. /pl/schools/banister/news/feed/), as the
vision updates are (core.feeds).
"""

from django.utils import formats
from django.utils.translation import gettext

from core.feeds import DatedPagesFeed

# The reply-by date as the item page shows it: "Friday 12 March".
REPLY_BY_FORMAT = "l j E"


def reply_by_text(date):
    """ "Reply by Friday 12 March", in the active language."""
    return gettext("Reply by %(date)s") % {"date": formats.date_format(date, REPLY_BY_FORMAT)}


class NewsFeed(DatedPagesFeed):
    """The newest items under one NewsIndexPage, each under its kind (news or letter)."""

    def pages(self, index):
        return index.live_items()

    def title(self, index):
        return index.feed_title(self.request)

    def item_description(self, item):
        if item.reply_by:
            return "\n".join(filter(None, [reply_by_text(item.reply_by), item.summary]))
        return item.summary

    def item_categories(self, item):
        return [item.get_kind_display()]
