"""The site's page text to and from translators' tools, as gettext PO files.

`export_po` writes one entry per translated text field of each live page with English
text: msgctxt "<page url_path>|<field>", msgid the English as stored, msgstr the
translation (empty if none). An entry is fuzzy when its translation is outdated (its
previous_msgid is then the English it was made from, as `freshness` recorded it) or
still a draft nobody has reviewed.

`import_po` writes a file back: only translations of the English of now (an entry whose
msgid is no longer the page's English is refused), never the English, and each changed
page is saved as one new revision and published, so `freshness.track` records its
translations as current.

StreamFields are left out: their stored form is JSON of blocks, not one text a
translator can edit in Poedit or Weblate. They are translated in the page editor.
"""

from dataclasses import dataclass, field

import polib
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import to_locale
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import StreamField
from wagtail.models import Page

from localisation.freshness import tracked_fields
from localisation.models import PageTranslation, TranslationState
from localisation.text import normalise

SEPARATOR = "|"


def translatable_languages():
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def check_language(language):
    if language not in translatable_languages():
        raise ValueError(f"Not a language pages are translated into: {language!r}")


def text_fields(page):
    """The page's tracked fields that are one text each (StreamFields left out)."""
    return [
        name
        for name in tracked_fields(type(page))
        if not isinstance(page._meta.get_field(name), StreamField)
    ]


def context(page, name):
    return f"{page.url_path}{SEPARATOR}{name}"


def english(page, name):
    return getattr(page, build_localized_fieldname(name, settings.LANGUAGE_CODE)) or ""


def live_pages():
    return Page.objects.live().filter(depth__gte=2).order_by("path").specific()


def export_po(language, pages=None):
    """A POFile of the pages' texts (all live pages by default) in `language`."""
    check_language(language)
    pages = live_pages() if pages is None else pages
    now = timezone.now().strftime("%Y-%m-%d %H:%M%z")
    po = polib.POFile(wrapwidth=0)
    po.header = f"The trust website's page text in {dict(settings.LANGUAGES)[language]}."
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
    states = {
        row.page_id: row
        for row in PageTranslation.objects.filter(language=language, page__in=pages)
    }
    for page in pages:
        row = states.get(page.pk)
        outdated = row.outdated_fields() if row else {}
        draft = row is not None and row.state == TranslationState.DRAFT
        for name in text_fields(page):
            source = normalise(str(english(page, name)))
            if not source:
                continue
            translation = getattr(page, build_localized_fieldname(name, language)) or ""
            translation = normalise(str(translation))
            entry = polib.POEntry(msgctxt=context(page, name), msgid=source, msgstr=translation)
            entry.comment = str(page.title)
            if name in outdated:
                entry.flags.append("fuzzy")
                entry.previous_msgid = row.sources[name]["english"]
            elif draft and translation:
                entry.flags.append("fuzzy")
            po.append(entry)
    return po


@dataclass
class ImportReport:
    """(page url_path, field) per outcome, and why each refused or skipped one was."""

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


def import_po(language, pofile, user=None):
    """Store the translations of `pofile` (a polib.POFile) that are new; an ImportReport."""
    check_language(language)
    report = ImportReport()
    pages = {page.url_path: page for page in live_pages()}
    changed_pages = {}
    for entry in pofile:
        if entry.obsolete:
            continue
        path, _sep, name = (entry.msgctxt or "").rpartition(SEPARATOR)
        key = (path, name)
        page = pages.get(path)
        if page is None or name not in text_fields(page):
            report.add("unknown", key)
            continue
        if normalise(entry.msgid) != normalise(str(english(page, name))):
            report.add("refused", key, ENGLISH_CHANGED)
            continue
        if not normalise(entry.msgstr):
            report.add("skipped", key, NO_TRANSLATION)
            continue
        if "fuzzy" in entry.flags:
            report.add("skipped", key, KEPT_FUZZY)
            continue
        column = build_localized_fieldname(name, language)
        stored = normalise(str(getattr(page, column) or ""))
        if normalise(entry.msgstr) == stored:
            report.add("unchanged", key)
            continue
        if page.has_unpublished_changes:
            report.add("refused", key, UNPUBLISHED_CHANGES)
            continue
        setattr(page, column, normalise(entry.msgstr))
        changed_pages[page.pk] = page
        report.add("changed", key)
    with transaction.atomic():
        for page in changed_pages.values():
            revision = page.save_revision(user=user, log_action=True)
            revision.publish(user=user)
    report.pages_published = len(changed_pages)
    return report
