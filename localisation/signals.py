"""Each publish brings the page's translation states up to date (localisation.freshness)."""

from wagtail.signals import page_published

from localisation.freshness import track


def page_was_published(sender, instance, **kwargs):
    minor = getattr(instance, "translations_unaffected", False)
    track(instance, minor=minor)
    if minor:
        # The box speaks for one publish: the next change, however it is published,
        # affects translations unless someone says otherwise again.
        type(instance).objects.filter(pk=instance.pk).update(translations_unaffected=False)


def connect():
    page_published.connect(page_was_published, dispatch_uid="localisation-published")
