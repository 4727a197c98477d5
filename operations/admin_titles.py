"""No title or state of something a user cannot edit is shown to them.

Where Wagtail has a hook it is used (operations.wagtail_hooks: the page chooser's
queryset, the move confirmation). Where Wagtail itself names an object with no hook to
stop it, its view is put in front of Wagtail's route for it (trustsite/urls.py) with one
more check; Wagtail reverses its own names to the same paths:

- a bulk action's confirmation names every object asked for by id, with "You don't have
  permission to ... <title>" for those the user may not act on (before_bulk_action runs
  only on the POST, after the confirmation has rendered);
- the page chooser shows each page's draft title and status, and its browse view names
  any parent page asked for by id, and choosing several pages names any page by id;
- a workflow's cancellation confirmation shows any page's moderation state;
- choosing several images or documents names any of them by id, whatever its collection
  (Wagtail filters the chooser's listing, not this view);
- the task chooser of the workflow editor lists every task and names any by id for
  anyone who may use the admin."""

from django.apps import apps
from django.http import Http404
from django.urls import path, reverse
from django.views.decorators.cache import never_cache
from wagtail import hooks
from wagtail.admin.auth import permission_denied, require_admin_access
from wagtail.admin.views import chooser, workflows
from wagtail.admin.views.bulk_action import index as wagtail_bulk_action
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.documents import get_document_model
from wagtail.documents.views.chooser import viewset as document_chooser
from wagtail.images import get_image_model
from wagtail.images.views.chooser import viewset as image_chooser
from wagtail.models import Page, Workflow
from wagtail.permissions import policy_registry

from core.media import choosable


def may_edit(user, obj):
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_edit()
    return policy_registry.get_by_type(type(obj)).user_has_permission_for_instance(
        user, "change", obj
    )


def bulk_action(request, app_label, model_name, action):
    """Wagtail's bulk action, refused if it would name an object the user may not edit."""
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError as e:
        raise Http404 from e
    action_class = bulk_action_registry.get_bulk_action_class(app_label, model_name, action)
    if action_class is None:
        raise Http404
    view = action_class(request, model)
    _objects, without_access = view.get_actionable_objects()
    if any(not may_edit(request.user, obj) for obj in without_access["items_with_no_access"]):
        return permission_denied(request)
    return wagtail_bulk_action(request, app_label, model_name, action)


def conceal(page, user):
    """Show a page the user may not edit as readers see it: its live title, no draft."""
    if page is not None and not may_edit(user, page):
        page.draft_title = page.title
        page.has_unpublished_changes = False
    return page


class ConcealingTitleColumn(chooser.PageTitleColumn):
    def get_cell_context_data(self, instance, parent_context):
        conceal(instance, self.user)
        return super().get_cell_context_data(instance, parent_context)


class ConcealingParentColumn(chooser.ParentPageColumn):
    def get_value(self, instance):
        return conceal(instance.get_parent(), self.user)


class ConcealingChooser:
    @property
    def columns(self):
        columns = []
        for column in super().columns:
            if type(column) is chooser.PageTitleColumn:
                column.__class__ = ConcealingTitleColumn
            elif type(column) is chooser.ParentPageColumn:
                column.__class__ = ConcealingParentColumn
            column.user = self.request.user
            columns.append(column)
        return columns


class BrowseView(ConcealingChooser, chooser.BrowseView):
    def get(self, request, parent_page_id=None):
        if parent_page_id:
            parent = Page.objects.filter(pk=parent_page_id).first()
            if parent is None:
                raise Http404
            if not parent.live and not may_edit(request.user, parent):
                return permission_denied(request)
        return super().get(request, parent_page_id)


class SearchView(ConcealingChooser, chooser.SearchView):
    pass


class ChosenMultipleView(chooser.ChosenMultipleView):
    def get(self, request):
        pages = Page.objects.filter(pk__in=request.GET.getlist("id")).specific()
        for hook in hooks.get_hooks("construct_page_chooser_queryset"):
            pages = hook(pages, request)
        result = [
            {
                "id": page.pk,
                "parentId": page.get_parent().pk,
                "adminTitle": conceal(page, request.user).get_admin_display_title(),
                "editUrl": reverse("wagtailadmin_pages:edit", args=(page.pk,)),
                "url": page.url,
            }
            for page in pages
        ]
        return self.render_chosen_response(result)


def confirm_workflow_cancellation(request, page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        raise Http404
    if not may_edit(request.user, page):
        return permission_denied(request)
    return wagtail_confirm_cancellation(request, page_id=page_id)


wagtail_confirm_cancellation = page_viewset_registry.as_view(
    "confirm_workflow_cancellation", page_id_kwarg="page_id"
)


def chosen_media(chooser, get_model):
    """Wagtail's view for several images or documents chosen, refused if one of them is
    not the user's to choose."""

    def view(request):
        ids = set(request.GET.getlist("id"))
        if not all(i.isdigit() for i in ids) or (
            choosable(get_model(), request.user).filter(pk__in=ids).count() != len(ids)
        ):
            return permission_denied(request)
        return chooser.chosen_multiple_view(request)

    return view


def for_workflow_editors(view):
    """A view of the workflow editor's task chooser, for those who may edit workflows."""

    def checked(request, *args, **kwargs):
        if not policy_registry.get_by_type(Workflow).user_has_any_permission(
            request.user, {"add", "change"}
        ):
            return permission_denied(request)
        return view(request, *args, **kwargs)

    return checked


def admin_view(view):
    return never_cache(require_admin_access(view))


urlpatterns = [
    path("admin/bulk/<str:app_label>/<str:model_name>/<str:action>/", admin_view(bulk_action)),
    path("admin/choose-page/", admin_view(BrowseView.as_view())),
    path("admin/choose-page/<int:parent_page_id>/", admin_view(BrowseView.as_view())),
    path("admin/choose-page/search/", admin_view(SearchView.as_view())),
    path("admin/choose-page/chosen-multiple/", admin_view(ChosenMultipleView.as_view())),
    path(
        "admin/pages/workflow/confirm_cancellation/<int:page_id>/",
        admin_view(confirm_workflow_cancellation),
    ),
    path(
        "admin/images/chooser/chosen-multiple/",
        admin_view(chosen_media(image_chooser, get_image_model)),
    ),
    path(
        "admin/documents/chooser/chosen-multiple/",
        admin_view(chosen_media(document_chooser, get_document_model)),
    ),
    path(
        "admin/workflows/task_chooser/",
        admin_view(for_workflow_editors(workflows.TaskChooserView.as_view())),
    ),
    path(
        "admin/workflows/task_chooser/results/",
        admin_view(for_workflow_editors(workflows.TaskChooserResultsView.as_view())),
    ),
    path(
        "admin/workflows/task_chooser/create/",
        admin_view(for_workflow_editors(workflows.TaskChooserCreateView.as_view())),
    ),
    path(
        "admin/workflows/task_chooser/<int:task_id>/",
        admin_view(for_workflow_editors(workflows.task_chosen)),
    ),
]
