"""Site search, in the reader's language.

Each page is searched as a reader of the current language sees it: for every field the
page model lists in `search_fields`, that language's column (`summary_pl`), or the
English column where the page has no text in that language (modeltranslation's own
fallback). A Polish reader's words find Polish pages; English text only where the page
shows English.

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

Queries: at most two per page type that has live pages, however many pages match.
"""

import functools
import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import (
    SearchConfig,
    SearchQuery,
    SearchRank,
    SearchVectorField,
)
from django.core.exceptions import FieldDoesNotExist
from django.core.paginator import Paginator
from django.db import connection, models
from django.db.models import F, Func, Q, Value
from django.db.models.functions import Coalesce, NullIf
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_safe
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import StreamField
from wagtail.models import Page

from trustsite.navigation import menu_items
from trustsite.sitetree import get_tree
from trustsite.templatetags.navigation_tags import node_url, site_root_path

SOURCE_LANGUAGE = "en"
MAX_QUERY_LENGTH = 200
MAX_TERMS = 10
PER_PAGE = 10
SNIPPET_LENGTH = 220

# PostgreSQL text search configurations; any other language uses 'simple' (no stemming).
FTS_CONFIGS = {
    "en": "english",
    "ro": "romanian",
    "pt": "portuguese",
    "es": "spanish",
    "ar": "arabic",
}
# Languages written without spaces between words: matched as substrings.
UNSPACED_LANGUAGES = {"zh-hans"}

# PostgreSQL's default ts_rank weights for A, B, C, D, for ranking in Python alike.
WEIGHTS = {"A": 1.0, "B": 0.4, "C": 0.2, "D": 0.1}

# Han and kana: scripts written without spaces. A word is a run of letters and digits
# in one of these scripts, or in any other: "于2016年" is "于", "2016", "年".
UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
WORD = re.compile(f"[{UNSPACED}]+|[^\\W_{UNSPACED}]+")
UNSPACED_SCRIPT = re.compile(f"[{UNSPACED}]")
# Every string value in a StreamField's JSON except block types and ids.
STREAM_TEXT_PATH = (
    'strict $.** ? (@.type() == "object").keyvalue()'
    ' ? (@.key != "type" && @.key != "id" && @.value.type() == "string").value'
)


# Pure helpers: query terms, matching, ranking and snippets.


def query_terms(query):
    """The distinct words of a query, case-folded, at most MAX_TERMS of them. Single
    letters are left out (the "s" of "Regent’s" would match every word starting with s),
    except in scripts where one character is a word."""
    terms = []
    for word in WORD.findall(query.casefold()):
        if word not in terms and (len(word) > 1 or is_unspaced(word)):
            terms.append(word)
    return terms[:MAX_TERMS]


def is_unspaced(term):
    return bool(UNSPACED_SCRIPT.search(term))


def term_root(term):
    """What a word must start with to match the term: the term less up to two final
    letters, so "schools" finds "school" and Polish "szkoła" finds "szkoły"."""
    if is_unspaced(term) or len(term) <= 5:
        return term
    return term[: max(5, len(term) - 2)]


def match_spans(text, terms):
    """(start, end, term) for each place in text that matches a term, in order: whole
    words starting with the term's root or, for unspaced scripts, the term itself."""
    spans = []
    spaced = [(term, term_root(term)) for term in terms if not is_unspaced(term)]
    for word in WORD.finditer(text):
        folded = word.group().casefold()
        for term, root in spaced:
            if folded.startswith(root):
                spans.append((word.start(), word.end(), term))
                break
    for term in terms:
        if is_unspaced(term):
            spans.extend(
                (m.start(), m.end(), term)
                for m in re.finditer(re.escape(term), text, flags=re.IGNORECASE)
            )
    spans.sort()
    merged = []
    for span in spans:
        if merged and span[0] < merged[-1][1]:
            continue
        merged.append(span)
    return merged


@dataclass(frozen=True)
class Passage:
    """A piece of a page's text as a reader sees it, and the language it is in."""

    text: str
    weight: str = "B"
    language: str = SOURCE_LANGUAGE


def score(passages, terms):
    """How well the passages match: 0 unless every term occurs; otherwise the weighted
    number of occurrences (a title counts most)."""
    if not terms:
        return 0.0
    counts = dict.fromkeys(terms, 0.0)
    for passage in passages:
        for _start, _end, term in match_spans(passage.text, terms):
            counts[term] += WEIGHTS[passage.weight]
    return sum(counts.values()) if all(counts.values()) else 0.0


def highlight(text, terms, length=SNIPPET_LENGTH):
    """An HTML-escaped extract of text around the first match, matches in <mark>."""
    text = " ".join(text.split())
    spans = match_spans(text, terms)
    start, end = 0, len(text)
    if len(text) > length:
        first = spans[0][0] if spans else 0
        start = max(0, first - length // 4)
        if start:
            space = text.find(" ", start, first)
            start = space + 1 if space != -1 else start
        end = min(len(text), start + length)
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space if space > start else end
    parts = ["…" if start else ""]
    position = start
    for span_start, span_end, _term in spans:
        if span_start < start or span_end > end:
            continue
        parts.append(escape(text[position:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        position = span_end
    parts.append(escape(text[position:end]))
    parts.append("…" if end < len(text) else "")
    return mark_safe("".join(parts))  # noqa: S308 (every piece of text is escaped above)


def snippet_passage(passages, terms):
    """The passage to quote in a result: the first outside the title that matches, or
    failing that the first outside the title."""
    body = [p for p in passages if p.weight != "A" and p.text.strip()]
    return next((p for p in body if match_spans(p.text, terms)), body[0] if body else None)


# What each page type is searched on.


@dataclass(frozen=True)
class Column:
    """A field in `search_fields`: its weight, and whether it is a StreamField and
    translated (one column per language) or not."""

    name: str
    weight: str
    stream: bool
    translated: bool

    def for_language(self, language):
        """(column in that language, English column to fall back on, or None)."""
        if not self.translated:
            return self.name, None
        own = build_localized_fieldname(self.name, language)
        english = build_localized_fieldname(self.name, SOURCE_LANGUAGE)
        return own, (english if own != english else None)


@functools.cache
def columns(model):
    """The text columns a page type is searched on, from its `search_fields`."""
    try:
        translated = set(translator.get_options_for_model(model).get_field_names())
    except NotRegistered:
        translated = set()
    # wagtail-modeltranslation adds a SearchField per language column (summary_pl, ...)
    # to `search_fields`; each language is searched through its base field instead.
    localized = {
        build_localized_fieldname(name, code)
        for name in translated
        for code, _ in settings.LANGUAGES
    }
    found = []
    for search_field in model.get_searchable_search_fields():
        name = search_field.field_name
        if name in localized or any(column.name == name for column in found):
            continue
        try:
            model_field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue  # a method or property: not in the database
        stream = isinstance(model_field, StreamField)
        if not stream and not isinstance(model_field, (models.CharField, models.TextField)):
            continue
        weight = "A" if name in ("title", "seo_title") else "C" if stream else "B"
        found.append(Column(name, weight, stream, name in translated))
    return tuple(found)


def is_empty(value):
    return value is None or value == "" or (hasattr(value, "__len__") and not len(value))


def passages(page, language):
    """The page's searchable text as a reader of `language` sees it."""
    found = []
    for column in columns(type(page)):
        own, english = column.for_language(language)
        value, shown_in = getattr(page, own), language if column.translated else SOURCE_LANGUAGE
        if is_empty(value) and english:
            value, shown_in = getattr(page, english), SOURCE_LANGUAGE
        if is_empty(value):
            continue
        if column.stream:
            texts = type(page)._meta.get_field(column.name).get_searchable_content(value)
        else:
            texts = [value]
        found.extend(Passage(str(text), column.weight, shown_in) for text in texts if text)
    return found


# Finding the pages.


@dataclass
class Hit:
    model: type
    pk: int
    path: str
    url_path: str
    score: float
    page: Page | None = field(default=None, repr=False)


class TsVector(Func):
    """setweight(to_tsvector(config, text or jsonb), weight)."""

    template = "setweight(to_tsvector(%(expressions)s), '%(weight)s')"
    output_field = SearchVectorField()

    def __init__(self, config, expression, weight):
        super().__init__(SearchConfig(config), expression, weight=weight)


class Concatenated(Func):
    """tsvector || tsvector || ..."""

    template = "(%(expressions)s)"
    arg_joiner = " || "
    output_field = SearchVectorField()


class StreamStrings(Func):
    """A StreamField's text, as a JSON array of its string values."""

    template = "jsonb_path_query_array(%(expressions)s::jsonpath)"
    output_field = models.JSONField()

    def __init__(self, expression):
        super().__init__(expression, Value(STREAM_TEXT_PATH))


def column_expression(column, language):
    """The column as the reader sees it: the language's value, or English if it is empty."""
    own, english = column.for_language(language)
    if column.stream:
        empty = Value([], output_field=models.JSONField())
        value = StreamStrings(F(own))
        if english:
            value = Coalesce(NullIf(value, empty), StreamStrings(F(english)))
        return Coalesce(value, empty)
    value = F(own)
    if english:
        value = Coalesce(NullIf(F(own), Value("")), F(english), output_field=models.TextField())
    return Coalesce(value, Value(""), output_field=models.TextField())


def tsquery(terms, config):
    """to_tsquery input: every term, as a prefix. Without a stemmer ('simple') a term is
    cut to its root, as on SQLite, so Polish "szkoła" still finds "szkołą". Terms are
    letters and digits only, so they need no quoting beyond the quotes around them."""
    if config == "simple":
        terms = [term_root(term) for term in terms]
    return " & ".join(f"'{term}':*" for term in terms)


def full_text_hits(model, ids, language, terms):
    """PostgreSQL: the pages of one type that match, with their rank, in one query."""
    config = FTS_CONFIGS.get(language, "simple")
    vector = Concatenated(
        *(
            TsVector(config, column_expression(column, language), column.weight)
            for column in columns(model)
        )
    )
    query = SearchQuery(tsquery(terms, config), config=config, search_type="raw")
    rows = (
        model.objects.filter(pk__in=ids)
        .annotate(search_vector=vector)
        .filter(search_vector=query)
        .annotate(rank=SearchRank(F("search_vector"), query))
        .values_list("pk", "path", "url_path", "rank")
    )
    return [Hit(model, pk, path, url_path, rank) for pk, path, url_path, rank in rows]


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
    hits = []
    for page in model.objects.filter(pk__in=ids).filter(condition):
        page_score = score(passages(page, language), terms)
        if page_score:
            hits.append(Hit(model, page.pk, page.path, page.url_path, page_score, page))
    return hits


def uses_full_text(language):
    return connection.vendor == "postgresql" and language not in UNSPACED_LANGUAGES


def search_pages(tree, root_path, language, terms):
    """Every live, public page of the site that matches, best first."""
    if not terms or root_path is None:
        return []
    by_type = {}
    for node in tree.nodes:
        if node.url_path.startswith(root_path) and not tree.is_restricted(node.path):
            by_type.setdefault(node.content_type_id, []).append(node.id)
    find = full_text_hits if uses_full_text(language) else substring_hits
    hits = []
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None or not issubclass(model, Page) or not columns(model):
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


def result(hit, root_path, language, terms):
    """What the results list shows for one hit."""
    page = hit.page
    passage = snippet_passage(passages(page, language), terms)
    own_title = getattr(page, build_localized_fieldname("title", language), "")
    return {
        "title": page.title,
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
        "meta_description": gettext(
            "Search the pages of the Southampton Co-operative Learning Trust website."
        ),
    }
    if len(query) > MAX_QUERY_LENGTH:
        context["too_long"] = True
        return render(request, "trustsite/search.html", context, status=400)
    if query:
        terms = query_terms(query)
        hits = search_pages(tree, root_path, language, terms)
        page_obj = Paginator(hits, PER_PAGE).get_page(request.GET.get("page"))
        context["page_obj"] = page_obj
        context["page_query"] = urlencode({"q": query}) + "&"
        context["results"] = [
            result(hit, root_path, language, terms) for hit in load_pages(page_obj.object_list)
        ]
        if not hits and root_path is not None:
            sections = tree.menu_children(root_path)
            context["sections"] = menu_items(sections, "", lambda n: node_url(n, root_path))
    return render(request, "trustsite/search.html", context)
