from wagtail import hooks

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
