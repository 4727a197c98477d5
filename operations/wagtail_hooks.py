"""Who may do what in the admin, where Wagtail's permissions need a word more
(operations/management/commands/setup_permissions.py says who may do what)."""

from wagtail import hooks
from wagtail.admin.auth import permission_denied

from core.models import reviews_only

from .admin_reports import SITE_WIDE_REPORT_MENU_ITEMS, publishes


@hooks.register("before_edit_page")
def reviewers_only_review(request, page):
    """A reviewer without permission to edit the page (a trustee on a school's page)
    posts the editor only to approve or request changes on the version submitted:
    not to save or publish it, cancel the workflow, or put an old version back (the
    revision's revert view is this view with a `revision_id`)."""
    if not reviews_only(page, request.user):
        return None
    reverting = "revision_id" in request.resolver_match.kwargs
    if reverting or (request.method == "POST" and not request.POST.get("action-workflow-action")):
        return permission_denied(request)
    return None


@hooks.register("construct_reports_menu")
def site_wide_reports_for_publishers(request, menu_items):
    """Offer the site-wide reports only to those they are for (operations.admin_reports)."""
    if not publishes(request.user):
        menu_items[:] = [i for i in menu_items if i.name not in SITE_WIDE_REPORT_MENU_ITEMS]
