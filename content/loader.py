"""Read the trust's words from content/data/: the site in English (site.yaml) and the
draft translations (translations/<locale>.po, e.g. pl.po, zh_Hans.po).

Plain functions over files, no Django models: `content.build` turns what they return
into field values, and `load_trust_content` into pages.
"""

import copy
from pathlib import Path

import polib
import yaml
from django.utils.translation import to_locale

DATA = Path(__file__).resolve().parent / "data"
DEFAULT = DATA / "site.yaml"
TRANSLATIONS = DATA / "translations"


SCHOOL_TYPE = "schools.SchoolPage"


def load_site(path=DEFAULT):
    """site.yaml as plain data: {"site_name": ..., "home": page, "partners": {...}}, where
    a page is a dict of its slug, type, fields and children (a list of pages). The pages
    of `every_school` are added below each school page, after its own children."""
    with open(path, encoding="utf-8") as file:
        site = yaml.safe_load(file)
    for _path, page in walk(site["home"]):
        if page.get("type") == SCHOOL_TYPE:
            page["children"] = page.get("children", []) + copy.deepcopy(
                site.get("every_school", [])
            )
    return site


def po_path(language):
    """The translation file for a language code of settings.LANGUAGES: zh-hans -> zh_Hans.po,
    named like the locale/ directories."""
    return TRANSLATIONS / f"{to_locale(language)}.po"


def load_catalogue(language):
    """A language's translation file as a polib.POFile (None if it has none): entries
    named by msgctxt, as localisation.po exports and imports them."""
    path = po_path(language)
    return polib.pofile(str(path), encoding="utf-8") if path.exists() else None


def load_translations(language):
    """{English text: translation} for a language; empty if it has no file. Fuzzy and
    untranslated entries are left out, so their texts stay untranslated."""
    catalogue = load_catalogue(language)
    return {
        entry.msgid: entry.msgstr
        for entry in catalogue or []
        if entry.msgstr and not entry.obsolete and "fuzzy" not in entry.flags
    }


def join_sentences(text):
    """A text as site.yaml gives it, a string or a list of sentences, as one string."""
    if isinstance(text, list):
        return " ".join(text)
    return text


def walk(page, path=()):
    """(path, page) for the page and every page below it, in tree order; a path is the
    slugs below the home page, e.g. ("vision", "staff")."""
    yield path, page
    for child in page.get("children", []):
        yield from walk(child, (*path, child["slug"]))


def find_page(site, path):
    """The page at a path below the home page, e.g. "vision/staff" ("" for home)."""
    wanted = tuple(part for part in path.split("/") if part)
    for found, page in walk(site["home"]):
        if found == wanted:
            return page
    raise KeyError(path)
