"""Wagtail's site-wide reports (workflows, workflow tasks, site history, aging pages,
page types usage) are for the people who publish: trust editors and trustees. A school's
office publishes nothing and needs none of them: the menu does not offer them
(operations.wagtail_hooks) and these routes refuse them.

Wagtail's own views, each put in front of Wagtail's route for it (trustsite/urls.py)
with one more check; Wagtail reverses its own names to the same paths."""

from functools import wraps

from django.contrib.contenttypes.models import ContentType
from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import permission_denied, require_admin_access
from wagtail.admin.urls.reports import urlpatterns as wagtail_report_urls
from wagtail.models import GroupPagePermission

from notices.models import UrgentNoticeIndexPage

# Wagtail's URL names, and the names of their reports menu items.
SITE_WIDE_REPORTS = (
    "workflow",
    "workflow_tasks",
    "site_history",
    "aging_pages",
    "page_types_usage",
)
SITE_WIDE_REPORT_MENU_ITEMS = (
    "workflows",
    "workflow-tasks",
    "site-history",
    "aging-pages",
    "page-types-usage",
)


def publishes(user):
    """Whether `user` may publish some page besides urgent notices, which an office
    publishes for its own school (notices.models); a superuser may publish every page."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    return (
        GroupPagePermission.objects.filter(group__user=user, permission__codename="publish_page")
        .exclude(page__content_type=ContentType.objects.get_for_model(UrgentNoticeIndexPage))
        .exists()
    )


def for_publishers(view):
    @wraps(view)
    def checked(request, *args, **kwargs):
        if not publishes(request.user):
            return permission_denied(request)
        return view(request, *args, **kwargs)

    return never_cache(require_admin_access(checked))


urlpatterns = [
    path(f"admin/reports/{pattern.pattern}", for_publishers(pattern.callback))
    for pattern in wagtail_report_urls
    if pattern.name.removesuffix("_results") in SITE_WIDE_REPORTS
]
