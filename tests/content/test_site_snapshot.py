"""The site `load_trust_content` builds is exactly the one in tests/data/site_snapshot.json:
every page, every field in every language, every partner, the site name and the
translation states. The snapshot was taken before the trust's words moved from Python
into content/data/, so it proves the move changed nothing.

To take the snapshot again after a deliberate change of content:

    UPDATE_SITE_SNAPSHOT=1 .venv/bin/python -m pytest tests/content/test_site_snapshot.py
"""

import io
import json
import os
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from modeltranslation.fields import TranslationField
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.blocks import StreamValue
from wagtail.models import Page, Site

from localisation.models import PageTranslation
from partners.models import Partner

SNAPSHOT = Path(__file__).resolve().parent.parent / "data" / "site_snapshot.json"
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def without_ids(value):
    """A StreamField's stored JSON without its blocks' random ids."""
    if isinstance(value, dict):
        return {key: without_ids(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list):
        return [without_ids(item) for item in value]
    return value


def plain(value):
    if isinstance(value, StreamValue):
        return without_ids(value.get_prep_value())
    return value


def translated_fields(instance):
    """{field: {language: value}} for each field registered with modeltranslation."""
    names = translator.get_options_for_model(type(instance)).get_field_names()
    return {
        name: {
            code: plain(getattr(instance, build_localized_fieldname(name, code)))
            for code in LANGUAGES
        }
        for name in sorted(names)
    }


# What an editor says about one publish, not content: every page has it, unticked.
EDITORIAL_FLAGS = {"translations_unaffected"}


def own_fields(instance, skip=()):
    """The model's own concrete fields that are not translated, by name."""
    model = type(instance)
    names = set(translator.get_options_for_model(model).get_field_names()) | EDITORIAL_FLAGS
    return {
        field.attname: plain(getattr(instance, field.attname))
        for field in model._meta.local_concrete_fields
        if not isinstance(field, TranslationField)
        and field.name not in names
        and not field.primary_key
        and field.name not in skip
    }


def site_snapshot():
    """The built site as plain data, the same whichever database ids it got."""
    pages = []
    for page in Page.objects.filter(depth__gte=2).order_by("path"):
        specific = page.specific
        pages.append(
            {
                "depth": page.depth,
                "url_path": page.url_path,
                "slug": page.slug,
                # The class name alone: the app a page model lives in may change.
                "model": type(specific).__name__,
                "live": page.live,
                "show_in_menus": page.show_in_menus,
                "translated": translated_fields(specific),
                "fields": own_fields(specific),
            }
        )
    partners = [
        {"translated": translated_fields(partner), "fields": own_fields(partner)}
        for partner in Partner.objects.order_by("sort_order", "name_en")
    ]
    site = Site.objects.get(is_default_site=True)
    translations = sorted(
        [row.page.url_path, row.language, row.state]
        for row in PageTranslation.objects.select_related("page")
    )
    return {
        "pages": pages,
        "partners": partners,
        "site": {"site_name": site.site_name, "root": site.root_page.url_path},
        "page_translations": translations,
    }


def dump(snapshot):
    return json.dumps(snapshot, sort_keys=True, ensure_ascii=False, indent=1) + "\n"


def build():
    call_command("load_trust_content", stdout=io.StringIO())
    return json.loads(dump(site_snapshot()))  # as it reads back from the file


def differences(expected, built):
    """Every difference, each naming the page or partner, the field and the language."""
    found = []
    expected_paths = [page["url_path"] for page in expected["pages"]]
    built_paths = [page["url_path"] for page in built["pages"]]
    if built_paths != expected_paths:
        found.append(f"pages: expected {expected_paths}, built {built_paths}")
    built_pages = {page["url_path"]: page for page in built["pages"]}
    for page in expected["pages"]:
        other = built_pages.get(page["url_path"])
        if other is not None:
            found += compare(page["url_path"], page, other)
    names = [partner["translated"]["name"]["en"] for partner in expected["partners"]]
    built_names = [partner["translated"]["name"]["en"] for partner in built["partners"]]
    if built_names != names:
        found.append(f"partners: expected {names}, built {built_names}")
    for partner, other in zip(expected["partners"], built["partners"], strict=False):
        found += compare(f"partner {partner['translated']['name']['en']}", partner, other)
    for key in ("site", "page_translations"):
        if expected[key] != built[key]:
            found.append(f"{key}: expected {expected[key]!r}, built {built[key]!r}")
    return found


def compare(where, expected, built):
    found = []
    for key in sorted(set(expected) | set(built)):
        if key in ("translated", "fields"):
            continue
        if expected.get(key) != built.get(key):
            found.append(f"{where}: {key} expected {expected.get(key)!r}, built {built.get(key)!r}")
    for field in sorted(set(expected["fields"]) | set(built["fields"])):
        want, got = expected["fields"].get(field), built["fields"].get(field)
        if want != got:
            found.append(f"{where}: {field} expected {want!r}, built {got!r}")
    for field in sorted(set(expected["translated"]) | set(built["translated"])):
        want = expected["translated"].get(field, {})
        got = built["translated"].get(field, {})
        for code in LANGUAGES:
            if want.get(code) != got.get(code):
                found.append(
                    f"{where}: {field} in {code} expected {want.get(code)!r}, "
                    f"built {got.get(code)!r}"
                )
    return found


def test_the_content_command_builds_the_site_in_the_snapshot(empty_site):
    built = build()
    if os.environ.get("UPDATE_SITE_SNAPSHOT"):
        SNAPSHOT.write_text(dump(built), encoding="utf-8")
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    found = differences(expected, built)
    assert found == [], "\n".join(found)


def test_a_second_run_leaves_the_snapshot_as_it_was(empty_site):
    first = build()
    found = differences(first, build())
    assert found == [], "\n".join(found)
