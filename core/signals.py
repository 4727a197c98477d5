"""Anything a page shows changed: start a new content generation (see core.sitetree)."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import COMMENTS_RELATION_NAME, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import purging
from core.models import SiteIdentity
from core.sitetree import bump_generation
from localisation.models import PageTranslation

# Models outside the page tree whose rows pages show. A section adds its own (a
# snippet its pages list) with `watch()` from its AppConfig.ready().
WATCHED = [PageTranslation, Site, PageViewRestriction, SiteIdentity]


# Columns of a page's row that only the admin reads: what save_revision() (every draft
# save, every submission for approval) and workflow locks write.
DRAFT_COLUMNS = frozenset(
    {
        COMMENTS_RELATION_NAME,
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
    }
)


def page_saved(sender, instance=None, update_fields=None, **kwargs):
    """A page row saved changes what readers see only when the page is live and the save
    wrote more than the draft columns. A draft, a revision or a workflow step leaves the
    cache alone; so does a page that isn't live, which readers never see (Wagtail takes a
    page offline with unpublish(), and page_unpublished says so)."""
    if not isinstance(instance, Page) or not instance.live:
        return
    if update_fields is not None and update_fields <= DRAFT_COLUMNS:
        return
    bump_generation()


def page_deleted(sender, instance=None, **kwargs):
    if isinstance(instance, Page):
        bump_generation()
        purging.purge(purging.every_page)


def page_changed(sender, instance=None, **kwargs):
    """Published or unpublished: purge what shows it from a shared cache in front."""
    purging.purge(purging.pages_showing, instance)


def page_moved(sender, instance=None, **kwargs):
    # Its old addresses, and those of all below it, are gone: purge every page.
    purging.purge(purging.every_page)


def watch(model, shown_on=None):
    """Start a new generation whenever a row of `model` is saved or deleted, and purge
    the pages `shown_on(row)` names from a shared cache in front (every page if None)."""
    name = model._meta.label

    def purge_showing(sender, instance=None, **kwargs):
        if shown_on is None:
            purging.purge(purging.every_page)
        else:
            purging.purge(shown_on, instance)

    post_save.connect(bump_generation, sender=model, dispatch_uid=f"trust-{name}-saved")
    post_delete.connect(bump_generation, sender=model, dispatch_uid=f"trust-{name}-deleted")
    post_save.connect(purge_showing, sender=model, weak=False, dispatch_uid=f"purge-{name}-saved")
    post_delete.connect(
        purge_showing, sender=model, weak=False, dispatch_uid=f"purge-{name}-deleted"
    )


def translated_page(translation):
    """A page's translation state changed: what shows the page."""
    return purging.pages_showing(translation.page)


def connect():
    page_published.connect(bump_generation, dispatch_uid="trust-published")
    page_unpublished.connect(bump_generation, dispatch_uid="trust-unpublished")
    post_page_move.connect(bump_generation, dispatch_uid="trust-moved")
    post_save.connect(page_saved, dispatch_uid="trust-page-saved")
    post_delete.connect(page_deleted, dispatch_uid="trust-page-deleted")
    page_published.connect(page_changed, dispatch_uid="purge-published")
    page_unpublished.connect(page_changed, dispatch_uid="purge-unpublished")
    post_page_move.connect(page_moved, dispatch_uid="purge-moved")
    for model in WATCHED:
        watch(model, shown_on=translated_page if model is PageTranslation else None)
