"""Each publish brings the page's translation states up to date (localisation.freshness)."""

from wagtail.signals import page_published

from localisation.freshness import track


def page_was_published(sender, instance, **kwargs):
    track(instance, minor=getattr(instance, "translations_unaffected", False))


def connect():
    page_published.connect(page_was_published, dispatch_uid="localisation-published")
