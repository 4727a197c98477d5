"""SQLite, and languages written without spaces on any database: an `icontains` filter
picks candidate pages, and the text helpers check and rank them on their text as the
reader sees it. One query per page type."""

import json

from django.db.models import Q

from search.backends.base import Hit, columns, computed_fields, passages
from search.text import score, term_root


def needles(term, stream):
    """Strings an icontains filter looks for to find the term: its root in a few cases
    (SQLite folds only ASCII letters), and, in a StreamField's JSON, \\u-escaped."""
    root = term_root(term)
    found = {root, root.upper(), root.capitalize()}
    if stream:
        found |= {json.dumps(n)[1:-1] for n in found}
    return found


def substring_hits(model, ids, language, terms):
    """SQLite, and unspaced languages: filter candidates on the longest term, then check
    and rank every term on the text the reader sees."""
    longest = max(terms, key=len)
    condition = Q()
    for column in columns(model):
        for name in filter(None, column.for_language(language)):
            for needle in needles(longest, column.stream):
                condition |= Q(**{f"{name}__icontains": needle})
    pages = model.objects.filter(pk__in=ids)
    # Computed search fields are not in the database: with them, every page is a candidate.
    if not computed_fields(model):
        pages = pages.filter(condition)
    hits = []
    for page in pages:
        page_score = score(passages(page, language), terms)
        if page_score:
            hits.append(Hit(model, page.pk, page.path, page.url_path, page_score, page))
    return hits
