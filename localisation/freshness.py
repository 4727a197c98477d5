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


def english_units(page, name):
    """A StreamField's English texts by path (localisation.units), kept with its record so
    that a translator's tool can show the English each text was translated from."""
    if not is_stream(type(page), name):
        return None
    english = getattr(page, build_localized_fieldname(name, settings.LANGUAGE_CODE))
    field = page._meta.get_field(name)
    return dict(stream_units(field.stream_block, stream_data(type(page), name, english)))


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
            english = readable_text(page, name, settings.LANGUAGE_CODE)
            translation = readable_text(page, name, code)
            if not english or not translation:
                sources.pop(name, None)
                continue
            sources[name] = updated_source(
                sources.get(name),
                english,
                fingerprint(translation),
                minor,
                when,
                units=english_units(page, name),
            )
        if not sources:
            if row is not None:
                row.delete()  # nothing on the page is translated any more: missing
            continue
        row = row or PageTranslation(page=page, language=code)
        if row.pk is None or row.sources != sources:
            row.sources = sources
            row.save()


def updated_source(source, english, translation, minor, when, units=None):
    """A field's record after a publish: {english, english_hash, translation,
    outdated_since (an ISO date, or None while the translation is current), reviewed,
    and for a StreamField its English texts by path, units}."""
    made_from_now = {
        "english": english,
        "english_hash": fingerprint(english),
        "translation": translation,
        "outdated_since": None,
        "reviewed": False,
    }
    if units is not None:
        made_from_now["units"] = units
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
    model = type(page)
    today = timezone.localdate(when or timezone.now()).isoformat()
    for name, value in earlier_english.items():
        source = row.sources.get(name)
        english = readable_value(model, name, value)
        if source is None or fingerprint(english) == source["english_hash"]:
            continue
        source.update(english=english, english_hash=fingerprint(english), outdated_since=today)
        if isinstance(value, list):
            field = model._meta.get_field(name)
            source["units"] = dict(stream_units(field.stream_block, value))
    row.save()
