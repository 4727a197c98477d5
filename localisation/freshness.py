"""Whether each translation is still a translation of the published English.

Each page's translation state per language (PageTranslation) remembers, field by field,
the English its translation was made from: a fingerprint of the text a reader reads
(normalised, markup left out, so re-saving a page or a markup-only change counts for
nothing) and that English text itself, so that the change can be shown. Whenever a page
is published, `track()` compares:

* a translation that changed since the last publish was made from the English of now:
  it is current;
* English that changed while its translation did not makes the translation *outdated*
  from that day, unless whoever published said the change does not affect translations
  (a typo fix: `translations_unaffected`), which keeps it current.

Each field also records whether a fluent reader has reviewed its translation (the
translation screen, localisation.views): a field translated again is a draft until
someone reviews it. The page's state per language is derived from these records
(PageTranslation.derived_state), so it cannot drift from its fields.

StreamFields are tracked whole, not block by block: a body's translation is written and
checked as one text in the editor, so that is the unit a reader's notice names. Titles
are tracked like any other text (an outdated title is served in English, in the heading
and in menus); slugs, SEO titles and search descriptions are not.
Only published content counts: drafts, moves and copies never reach `track()`.
"""

import hashlib

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import StreamField

from localisation.models import PageTranslation
from localisation.text import normalise
from localisation.units import is_stream, stream_data, stream_units

UNTRACKED = {"slug", "url_path", "seo_title", "search_description"}


def tracked_fields(model):
    """The translated fields of a page type whose freshness is tracked."""
    try:
        names = translator.get_options_for_model(model).get_field_names()
    except NotRegistered:
        return []
    return [name for name in names if name not in UNTRACKED]


def readable_text(page, name, language):
    """What a reader reads of a field in a language (no fallback), normalised and with
    its markup and repeated whitespace left out: the text that is compared."""
    return readable_value(
        type(page), name, getattr(page, build_localized_fieldname(name, language))
    )


def readable_value(model, name, value):
    """readable_text of a value of the field `name` (a StreamField's may be its stored
    data, a list of blocks)."""
    if not value:
        return ""
    field = model._meta.get_field(name)
    if isinstance(field, StreamField):
        if isinstance(value, list):
            value = field.to_python(value)
        text = " ".join(str(t) for t in field.get_searchable_content(value))
    else:
        text = strip_tags(str(value))
    return " ".join(normalise(text).split())


def english_record(model, name, value):
    """What a translation remembers of the English `value` of field `name` it was made
    from: the text as read and its fingerprint, and for a StreamField its texts by place
    (localisation.units), so that a translator's tool can show each one's change."""
    english = readable_value(model, name, value)
    record = {"english": english, "english_hash": fingerprint(english)}
    if is_stream(model, name):
        block = model._meta.get_field(name).stream_block
        record["units"] = dict(stream_units(block, stream_data(model, name, value)))
    return record


def current_english_record(page, name):
    """english_record of the page's English of now."""
    english = getattr(page, build_localized_fieldname(name, settings.LANGUAGE_CODE))
    return english_record(type(page), name, english)


def fingerprint(text):
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def track(page, minor=False, when=None):
    """Bring the page's translation states up to date with what was just published."""
    when = when or timezone.now()
    rows = {row.language: row for row in PageTranslation.objects.filter(page=page)}
    fields = tracked_fields(type(page))
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        row = rows.get(code)
        sources = {name: dict(source) for name, source in row.sources.items()} if row else {}
        for name in fields:
            english = current_english_record(page, name)
            translation = readable_text(page, name, code)
            if not english["english"] or not translation:
                sources.pop(name, None)
                continue
            sources[name] = updated_source(
                sources.get(name), english, fingerprint(translation), minor, when
            )
        if not sources:
            if row is not None:
                row.delete()  # nothing on the page is translated any more: missing
            continue
        row = row or PageTranslation(page=page, language=code)
        if row.pk is None or row.sources != sources:
            row.sources = sources
            row.save()


def updated_source(source, english, translation, minor, when):
    """A field's record after a publish, from its record before (None if new) and the
    english_record of now: the english_record it was made from, with {translation,
    outdated_since (an ISO date, or None while the translation is current), reviewed}."""
    made_from_now = {
        **english,
        "translation": translation,
        "outdated_since": None,
        "reviewed": False,
    }
    if source is None or source["translation"] != translation:
        return made_from_now  # new, or translated again (to be reviewed): from now
    if source["english_hash"] == made_from_now["english_hash"]:
        return source
    if minor and source["outdated_since"] is None:
        # A change that does not affect translations: still as current, and as reviewed.
        return {**made_from_now, "reviewed": source.get("reviewed", False)}
    if source["outdated_since"] is None:
        return {**source, "outdated_since": timezone.localdate(when).isoformat()}
    return source  # outdated already: since the first change


def record_made_from(page, language, earlier_english, when=None):
    """Record that the page's translations of the fields in `earlier_english` ({name:
    the English value they were translated from}) were made from that English, not
    the English of now: each is outdated from `when` if that English differs. For
    translations brought in from a file made before the English changed (the content
    command's shipped drafts)."""
    row = PageTranslation.objects.filter(page=page, language=language).first()
    if row is None:
        return
    today = timezone.localdate(when or timezone.now()).isoformat()
    for name, value in earlier_english.items():
        source = row.sources.get(name)
        earlier = english_record(type(page), name, value)
        if source is None or earlier["english_hash"] == source["english_hash"]:
            continue
        source.update(earlier, outdated_since=today)
    row.save()
