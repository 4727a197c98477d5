"""PostgreSQL: full-text search (`to_tsvector @@ to_tsquery`, ranked with `ts_rank`)
with the language's text search configuration, 'simple' where PostgreSQL has no
dictionary (Polish, Persian). StreamFields are read from their JSON's string values,
without block types or ids. Computed search fields (methods) are worked out in Python
and sent with the query. One query per page type; a type with computed search fields
adds one to load its pages and the fields' own queries (the partners page: one)."""

from django.contrib.postgres.search import (
    SearchConfig,
    SearchQuery,
    SearchRank,
    SearchVectorField,
)
from django.db import models
from django.db.models import Case, F, Func, Value, When
from django.db.models.functions import Coalesce, NullIf

from search.backends.base import Hit, columns, computed_fields, computed_passages
from search.text import term_root

# PostgreSQL text search configurations; any other language uses 'simple' (no stemming).
FTS_CONFIGS = {
    "en": "english",
    "ro": "romanian",
    "pt": "portuguese",
    "es": "spanish",
    "ar": "arabic",
}
# Every string value in a StreamField's JSON except block types and ids.
STREAM_TEXT_PATH = (
    'strict $.** ? (@.type() == "object").keyvalue()'
    ' ? (@.key != "type" && @.key != "id" && @.value.type() == "string").value'
)


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


def computed_expression(pages, language):
    """Each page's computed search text for the reader of `language`, sent as a parameter:
    the database cannot work it out."""
    texts = {page.pk: " ".join(p.text for p in computed_passages(page, language)) for page in pages}
    return Case(
        *(When(pk=pk, then=Value(text)) for pk, text in texts.items()),
        default=Value(""),
        output_field=models.TextField(),
    )


def tsquery(terms, config):
    """to_tsquery input: every term, as a prefix. Without a stemmer ('simple') a term is
    cut to its root, as on SQLite, so Polish "szkoła" still finds "szkołą". Terms are
    letters and digits only, so they need no quoting beyond the quotes around them."""
    if config == "simple":
        terms = [term_root(term) for term in terms]
    return " & ".join(f"'{term}':*" for term in terms)


def full_text_hits(model, ids, language, terms):
    """PostgreSQL: the pages of one type that match, with their rank, in one query (after
    loading the pages, if the type has computed search fields)."""
    config = FTS_CONFIGS.get(language, "simple")
    vectors = [
        TsVector(config, column_expression(column, language), column.weight)
        for column in columns(model)
    ]
    pages = model.objects.in_bulk(ids) if computed_fields(model) else {}
    if pages:
        vectors.append(TsVector(config, computed_expression(pages.values(), language), "B"))
    vector = Concatenated(*vectors)
    query = SearchQuery(tsquery(terms, config), config=config, search_type="raw")
    rows = (
        model.objects.filter(pk__in=ids)
        .annotate(search_vector=vector)
        .filter(search_vector=query)
        .annotate(rank=SearchRank(F("search_vector"), query))
        .values_list("pk", "path", "url_path", "rank")
    )
    return [
        Hit(model, pk, path, url_path, rank, pages.get(pk)) for pk, path, url_path, rank in rows
    ]
