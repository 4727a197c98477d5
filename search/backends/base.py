"""What the search backends share: which columns each page type is searched on, the
search fields it works out instead (methods, as Wagtail's callable search fields), the
text of a page as a reader of a language sees it, and a hit."""

import functools
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import translation
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import StreamField
from wagtail.models import Page

from search.text import SOURCE_LANGUAGE, Passage


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
            continue  # a method or property: see computed_fields()
        stream = isinstance(model_field, StreamField)
        if not stream and not isinstance(model_field, (models.CharField, models.TextField)):
            continue
        weight = "A" if name in ("title", "seo_title") else "C" if stream else "B"
        found.append(Column(name, weight, stream, name in translated))
    return tuple(found)


@functools.cache
def computed_fields(model):
    """The search fields a page type works out rather than stores: methods and properties
    in its `search_fields`, such as the partners page's partners. The database cannot
    search them, so every page of the type is a candidate and its text is worked out."""
    found = {}
    for search_field in model.get_searchable_search_fields():
        try:
            model._meta.get_field(search_field.field_name)
        except FieldDoesNotExist:
            found.setdefault(search_field.field_name, search_field)
    return tuple(found.values())


def is_empty(value):
    return value is None or value == "" or (hasattr(value, "__len__") and not len(value))


def strings_in(value):
    """The strings in a computed search field's value, read as Wagtail's indexer reads
    it: a string, a list of values, or anything else as its str()."""
    if is_empty(value):
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in strings_in(item)]
    return [str(value)]


def computed_passages(page, language):
    """The text of the page's computed search fields for a reader of `language`: each is
    called with that language active, so translated fields it reads give their text in
    that language or, where there is none, in English (modeltranslation's fallback).
    A method gives strings, not the language each is in: all count as `language`'s, as
    the partners page shows them. Worked out once per page object and language, so the
    backend that finds the page and the view that quotes it ask the database once."""
    known = page.__dict__.setdefault("computed_search_passages", {})
    if language not in known:
        with translation.override(language):
            known[language] = [
                Passage(text, "B", language)
                for search_field in computed_fields(type(page))
                for text in strings_in(search_field.get_value(page))
            ]
    return known[language]


def passages(page, language, outdated=()):
    """The page's searchable text as a reader of `language` sees it: in English where
    there is no translation, or where the translation is `outdated` (field names)."""
    found = []
    for column in columns(type(page)):
        own, english = column.for_language(language)
        value, shown_in = getattr(page, own), language if column.translated else SOURCE_LANGUAGE
        if english and (is_empty(value) or column.name in outdated):
            value, shown_in = getattr(page, english), SOURCE_LANGUAGE
        if is_empty(value):
            continue
        if column.stream:
            texts = type(page)._meta.get_field(column.name).get_searchable_content(value)
        else:
            texts = [value]
        found.extend(Passage(str(text), column.weight, shown_in) for text in texts if text)
    return found + computed_passages(page, language)


@dataclass
class Hit:
    model: type
    pk: int
    path: str
    url_path: str
    score: float
    page: Page | None = field(default=None, repr=False)
