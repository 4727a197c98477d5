from django.conf import settings
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail import hooks

from core.request_state import request_state
from core.sitetree import get_tree


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
    language = translation.get_language()
    node = get_tree(request).by_id.get(page.pk)
    outdated = node.outdated.get(language, {}) if node else {}
    for name in outdated:
        english = getattr(page, build_localized_fieldname(name, settings.LANGUAGE_CODE))
        setattr(page, build_localized_fieldname(name, language), english)
    request_state(request).outdated_fields = outdated
