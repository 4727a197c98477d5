"""The interface's message catalogues: complete, reviewed-for-fuzz, compiled and in use.

`makemessages` writes locale/<lang>/LC_MESSAGES/django.po and `compilemessages` turns it into
the django.mo that Django reads. Both are kept in the repository, so these tests catch a .po
that gained strings nobody translated, or a .mo that was not rebuilt after the .po changed.
"""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

# Locale directory names of the seven Translate-menu languages (zh-hans -> zh_Hans).
LOCALES = ["pl", "ro", "zh_Hans", "pt", "es", "fa", "ar"]
LOCALE_DIR = Path(settings.LOCALE_PATHS[0])

# How many plural forms each language's catalogue must provide (its Plural-Forms header).
NPLURALS = {"pl": 3, "ro": 3, "zh_Hans": 1, "pt": 2, "es": 2, "fa": 2, "ar": 6}


def po_path(locale):
    return LOCALE_DIR / locale / "LC_MESSAGES" / "django.po"


def mo_path(locale):
    return LOCALE_DIR / locale / "LC_MESSAGES" / "django.mo"


def test_every_translate_menu_language_has_a_catalogue():
    codes = {code for code, _ in settings.LANGUAGES if code != "en"}
    assert {locale.lower().replace("_", "-") for locale in LOCALES} == codes


@pytest.mark.parametrize("locale", LOCALES)
class TestCatalogue:
    def test_po_exists(self, locale):
        assert po_path(locale).is_file()

    def test_header(self, locale):
        po = polib.pofile(str(po_path(locale)))
        assert not po.metadata_is_fuzzy
        assert po.metadata["Language"] == locale
        assert "charset=UTF-8" in po.metadata["Content-Type"]
        assert po.metadata["Language-Team"] == "Southampton Co-operative Learning Trust"
        assert po.metadata["Last-Translator"] == "Draft translation, awaiting review"
        assert f"nplurals={NPLURALS[locale]};" in po.metadata["Plural-Forms"]

    def test_has_messages(self, locale):
        po = polib.pofile(str(po_path(locale)))
        assert "Skip to main content" in {entry.msgid for entry in po}

    def test_no_untranslated_entries(self, locale):
        po = polib.pofile(str(po_path(locale)))
        assert [entry.msgid for entry in po.untranslated_entries()] == []
        for entry in po:
            if entry.msgid_plural:
                forms = entry.msgstr_plural
                assert sorted(forms) == list(range(NPLURALS[locale])), entry.msgid
                assert all(forms.values()), entry.msgid

    def test_no_fuzzy_entries(self, locale):
        po = polib.pofile(str(po_path(locale)))
        assert [entry.msgid for entry in po.fuzzy_entries()] == []

    def test_no_obsolete_entries(self, locale):
        po = polib.pofile(str(po_path(locale)))
        assert [entry.msgid for entry in po.obsolete_entries()] == []

    def test_placeholders_kept(self, locale):
        po = polib.pofile(str(po_path(locale)))
        for entry in po.translated_entries():
            if "python-format" not in entry.flags:
                continue
            placeholders = set(re.findall(r"%\(\w+\)[sdif]", entry.msgid))
            translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
            for text in translations:
                for placeholder in placeholders:
                    assert placeholder in text, (entry.msgid, text)

    def test_mo_is_compiled_from_the_current_po(self, locale):
        """Every msgid/msgstr pair of the .po is in the .mo unchanged: run compilemessages."""
        assert mo_path(locale).is_file(), "run: manage.py compilemessages --ignore=.venv"
        po = polib.pofile(str(po_path(locale)))
        mo = {
            (entry.msgctxt, entry.msgid): entry
            for entry in polib.mofile(str(mo_path(locale)))
            if entry.msgid
        }
        for entry in po.translated_entries():
            compiled = mo.get((entry.msgctxt, entry.msgid))
            assert compiled is not None, f"{entry.msgid!r} is not in the .mo"
            if entry.msgid_plural:
                assert compiled.msgid_plural == entry.msgid_plural
                assert compiled.msgstr_plural == entry.msgstr_plural, entry.msgid
            else:
                assert compiled.msgstr == entry.msgstr, entry.msgid


@pytest.mark.parametrize(
    ("path", "skip_link"),
    [("/pl/", "Przejdź do treści głównej"), ("/ar/", "انتقل إلى المحتوى الرئيسي")],
)
def test_pages_use_the_translated_interface(client, trust_site, path, skip_link):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert skip_link in html
    assert "Skip to main content" not in html
