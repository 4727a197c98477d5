"""The Enquiries menu: the enquiries each office answers, the topics the form offers
(trust editors) and subject access requests (trust editors)."""

from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from . import admin_views
from .records import Enquiry, EnquiryTopic

register_permission_policy(Enquiry, admin_views.EnquiryPermissionPolicy(Enquiry))


class EnquiryViewSet(ModelViewSet):
    model = Enquiry
    name = "enquiries"
    icon = "mail"
    menu_label = _("Enquiries")
    list_display = [
        "reference",
        "received_at",
        "office",
        "topic",
        "status",
        "assignee",
        "notification_state",
    ]
    list_filter = ["status", "topic"]
    search_fields = ["reference", "name", "email"]
    search_backend_name = None
    copy_view_enabled = False
    index_view_class = admin_views.EnquiryIndexView
    edit_view_class = admin_views.EnquiryEditView
    delete_view_class = admin_views.EnquiryDeleteView
    history_view_class = admin_views.EnquiryHistoryView
    usage_view_class = admin_views.EnquiryUsageView
    index_template_name = "enquiries/admin/index.html"
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("question", read_only=True),
                    FieldPanel("topic", read_only=True),
                    FieldRowPanel(
                        [FieldPanel("name", read_only=True), FieldPanel("reply_by", read_only=True)]
                    ),
                    FieldRowPanel(
                        [FieldPanel("email", read_only=True), FieldPanel("phone", read_only=True)]
                    ),
                    FieldPanel("reply_language", read_only=True),
                    FieldPanel("received_at", read_only=True),
                ],
                heading=_("The enquiry"),
            ),
            MultiFieldPanel(
                [FieldPanel("status"), FieldPanel("assignee"), FieldPanel("notes")],
                heading=_("Answering it"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("school", permission=admin_views.EVERY_ENQUIRY),
                    FieldPanel("to_trust", permission=admin_views.EVERY_ENQUIRY),
                ],
                heading=_("Who answers it"),
                permission=admin_views.EVERY_ENQUIRY,
            ),
        ],
        base_form_class=admin_views.EnquiryForm,
    )


class EnquiryTopicViewSet(ModelViewSet):
    model = EnquiryTopic
    name = "enquiry-topics"
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "handled_by_trust", "sort_order"]
    copy_view_enabled = False
    sort_order_field = None


class HandlersOfEveryEnquiryMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.EVERY_ENQUIRY)


class SubjectAccessViewSet(ViewSet):
    name = "subject-access"
    icon = "user"
    menu_label = _("Subject access requests")
    add_to_admin_menu = False

    def get_urlpatterns(self):
        return [path("", admin_views.SubjectAccessView.as_view(), name="index")]

    def get_menu_item(self, order=None):
        return HandlersOfEveryEnquiryMenuItem(
            self.menu_label,
            reverse_lazy("subject-access:index"),
            icon_name=self.icon,
            order=order or 300,
        )


class EnquiriesGroup(ViewSetGroup):
    menu_label = _("Enquiries")
    menu_icon = "mail"
    menu_order = 250
    items = (EnquiryViewSet, EnquiryTopicViewSet, SubjectAccessViewSet)


@hooks.register("register_admin_viewset")
def register_enquiries():
    return EnquiriesGroup()
