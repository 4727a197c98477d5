"""URL wiring: the admin outside the language prefix, every public page inside it."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import robots, views
from core.sitemap import sitemap
from operations import admin_reports, admin_titles, health
from search import views as search_views
from trustsite import errors

handler500 = "trustsite.errors.server_error"

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    # In front of Wagtail's own routes for them: one more check (operations.admin_reports).
    *admin_reports.urlpatterns,
    # In front of Wagtail's: bulk confirmations, the page chooser and the workflow
    # cancellation name nothing the user may not edit (operations.admin_titles).
    *admin_titles.urlpatterns,
    path("admin/test404/", errors.not_found),
    path("admin/failwhale/", errors.not_found),
    # Wagtail keeps an upload apart only for an image or document model with required
    # fields of its own (not this site's); its views for turning one into an image or a
    # document fail (500) for a user with no collection to add to, and, for documents,
    # whenever WAGTAILDOCS_EXTENSIONS is set.
    path(
        "admin/images/multiple/create_from_uploaded_image/<int:uploaded_file_id>/",
        errors.not_found,
    ),
    path(
        "admin/documents/multiple/create_from_uploaded_document/<int:uploaded_file_id>/",
        errors.not_found,
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots.robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's own public routes except its serve view, which ours replaces: the password
# form of a restricted page posts to _util/authenticate_with_password/, and a page for
# logged-in readers sends them to _util/login/. They come before our serve pattern,
# which matches any path and would answer 404 for them.
wagtail_utility_urls = [p for p in wagtail_urls.urlpatterns if p.name != "wagtail_serve"]

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("", include(wagtail_utility_urls)),
    re_path(wagtail_urls.serve_pattern, views.serve, name="wagtail_serve"),
    # A file a page serves under its URL (a calendar's calendar.ics), which the page's
    # own route() answers: Wagtail's pattern takes only paths that end in a slash.
    re_path(r"^((?:[\w\-]+/)+[\w\-]+\.ics)$", views.serve, name="page_file"),
    prefix_default_language=True,
)
