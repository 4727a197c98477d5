"""The data files and their loader: every .po file is complete, clean and matches
site.yaml, and a text with no translation leaves its field in English instead of
stopping the content command."""

import copy
import io

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils.translation import to_locale
from wagtail.models import Page

from content.build import Untranslated, texts_to_translate, translator
from content.loader import (
    TRANSLATIONS,
    find_page,
    join_sentences,
    load_site,
    load_translations,
    po_path,
)
from partners.models import Partner

DRAFTED = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


@pytest.fixture(scope="module")
def texts():
    return texts_to_translate(load_site())


def missing(texts, strings):
    return [text for text in texts if text not in strings]


def test_there_is_one_translation_file_per_language_and_no_other():
    assert sorted(path.name for path in TRANSLATIONS.glob("*.po")) == sorted(
        f"{to_locale(code)}.po" for code in DRAFTED
    )


@pytest.mark.parametrize("code", DRAFTED)
def test_each_file_parses_with_its_language_and_utf8(code):
    po = polib.pofile(str(po_path(code)))
    assert po.metadata["Language"] == to_locale(code)
    assert po.metadata["Content-Type"] == "text/plain; charset=UTF-8"


@pytest.mark.parametrize("code", DRAFTED)
def test_no_entry_is_fuzzy_untranslated_or_obsolete(code):
    po = polib.pofile(str(po_path(code)))
    assert [e.msgid for e in po.fuzzy_entries()] == []
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.obsolete_entries()] == []


@pytest.mark.parametrize("code", DRAFTED)
def test_every_text_the_command_translates_has_an_entry(code, texts):
    assert missing(texts, load_translations(code)) == []


@pytest.mark.parametrize("code", DRAFTED)
def test_every_entry_is_a_text_of_the_site(code, texts):
    entries = [entry.msgid for entry in polib.pofile(str(po_path(code)))]
    assert [msgid for msgid in entries if msgid not in texts] == []
    assert len(entries) == len(set(entries))


def test_a_typo_fixed_in_the_site_data_shows_as_a_missing_translation():
    site = load_site()
    fixed = copy.deepcopy(site)
    items = find_page(fixed, "vision/staff")["body"][4]["list"]["items"]
    items[-1] = items[-1].replace("Continguency", "Contingency")
    strings = load_translations("pl")
    assert missing(texts_to_translate(site), strings) == []
    assert missing(texts_to_translate(fixed), strings) == [items[-1]]


def test_a_paragraph_of_sentences_is_translated_as_one_text(texts):
    paragraph = find_page(load_site(), "history")["body"][0]["paragraph"]
    assert isinstance(paragraph, list)
    assert join_sentences(paragraph) in texts
    assert paragraph[1] not in texts  # used nowhere on its own


def test_a_language_without_a_file_has_no_translations():
    assert load_translations("de") == {}


def test_a_text_without_an_entry_is_untranslated_not_a_key_error():
    t = translator({"Schools": "Szkoły"})
    assert t("Schools") == "Szkoły"
    assert t("") == ""
    with pytest.raises(Untranslated):
        t("Vision")


def test_the_command_leaves_a_field_in_english_when_a_text_has_no_entry(empty_site, monkeypatch):
    site = load_site()
    heading = find_page(site, "history")["heading"]
    item = find_page(site, "aims")["body"][0]["list"]["items"][0]
    real = load_translations

    def without_three_texts(code):
        strings = real(code)
        if code == "pl":
            del strings[heading], strings[item], strings["Total Coverage"]
        return strings

    monkeypatch.setattr(
        "content.management.commands.load_trust_content.load_translations", without_three_texts
    )
    out = io.StringIO()
    call_command("load_trust_content", stdout=out)
    assert "Done: 29 created" in out.getvalue()

    history = Page.objects.get(url_path="/home/history/").specific
    assert history.heading_pl is None  # readers of /pl/ get the English heading
    assert history.heading_ro == real("ro")[heading]
    assert history.title_pl == real("pl")["History"]
    aims = Page.objects.get(url_path="/home/aims/").specific
    assert not aims.body_pl.raw_data  # not half Polish, half English
    assert aims.body_ro.raw_data
    assert aims.identity_statement_pl == real("pl")[aims.identity_statement_en]
    partner = Partner.objects.get(name_en="Total Coverage")
    assert partner.name_pl is None
    assert partner.description_pl == real("pl")[partner.description_en]
