from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import PageTranslation
from .po_views import DownloadView, ExchangeView
from .report import TranslationReportView


@hooks.register("register_admin_urls")
def register_translation_report_url():
    return [
        path("reports/translations/", TranslationReportView.as_view(), name="translations"),
        path("reports/translations/po/", ExchangeView.as_view(), name="translations_po"),
        path(
            "reports/translations/po/<str:language>/",
            DownloadView.as_view(),
            name="translations_po_download",
        ),
    ]


class TranslationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(TranslationReportView.permission_required)


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return TranslationReportMenuItem(
        _("Translations"), reverse("translations"), icon_name="globe", order=700
    )


class PageTranslationViewSet(SnippetViewSet):
    """Each page's translation state per language, for marking drafts as reviewed."""

    model = PageTranslation
    icon = "globe"
    list_display = ["page", "language", "state", "updated_at"]
    list_filter = ["language", "state"]

    def get_queryset(self, request):
        # The listing shows each row's page: fetch them with the rows, not one by one.
        return PageTranslation.objects.select_related("page")


register_snippet(PageTranslationViewSet)
