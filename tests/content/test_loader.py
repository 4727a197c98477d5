"""The data files and their loader: every .po file is complete, clean and names each
text of the site, a text with no translation leaves its field in English, and a draft
of English fixed since is outdated, instead of stopping the content command."""

import copy
import io

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils.translation import to_locale
from wagtail.models import Page

from content.build import Untranslated, enquiry_topics, partners, translator
from content.loader import (
    TRANSLATIONS,
    find_page,
    load_catalogue,
    load_site,
    load_translations,
    po_path,
)
from localisation.models import PageTranslation
from localisation.po import export_po
from partners.models import Partner

DRAFTED = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


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


def page_entries(po):
    return {(e.msgctxt, e.msgid) for e in po if e.msgctxt.startswith("/")}


@pytest.mark.parametrize("code", DRAFTED)
def test_every_text_of_every_page_has_one_entry_and_every_entry_names_one(code, trust_site):
    """The file names each text of the built site by page, field and place, with the
    English as it is on the site: no text left out, none that is not there."""
    shipped = polib.pofile(str(po_path(code)))
    contexts = [e.msgctxt for e in shipped]
    assert len(contexts) == len(set(contexts))
    assert page_entries(shipped) == page_entries(export_po(code))
    others = {(e.msgctxt, e.msgid) for e in shipped if not e.msgctxt.startswith("/")}
    site = load_site()
    expected = (
        {("site|name", site["site_name"])}
        | {
            (f"partner|{fields['name']}|{name}", fields[name])
            for _order, _kind, fields in partners(site)
            for name in ("name", "description")
            if fields.get(name)
        }
        | {
            (f"enquiry-topic|{fields['name']}|name", fields["name"])
            for _o, fields in enquiry_topics(site)
        }
    )
    assert others == expected


def test_a_language_without_a_file_has_no_translations():
    assert load_catalogue("de") is None
    assert load_translations("de") == {}


def test_a_text_without_an_entry_is_untranslated_not_a_key_error():
    t = translator({"Schools": "Szkoły"})
    assert t("Schools") == "Szkoły"
    assert t("") == ""
    with pytest.raises(Untranslated):
        t("Vision")


def without_entries(monkeypatch, code, contexts):
    real = load_catalogue

    def catalogue(language):
        po = real(language)
        if language == code:
            for entry in [e for e in po if e.msgctxt in contexts]:
                po.remove(entry)
        return po

    monkeypatch.setattr("content.management.commands.load_trust_content.load_catalogue", catalogue)
    monkeypatch.setattr(
        "content.management.commands.load_trust_content.load_translations",
        lambda language: {
            e.msgid: e.msgstr for e in catalogue(language) if e.msgstr and not e.obsolete
        },
    )


def test_the_command_leaves_a_field_in_english_when_a_text_has_no_entry(empty_site, monkeypatch):
    without_entries(
        monkeypatch,
        "pl",
        {
            "/home/history/|heading",
            "/home/aims/|body|0.items.0",
            "partner|Total Coverage|name",
        },
    )
    out = io.StringIO()
    call_command("load_trust_content", stdout=out)
    assert "Done: 62 created" in out.getvalue()

    history = Page.objects.get(url_path="/home/history/").specific
    assert history.heading_pl is None  # readers of /pl/ get the English heading
    assert history.heading_ro
    assert history.title_pl == "Historia"
    aims = Page.objects.get(url_path="/home/aims/").specific
    assert not aims.body_pl  # not half Polish, half English
    assert aims.body_ro
    assert aims.identity_statement_pl
    partner = Partner.objects.get(name_en="Total Coverage")
    assert partner.name_pl is None
    assert partner.description_pl


def test_a_typo_fixed_in_the_site_data_leaves_its_draft_outdated(empty_site, monkeypatch, client):
    """The drafts were made from the English before the fix: stored all the same, and
    outdated, so /pl/ shows that part in English with a notice until it is translated
    again; the command does not stop."""
    site = load_site()
    fixed = copy.deepcopy(site)
    items = find_page(fixed, "vision/staff")["body"][4]["list"]["items"]
    assert "Continguency" in items[-1]
    items[-1] = items[-1].replace("Continguency", "Contingency")
    monkeypatch.setattr("content.management.commands.load_trust_content.load_site", lambda: fixed)
    out = io.StringIO()
    call_command("load_trust_content", stdout=out)
    assert "pl: draft of English that has changed since" in out.getvalue()

    staff = Page.objects.get(url_path="/home/vision/staff/").specific
    row = PageTranslation.objects.get(page=staff, language="pl")
    assert row.state == "outdated"
    assert list(row.outdated_fields()) == ["body"]
    # What the translation was made from: the English before the fix, shown to its
    # translator word by word and in the PO file as the previous msgid.
    place = f"4.items.{len(items) - 1}"
    assert "Continguency" in row.sources["body"]["units"][place]
    page = client.get("/pl/vision/staff/").content.decode()
    assert "Contingency" in page and "notice--outdated" in page
    # The other pages' drafts are as current as ever.
    assert PageTranslation.objects.filter(state="outdated").count() == 7
