from wagtail import hooks
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet

from core.media import choosable
from core.navigation import in_english_where_outdated
from core.request_state import request_state


@hooks.register("before_serve_page")
def remember_served_page(page, request, serve_args, serve_kwargs):
    """Note which page this request serves, for the page cache (core.page_cache): only
    Wagtail pages are cached, and never one under a view restriction."""
    request_state(request).served_page = page


@hooks.register("before_serve_page")
def show_outdated_parts_in_english(page, request, serve_args, serve_kwargs):
    """A reader never gets an outdated translation as if it were current: each part of
    the page whose English changed after it was translated (localisation.freshness) is
    served in English, and noted so that the template marks it and says why."""
    request_state(request).outdated_fields = in_english_where_outdated(page, request)


class ChoosableImagesAPIViewSet(ImagesAdminAPIViewSet):
    """The admin API's images: only those the user may choose. Wagtail's own endpoint
    lists every image with its file's URL to anyone who may open the admin."""

    def get_queryset(self):
        return super().get_queryset().filter(pk__in=choosable(self.model, self.request.user))


class ChoosableDocumentsAPIViewSet(DocumentsAdminAPIViewSet):
    """The admin API's documents: only those the user may choose. Wagtail's own endpoint
    lists every document, with its download URL, to anyone who may open the admin."""

    def get_queryset(self):
        return super().get_queryset().filter(pk__in=choosable(self.model, self.request.user))


@hooks.register("construct_admin_api", order=1)
def keep_admin_api_to_choosable_media(router):
    """Replace the admin API's image and document endpoints, which Wagtail registers
    (wagtail/images/wagtail_hooks.py, wagtail/documents/wagtail_hooks.py) with every
    collection in them, by ones that list only what the user may choose. order=1: after
    Wagtail's own registration, which ours overwrites under the same names."""
    router.register_endpoint("images", ChoosableImagesAPIViewSet)
    router.register_endpoint("documents", ChoosableDocumentsAPIViewSet)
