"""Anything a page shows changed: start a new content generation (see core.sitetree)."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.models import SiteIdentity
from core.sitetree import bump_generation
from localisation.models import PageTranslation

# Models outside the page tree whose rows pages show. A section adds its own (a
# snippet its pages list) with `watch()` from its AppConfig.ready().
WATCHED = [PageTranslation, Site, PageViewRestriction, SiteIdentity]


def page_changed(sender, instance=None, **kwargs):
    if isinstance(instance, Page):
        bump_generation()


def watch(model):
    """Start a new generation whenever a row of `model` is saved or deleted."""
    name = model._meta.label
    post_save.connect(bump_generation, sender=model, dispatch_uid=f"trust-{name}-saved")
    post_delete.connect(bump_generation, sender=model, dispatch_uid=f"trust-{name}-deleted")


def connect():
    page_published.connect(bump_generation, dispatch_uid="trust-published")
    page_unpublished.connect(bump_generation, dispatch_uid="trust-unpublished")
    post_page_move.connect(bump_generation, dispatch_uid="trust-moved")
    post_save.connect(page_changed, dispatch_uid="trust-page-saved")
    post_delete.connect(page_changed, dispatch_uid="trust-page-deleted")
    for model in WATCHED:
        watch(model)
