from wagtail import hooks

from core.request_state import request_state


@hooks.register("before_serve_page")
def remember_served_page(page, request, serve_args, serve_kwargs):
    """Note which page this request serves, for the page cache (core.page_cache): only
    Wagtail pages are cached, and never one under a view restriction."""
    request_state(request).served_page = page
