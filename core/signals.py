"""Anything a page shows changed: start a new content generation (see core.sitetree)."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import COMMENTS_RELATION_NAME, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

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


def watch(model):
    """Start a new generation whenever a row of `model` is saved or deleted."""
    name = model._meta.label
    post_save.connect(bump_generation, sender=model, dispatch_uid=f"trust-{name}-saved")
    post_delete.connect(bump_generation, sender=model, dispatch_uid=f"trust-{name}-deleted")


def connect():
    page_published.connect(bump_generation, dispatch_uid="trust-published")
    page_unpublished.connect(bump_generation, dispatch_uid="trust-unpublished")
    post_page_move.connect(bump_generation, dispatch_uid="trust-moved")
    post_save.connect(page_saved, dispatch_uid="trust-page-saved")
    post_delete.connect(page_deleted, dispatch_uid="trust-page-deleted")
    for model in WATCHED:
        watch(model)
