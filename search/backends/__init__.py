"""Finding the pages that match, with the backend that suits the database and language
(split as Wagtail splits its own database backends)."""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.models import Page

from search.backends.base import columns, computed_fields
from search.backends.postgres import full_text_hits
from search.backends.substring import substring_hits

# Languages written without spaces between words: matched as substrings.
UNSPACED_LANGUAGES = {"zh-hans"}


def uses_full_text(language):
    return connection.vendor == "postgresql" and language not in UNSPACED_LANGUAGES


def search_pages(tree, root_path, language, terms):
    """Every live, public page of the site that matches, best first."""
    if not terms or root_path is None:
        return []
    by_type = {}
    for node in tree.nodes:
        if node.url_path.startswith(root_path) and not tree.may_be_restricted(node.path):
            by_type.setdefault(node.content_type_id, []).append(node.id)
    find = full_text_hits if uses_full_text(language) else substring_hits
    hits = []
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None or not issubclass(model, Page):
            continue
        if not (columns(model) or computed_fields(model)):
            continue
        hits.extend(find(model, ids, language, terms))
    hits.sort(key=lambda hit: (-hit.score, hit.path))
    return hits


def load_pages(hits):
    """Fetch the specific pages of hits that do not have them yet: one query per type."""
    missing = {}
    for hit in hits:
        if hit.page is None:
            missing.setdefault(hit.model, []).append(hit)
    for model, model_hits in missing.items():
        pages = model.objects.in_bulk([hit.pk for hit in model_hits])
        for hit in model_hits:
            hit.page = pages.get(hit.pk)
    return [hit for hit in hits if hit.page is not None]
