"""Anything a page shows changed: start a new content generation (see sitetree)."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from trustsite.sitetree import bump_generation


def page_changed(sender, instance=None, **kwargs):
    if isinstance(instance, Page):
        bump_generation()


def connect():
    from partners.models import Partner
    from trustsite.models import PageTranslation

    page_published.connect(bump_generation, dispatch_uid="trust-published")
    page_unpublished.connect(bump_generation, dispatch_uid="trust-unpublished")
    post_page_move.connect(bump_generation, dispatch_uid="trust-moved")
    post_save.connect(page_changed, dispatch_uid="trust-page-saved")
    post_delete.connect(page_changed, dispatch_uid="trust-page-deleted")
    for model in (Partner, PageTranslation, Site, PageViewRestriction):
        post_save.connect(bump_generation, sender=model, dispatch_uid=f"trust-{model.__name__}-s")
        post_delete.connect(bump_generation, sender=model, dispatch_uid=f"trust-{model.__name__}-d")
