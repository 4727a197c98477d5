"""The site's page text to and from translators' tools, as gettext PO files.

`export_po` writes one entry per text of each live page with English text: msgctxt
"<page url_path>|<field>" for a text field, and "<page url_path>|<field>|<place>" for
each text in a StreamField's blocks (localisation.units: "3.items.2" is the third point
of the fourth block); msgid the English as stored, msgstr the translation (empty if
none). An entry is fuzzy when its translation is outdated (its previous_msgid is then
the English it was made from, as `freshness` recorded it) or still a draft nobody has
reviewed.

`import_po` writes a file back: only translations of the English of now (an entry whose
msgid is no longer the page's English is refused), never the English, and each changed
page is saved as one new revision and published, so `freshness.track` records its
translations as current. A StreamField's translation is built from its English blocks,
each text replaced by its translation. A rich text's translation is refused unless it
is made only of the markup its editor stores (localisation.markup): it is rendered
unescaped.

The content command loads the shipped drafts (content/data/translations/*.po, in this
format) with `import_catalogues(..., shipped=True)`: it fills only fields with no
translation yet, and a draft of English that has since changed (a typo fixed in
site.yaml) is stored all the same, recorded as made from its msgid: outdated.
"""

from dataclasses import dataclass, field

import polib
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import to_locale
from modeltranslation.utils import build_localized_fieldname
from wagtail.blocks import RichTextBlock
from wagtail.fields import RichTextField
from wagtail.models import Page

from localisation.freshness import record_made_from, tracked_fields
from localisation.markup import markup_problem
from localisation.models import PageTranslation
from localisation.text import normalise
from localisation.translating import locked_for
from localisation.units import (
    current_units,
    definition_at,
    is_stream,
    stream_data,
    stream_units,
    strip_ids,
    translated_stream,
    untranslated_places,
)

SEPARATOR = "|"


def translatable_languages():
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def check_language(language):
    if language not in translatable_languages():
        raise ValueError(f"Not a language pages are translated into: {language!r}")


def context(page, name, place=None):
    parts = [page.url_path, name] + ([place] if place is not None else [])
    return SEPARATOR.join(parts)


def english(page, name):
    return getattr(page, build_localized_fieldname(name, settings.LANGUAGE_CODE)) or ""


def live_pages():
    return Page.objects.live().filter(depth__gte=2).order_by("path").specific()


def field_texts(page, name, language):
    """[(place, English, translation)] for a field: one with place None for a text
    field, one per text for a StreamField (a translation whose blocks are not the
    English blocks gives none)."""
    model = type(page)
    column = build_localized_fieldname(name, language)
    if not is_stream(model, name):
        translation = normalise(str(getattr(page, column) or ""))
        return [(None, normalise(str(english(page, name))), translation)]
    block = model._meta.get_field(name).stream_block
    english_data = stream_data(model, name, english(page, name))
    translated_data = stream_data(model, name, getattr(page, column))
    translated = current_units(block, english_data, translated_data)
    return [
        (place, normalise(text), normalise(translated.get(place, "")))
        for place, text in stream_units(block, english_data)
    ]


def new_catalogue(language, header):
    now = timezone.now().strftime("%Y-%m-%d %H:%M%z")
    po = polib.POFile(wrapwidth=0)
    po.header = header
    po.metadata = {
        "Project-Id-Version": "Southampton Co-operative Learning Trust website",
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": now,
        "PO-Revision-Date": now,
        "Last-Translator": "",
        "Language-Team": "Southampton Co-operative Learning Trust",
        "Language": to_locale(language),
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    return po


def export_po(language, pages=None):
    """A POFile of the pages' texts (all live pages by default) in `language`."""
    check_language(language)
    pages = live_pages() if pages is None else pages
    po = new_catalogue(
        language, f"The trust website's page text in {dict(settings.LANGUAGES)[language]}."
    )
    states = {
        row.page_id: row
        for row in PageTranslation.objects.filter(language=language, page__in=pages)
    }
    for page in pages:
        row = states.get(page.pk)
        sources = row.sources if row else {}
        for name in tracked_fields(type(page)):
            source = sources.get(name, {})
            for place, text, translation in field_texts(page, name, language):
                if not text:
                    continue
                entry = polib.POEntry(
                    msgctxt=context(page, name, place), msgid=text, msgstr=translation
                )
                entry.comment = str(page.title)
                if source.get("outdated_since"):
                    entry.flags.append("fuzzy")
                    earlier = (
                        source["english"] if place is None else source.get("units", {}).get(place)
                    )
                    if earlier and earlier != text:
                        entry.previous_msgid = earlier
                elif translation and not source.get("reviewed"):
                    entry.flags.append("fuzzy")  # a draft nobody has reviewed yet
                po.append(entry)
    return po


@dataclass
class ImportReport:
    """(page url_path, field) per outcome, and why each refused or skipped one was; a
    StreamField's text is named "field|place"."""

    changed: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    refused: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    unknown: list = field(default_factory=list)
    reasons: dict = field(default_factory=dict)
    pages_published: int = 0

    CATEGORIES = ("changed", "unchanged", "refused", "skipped", "unknown")

    def add(self, category, key, reason=None):
        getattr(self, category).append(key)
        if reason:
            self.reasons[key] = reason

    def counts(self):
        return {name: len(getattr(self, name)) for name in self.CATEGORIES}


ENGLISH_CHANGED = _("English changed since export")
KEPT_FUZZY = _("still marked fuzzy: not yet done")
NO_TRANSLATION = _("no translation")
UNPUBLISHED_CHANGES = _("the page has changes waiting to be published")
ALREADY_TRANSLATED = _("already translated on the site")
LOCKED = _("someone has locked the page")
INCOMPLETE = _("other texts of this field have no translation yet: it would be half in English")
MARKUP = _("markup the editor does not allow here: %(markup)s")


def import_po(language, pofile, user=None, pages=None):
    """Store the translations of `pofile` (a polib.POFile) that are new; an ImportReport.
    `pages`: the pages it may write (all live pages by default)."""
    return import_catalogues({language: pofile}, user=user, pages=pages)[language]


def import_catalogues(catalogues, user=None, shipped=False, pages=None):
    """Store the translations of several languages' POFiles ({language: pofile}), each
    changed page published once; {language: ImportReport}. `pages`: the live pages it may
    write (all of them by default); an entry for any other is unknown.

    shipped: the content command's drafts: fill only fields with no translation yet, and
    store a translation of English that has changed since (recorded as outdated) rather
    than refuse it."""
    for language in catalogues:
        check_language(language)
    pages = {page.url_path: page for page in (live_pages() if pages is None else pages)}
    by_pk = {page.pk: page for page in pages.values()}
    reports = {language: ImportReport() for language in catalogues}
    changes = {}  # page pk -> {column: value}
    earlier = {}  # (page pk, language) -> {name: the English a shipped draft was made from}
    published = {language: set() for language in catalogues}
    for language, pofile in catalogues.items():
        report = reports[language]
        for (page_pk, name), texts in read_entries(pofile, pages, report, shipped).items():
            page = by_pk[page_pk]
            keys = [key for key, _place, _text, _made_from in texts]
            column = build_localized_fieldname(name, language)
            if shipped and getattr(page, column):
                outcome, reason = "skipped", ALREADY_TRANSLATED
            elif untranslated_texts(page, name, language, texts):
                outcome, reason = "skipped", INCOMPLETE
            elif (value := new_value(page, name, language, texts)) is None:
                outcome, reason = "unchanged", None
            elif locked_for(page, user):
                outcome, reason = "refused", LOCKED
            elif page.has_unpublished_changes:
                outcome, reason = "refused", UNPUBLISHED_CHANGES
            else:
                outcome, reason = "changed", None
                changes.setdefault(page.pk, {})[column] = value
                if made_from := english_made_from(page, name, texts):
                    earlier.setdefault((page.pk, language), {})[name] = made_from
                published[language].add(page.pk)
            for key in keys:
                report.add(outcome, key, reason)
    with transaction.atomic():
        for page_pk, columns in changes.items():
            page = by_pk[page_pk]
            for column, value in columns.items():
                setattr(page, column, value)
            revision = page.save_revision(user=user, log_action=True)
            # The caller checked that `user` translates these languages (a translator's
            # upload, or the content command); Wagtail's check is for publishing a page
            # as a whole, which translators never do: only their language's fields change.
            revision.publish(user=user, skip_permission_checks=True)
        for (page_pk, language), made_from in earlier.items():
            record_made_from(by_pk[page_pk], language, made_from)
    for language, report in reports.items():
        report.pages_published = len(published[language])
    return reports


def read_entries(pofile, pages, report, shipped):
    """{(page pk, field name): [(report key, place, translation, English it was made
    from if not the English of now)]} of the entries that may be stored; the others
    go in the report."""
    found = {}
    for entry in pofile:
        if entry.obsolete:
            continue
        path, name, *place = (entry.msgctxt or "").split(SEPARATOR)
        place = place[0] if place else None
        key = (path, name if place is None else f"{name}{SEPARATOR}{place}")
        page = pages.get(path)
        if page is None or name not in tracked_fields(type(page)):
            report.add("unknown", key)
            continue
        texts = {p: text for p, text, _tr in field_texts(page, name, settings.LANGUAGE_CODE)}
        if place not in texts:
            report.add("unknown", key)
            continue
        made_from = None
        if normalise(entry.msgid) != texts[place]:
            if not shipped:
                report.add("refused", key, ENGLISH_CHANGED)
                continue
            made_from = normalise(entry.msgid)
        if not normalise(entry.msgstr):
            report.add("skipped", key, NO_TRANSLATION)
            continue
        if "fuzzy" in entry.flags:
            report.add("skipped", key, KEPT_FUZZY)
            continue
        if problem := rich_text_problem(page, name, place, normalise(entry.msgstr)):
            report.add("refused", key, MARKUP % {"markup": problem})
            continue
        found.setdefault((page.pk, name), []).append(
            (key, place, normalise(entry.msgstr), made_from)
        )
    return found


def rich_text_problem(page, name, place, text):
    """For a rich text (a RichTextField, or a rich text block's place in a StreamField),
    the first markup in `text` that its editor could not have stored (localisation.markup),
    else None; a plain text is escaped wherever it is shown, so any text will do."""
    model = type(page)
    if is_stream(model, name):
        block = model._meta.get_field(name).stream_block
        definition = definition_at(block, english_data(page, name), place)
        if isinstance(definition, RichTextBlock):
            return markup_problem(text, definition.features)
        return None
    field = model._meta.get_field(name)
    if isinstance(field, RichTextField):
        return markup_problem(text, field.features)
    return None


def new_value(page, name, language, texts):
    """The field's new value in `language` from its entries' [(key, place, translation,
    made_from)], or None if that is what is stored already."""
    model = type(page)
    column = build_localized_fieldname(name, language)
    if not is_stream(model, name):
        text = texts[-1][2]
        return None if text == normalise(str(getattr(page, column) or "")) else text
    block = model._meta.get_field(name).stream_block
    current = stream_data(model, name, getattr(page, column))
    translations = {place: text for _key, place, text, _made_from in texts}
    data = translated_stream(block, english_data(page, name), translations, current)
    return None if strip_ids(data) == strip_ids(current) else data


def untranslated_texts(page, name, language, texts):
    """A StreamField's places that would stay in English with these entries stored."""
    model = type(page)
    if not is_stream(model, name):
        return []
    block = model._meta.get_field(name).stream_block
    current = stream_data(model, name, getattr(page, build_localized_fieldname(name, language)))
    translations = {place: text for _key, place, text, _made_from in texts}
    return untranslated_places(block, english_data(page, name), translations, current)


def english_made_from(page, name, texts):
    """The English value the entries were translated from, where one entry's English is
    not the English of now (a shipped draft from before a typo fix); else None."""
    earlier = {place: made_from for _key, place, _text, made_from in texts if made_from}
    if not earlier:
        return None
    if not is_stream(type(page), name):
        return earlier[None]
    block = page._meta.get_field(name).stream_block
    return translated_stream(block, english_data(page, name), earlier)


def english_data(page, name):
    return stream_data(type(page), name, english(page, name))
