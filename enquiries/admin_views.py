"""The admin's enquiry screens: each office sees only its own school's enquiries; trust
editors see every one and answer subject access requests.

Wagtail's generic model views fetch an object by its primary key from the whole table
and check only model-wide permissions, so every view that names one enquiry is given
`HandledOnly`, and the listing starts from `Enquiry.objects.handled_by(user)`. The
permission matrix (operations.admin_routes) asks every route for another school's
enquiry as each role.
"""

import json

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic import DeleteView, EditView, IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from .records import Enquiry, RejectedPosts

EVERY_ENQUIRY = "enquiries.handle_every_enquiry"


def handlers_of(enquiry):
    """Who may be given an enquiry to answer: its school's office, and whoever handles
    every enquiry."""
    by_office = Q(
        groups__page_permissions__page=enquiry.school_id,
        groups__page_permissions__permission__codename="change_page",
    )
    everyone = Q(groups__permissions__codename="handle_every_enquiry") | Q(is_superuser=True)
    handlers = everyone | by_office if enquiry.school_id else everyone
    return get_user_model().objects.filter(handlers, is_active=True).distinct()


class EnquiryPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions (offices: view and change; trust editors: delete too),
    and for one enquiry, only someone who handles it."""

    def user_has_permission(self, user, action):
        # Enquiries come from the public form only: nobody adds one in the admin.
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and (
            Enquiry.objects.handled_by(user).filter(pk=instance.pk).exists()
        )

    def instances_user_has_permission_for(self, user, action):
        if not self.user_has_permission(user, action):
            return Enquiry.objects.none()
        return Enquiry.objects.handled_by(user)


class EnquiryForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "assignee" in self.fields:
            self.fields["assignee"].queryset = handlers_of(self.instance).order_by(
                "first_name", "last_name", "username"
            )


class HandledOnly:
    """For a view of one enquiry: refuse one its user does not handle."""

    def get_object(self, *args, **kwargs):
        enquiry = super().get_object(*args, **kwargs)
        if not Enquiry.objects.handled_by(self.request.user).filter(pk=enquiry.pk).exists():
            raise PermissionDenied
        return enquiry


class EnquiryIndexView(IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .handled_by(self.request.user)
            .select_related("school", "topic", "assignee")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.request.user.has_perm(EVERY_ENQUIRY):
            today = RejectedPosts.objects.filter(day=timezone.localdate())
            context["rejected_today"] = {r.get_reason_display(): r.count for r in today}
        return context


class EnquiryEditView(HandledOnly, EditView):
    pass


class EnquiryDeleteView(HandledOnly, DeleteView):
    pass


class EnquiryHistoryView(HandledOnly, HistoryView):
    pass


class EnquiryUsageView(HandledOnly, UsageView):
    pass


def subject_access_record(enquiry):
    """One enquiry as a subject access export gives it: everything stored about it."""
    return {
        "reference": enquiry.reference,
        "received": enquiry.received_at.isoformat(),
        "school": enquiry.school.title if enquiry.school else None,
        "for_the_trust": enquiry.to_trust,
        "topic": enquiry.topic.name if enquiry.topic else None,
        "question": enquiry.question,
        "name": enquiry.name,
        "answer_by": enquiry.reply_by,
        "email": enquiry.email,
        "phone": enquiry.phone,
        "answer_in": enquiry.reply_language,
        "written_from_the_site_in": enquiry.page_language,
        "status": enquiry.status,
        "notes": enquiry.notes,
        "closed": enquiry.closed_at.isoformat() if enquiry.closed_at else None,
    }


class SubjectAccessView(WagtailAdminTemplateMixin, TemplateView):
    """Find everything one person sent (by the email address they gave), download it as
    JSON for a subject access request, or delete it for an erasure request."""

    template_name = "enquiries/admin/subject_access.html"
    page_title = _("Subject access requests")
    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(EVERY_ENQUIRY):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def email(self):
        return (self.request.POST.get("email") or self.request.GET.get("email", "")).strip()

    def enquiries(self):
        email = self.email()
        if not email:
            return Enquiry.objects.none()
        return Enquiry.objects.of_person(email).select_related("school", "topic")

    def get(self, request, *args, **kwargs):
        if request.GET.get("format") == "json" and self.email():
            records = [subject_access_record(e) for e in self.enquiries()]
            response = HttpResponse(
                json.dumps({"email": self.email(), "enquiries": records}, indent=2),
                content_type="application/json",
            )
            response["Content-Disposition"] = 'attachment; filename="enquiries.json"'
            return response
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        enquiries = list(self.enquiries())
        if request.POST.get("confirm") != "delete" or not enquiries:
            return redirect(request.path)
        with transaction.atomic():
            for enquiry in enquiries:
                log(instance=enquiry, action="wagtail.delete", user=request.user)
            Enquiry.objects.filter(pk__in=[e.pk for e in enquiries]).delete()
        messages.success(
            request,
            ngettext(
                "Deleted %(count)d enquiry sent from %(email)s.",
                "Deleted %(count)d enquiries sent from %(email)s.",
                len(enquiries),
            )
            % {"count": len(enquiries), "email": self.email()},
        )
        return redirect(request.path)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["email"] = self.email()
        context["enquiries"] = self.enquiries()
        return context
