"""Who may do what in the admin, where Wagtail's permissions need a word more
(operations/management/commands/setup_permissions.py says who may do what)."""

from django.db.models import Q
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.permissions import page_permission_policy

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


@hooks.register("construct_page_chooser_queryset")
def choose_live_or_editable_pages(pages, request):
    """The page chooser offers pages readers see and pages the user may edit: no other
    page's draft (operations.admin_titles shows the live title of those not theirs)."""
    editable = page_permission_policy.instances_user_has_permission_for(request.user, "change")
    return pages.filter(Q(live=True) | Q(pk__in=editable.values("pk")))


@hooks.register("before_move_page")
def move_only_movable_pages(request, page, destination):
    """The move confirmation names the page: only for those who may move it."""
    if not page.permissions_for_user(request.user).can_move():
        return permission_denied(request)
    return None
