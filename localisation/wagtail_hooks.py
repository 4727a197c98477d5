from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .copy_content import copy_translation_content
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


# Ahead of wagtail-modeltranslation's own hook (order 0), so that this view, not the
# package's, answers the route (localisation.copy_content says why).
@hooks.register("register_admin_urls", order=-1)
def register_copy_translation_content_url():
    return [
        path(
            "pages/<int:page_id>/edit/copy_translation_content/",
            copy_translation_content,
            name="copy_translation_content",
        )
    ]


@hooks.register("insert_editor_js")
def give_jquery_the_csrf_token():
    return format_html('<script src="{}"></script>', static("localisation/js/csrf_for_jquery.js"))


class TranslationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(TranslationReportView.permission_required)


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return TranslationReportMenuItem(
        _("Translations"), reverse("translations"), icon_name="globe", order=700
    )
