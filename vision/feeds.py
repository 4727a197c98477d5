"""The trustees' vision updates as an Atom feed, one per language (core.feeds).

Served by VisionUpdateIndexPage at <updates index>/feed/ (e.g. /pl/vision/updates/feed/).
"""

from core.feeds import DatedPagesFeed


class VisionUpdatesFeed(DatedPagesFeed):
    """The newest updates under one VisionUpdateIndexPage, each under the parts of the
    vision it concerns."""

    def pages(self, index):
        return index.live_updates().prefetch_related("audiences")

    def item_categories(self, update):
        return [audience.title for audience in update.audiences.all()]
