from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .po_views import DownloadView, ExchangeView
from .report import TranslationReportView
from .views import TranslateView


@hooks.register("register_admin_urls")
def register_translation_report_url():
    return [
        path("reports/translations/", TranslationReportView.as_view(), name="translations"),
        path(
            "translations/<int:page_id>/<str:language>/",
            TranslateView.as_view(),
            name="translate_page",
        ),
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
