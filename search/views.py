"""Site search, in the reader's language.

Each page is searched as a reader of the current language sees it: for every field the
page model lists in `search_fields`, that language's column (`summary_pl`), or the
English column where the page has no text in that language (modeltranslation's own
fallback). A method in `search_fields` (Wagtail's callable search field, such as the
partners page's `partner_texts`) is called with the reader's language active. A Polish
reader's words find Polish pages; English text only where the page shows English.

Wagtail's search index cannot do this. Its database backends store one title and one
body per page, with every language mixed together; `search(fields=[...])` on SQLite
can only name those two FTS columns (any other name is an SQL error), and on
PostgreSQL it works per model, not across Page. So this module queries the page
tables directly:

* PostgreSQL: full-text search (`to_tsvector @@ to_tsquery`, ranked with `ts_rank`)
  with the language's text search configuration, 'simple' where PostgreSQL has no
  dictionary (Polish, Persian). StreamFields are read from their JSON's string values,
  without block types or ids.
* SQLite, and Chinese on PostgreSQL (written without spaces, so PostgreSQL's parser
  cannot find its words): an `icontains` filter picks candidate pages, and the pure
  helpers below check and rank them on their text as the reader would see it.

The work is split as Wagtail splits its own database backends: search.text (pure
helpers), search.backends (one module per way of finding pages) and this view.

Queries: at most two per page type that has live pages, however many pages match; a
type with computed search fields adds their own queries for each of its pages, and one
more on PostgreSQL (the partners page: one, however many partners there are).
"""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.text import capfirst
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_safe
from modeltranslation.utils import build_localized_fieldname

from core.navigation import node_url, outdated_parts, section_links, site_name, site_root_path
from core.sitetree import get_tree
from search.backends import load_pages, search_pages
from search.backends.base import passages
from search.text import SOURCE_LANGUAGE, highlight, query_terms, snippet_passage

MAX_QUERY_LENGTH = 200
PER_PAGE = 10


def result(hit, request, root_path, language, terms):
    """What the results list shows for one hit: never an outdated translation (those
    parts come in English, as on the page itself)."""
    page = hit.page
    outdated = outdated_parts(request, page.pk, language)
    passage = snippet_passage(passages(page, language, outdated), terms)
    own_title = getattr(page, build_localized_fieldname("title", language), "")
    if "title" in outdated:
        own_title = None
    english_title = getattr(page, build_localized_fieldname("title", SOURCE_LANGUAGE))
    return {
        "title": own_title or english_title,
        "title_language": language if own_title else SOURCE_LANGUAGE,
        "url": node_url(hit, root_path),
        "kind": getattr(page, "search_kind", None) or capfirst(page._meta.verbose_name),
        "snippet": highlight(passage.text, terms) if passage else "",
        "snippet_language": passage.language if passage else language,
    }


@require_safe
def search(request):
    """The search page: a form, and the pages that match in the reader's language."""
    language = get_language()
    query = " ".join(request.GET.get("q", "").split())
    tree = get_tree(request)
    root_path = site_root_path(request)
    context = {
        "query": query,
        "max_length": MAX_QUERY_LENGTH,
        "meta_title": gettext("Search"),
        "meta_description": gettext("Search the pages of the %(name)s website.")
        % {"name": site_name(request)},
    }
    if len(query) > MAX_QUERY_LENGTH:
        context["too_long"] = True
        return render(request, "search/search.html", context, status=400)
    if query:
        terms = query_terms(query)
        hits = search_pages(tree, root_path, language, terms)
        page_obj = Paginator(hits, PER_PAGE).get_page(request.GET.get("page"))
        context["page_obj"] = page_obj
        context["page_query"] = urlencode({"q": query}) + "&"
        context["results"] = [
            result(hit, request, root_path, language, terms)
            for hit in load_pages(page_obj.object_list)
        ]
        if not hits:
            context["sections"] = section_links(request)
    return render(request, "search/search.html", context)
