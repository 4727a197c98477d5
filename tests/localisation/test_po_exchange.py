"""Page text to translators' tools and back as PO files (localisation.po): what comes
back is stored only if it translates the English of now, and never as English."""

import io
import os
import shutil
import subprocess

import polib
import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from wagtail.models import Revision

from content.loader import po_path
from localisation.models import PageTranslation
from localisation.po import export_po, import_po
from tests.admin_forms import log_in_member, refused
from tests.factories import mark_translations_reviewed

BANISTER = "/home/schools/banister/"
NEW_POLISH = "Szkoła Banister to szkoła podstawowa w Southampton. Nowe zdanie."
EXCHANGE = "/admin/reports/translations/po/"


def entry(po, path, name):
    [found] = [e for e in po if e.msgctxt == f"{path}|{name}"]
    return found


def done(po_entry, msgstr):
    """What a translator does: write the translation and clear the fuzzy flag."""
    po_entry.msgstr = msgstr
    if "fuzzy" in po_entry.flags:
        po_entry.flags.remove("fuzzy")


def publish_new_english_summary(page, text):
    page.summary_en = text
    page.save_revision().publish()


@pytest.mark.parametrize("reviewed", [False, True])
def test_an_unchanged_file_changes_nothing(trust_site, reviewed):
    if reviewed:  # no entry is fuzzy: each one is compared with what is stored
        mark_translations_reviewed()
    po = export_po("pl")
    assert len(po) > 10
    revisions = Revision.objects.count()
    report = import_po("pl", polib.pofile(str(po)))
    assert report.counts()["changed"] == 0
    assert report.unknown == [] and report.refused == []
    if reviewed:
        assert len(report.unchanged) == len([e for e in po if e.msgstr])
    assert Revision.objects.count() == revisions


def test_an_edited_translation_is_stored_published_and_current(trust_site, page_by_path):
    school = page_by_path("schools/banister/")
    po = export_po("pl")
    done(entry(po, BANISTER, "summary"), NEW_POLISH)
    report = import_po("pl", polib.pofile(str(po)))
    assert report.changed == [(BANISTER, "summary")]
    assert report.counts()["changed"] == 1
    assert NEW_POLISH in Client().get("/pl/schools/banister/").content.decode()
    school.refresh_from_db()
    assert school.summary_pl == NEW_POLISH
    assert not school.has_unpublished_changes
    row = PageTranslation.objects.get(page=school, language="pl")
    assert "summary" not in row.outdated_fields()
    assert row.sources["summary"]["outdated_since"] is None


def test_a_translation_of_english_changed_since_export_is_refused(trust_site, page_by_path):
    school = page_by_path("schools/banister/")
    po = export_po("pl")
    done(entry(po, BANISTER, "summary"), NEW_POLISH)
    publish_new_english_summary(school, "Banister is a primary school. It has a new sentence.")
    report = import_po("pl", polib.pofile(str(po)))
    assert (BANISTER, "summary") in report.refused
    assert report.changed == []
    school.refresh_from_db()
    assert school.summary_pl != NEW_POLISH
    row = PageTranslation.objects.get(page=school, language="pl")
    assert "summary" in row.outdated_fields()


def test_an_outdated_field_exports_fuzzy_with_the_previous_english(trust_site, page_by_path):
    school = page_by_path("schools/banister/")
    old_english = PageTranslation.objects.get(page=school, language="pl").sources["summary"][
        "english"
    ]
    new_english = "Banister is a primary school. It has a new sentence."
    publish_new_english_summary(school, new_english)
    summary = entry(export_po("pl"), BANISTER, "summary")
    assert "fuzzy" in summary.flags
    assert summary.msgid == new_english
    assert summary.previous_msgid == old_english


def test_a_draft_translation_exports_fuzzy_and_a_kept_fuzzy_flag_is_skipped(
    trust_site, page_by_path
):
    po = export_po("pl")
    summary = entry(po, BANISTER, "summary")
    assert "fuzzy" in summary.flags  # the content command records drafts
    summary.msgstr = NEW_POLISH
    report = import_po("pl", polib.pofile(str(po)))
    assert (BANISTER, "summary") in report.skipped
    assert page_by_path("schools/banister/").summary_pl != NEW_POLISH


def msgfmt_check(path):
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        if os.environ.get("CI"):  # .ci/run installs gettext: there the check must run
            pytest.fail("msgfmt (GNU gettext) is not installed")
        pytest.skip("msgfmt (GNU gettext) is not installed: apt-get install gettext")
    return subprocess.run(  # noqa: S603 - gettext's own checker on a file we wrote
        [msgfmt, "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True
    )


@pytest.mark.parametrize("language", ["pl", "ro", "zh-hans", "pt", "es", "fa", "ar"])
def test_the_exported_file_passes_msgfmt_check(trust_site, tmp_path, language):
    path = tmp_path / "export.po"
    export_po(language).save(str(path))
    result = msgfmt_check(path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # not even a warning


@pytest.mark.parametrize("language", ["pl", "ro", "zh-hans", "pt", "es", "fa", "ar"])
def test_the_shipped_drafts_pass_msgfmt_check(language):
    result = msgfmt_check(po_path(language))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_import_never_writes_english(trust_site, page_by_path):
    school = page_by_path("schools/banister/")
    english = school.summary_en
    po = export_po("pl")
    summary = entry(po, BANISTER, "summary")
    po.append(
        polib.POEntry(msgctxt=f"{BANISTER}|summary_en", msgid=summary.msgid, msgstr="Hijacked")
    )
    po.append(polib.POEntry(msgctxt=f"{BANISTER}|slug", msgid=school.slug, msgstr="hijacked"))
    report = import_po("pl", polib.pofile(str(po)))
    assert (BANISTER, "summary_en") in report.unknown
    assert (BANISTER, "slug") in report.unknown
    school.refresh_from_db()
    assert school.summary_en == english
    assert school.title_en != "Hijacked"
    with pytest.raises(ValueError):
        import_po("en", po)


def test_commands_export_one_school_and_import_it(trust_site, page_by_path, tmp_path):
    path = tmp_path / "banister.po"
    call_command(
        "export_translations", "pl", "--school", "banister", "-o", str(path), stderr=io.StringIO()
    )
    po = polib.pofile(str(path))
    # The school's page and the pages below it (news, calendar, notices folder).
    assert {e.msgctxt.split("|")[0] for e in po} == {
        BANISTER,
        f"{BANISTER}news/",
        f"{BANISTER}term-dates/",
        f"{BANISTER}notices/",
    }
    done(entry(po, BANISTER, "summary"), NEW_POLISH)
    po.save(str(path))
    out = io.StringIO()
    call_command("import_translations", "pl", str(path), stdout=out)
    assert "changed: 1" in out.getvalue()
    assert page_by_path("schools/banister/").summary_pl == NEW_POLISH


def test_a_trust_editor_downloads_and_uploads(client, trust_site, page_by_path):
    log_in_member(client, "Trust editors", "editor")
    assert EXCHANGE in client.get("/admin/reports/translations/").content.decode()
    page = client.get(EXCHANGE)
    assert page.status_code == 200
    links = BeautifulSoup(page.content, "html.parser").select("main a[download]")
    assert f"{EXCHANGE}pl/" in [a["href"] for a in links]
    download = client.get(f"{EXCHANGE}pl/")
    assert download.status_code == 200
    assert "attachment" in download["Content-Disposition"]
    po = polib.pofile(download.content.decode())
    done(entry(po, BANISTER, "summary"), NEW_POLISH)
    upload = SimpleUploadedFile("pl.po", str(po).encode(), "text/x-gettext-translation")
    response = client.post(EXCHANGE, {"language": "pl", "file": upload})
    assert response.status_code == 200
    assert response.context["report"].changed == [(BANISTER, "summary")]
    assert page_by_path("schools/banister/").summary_pl == NEW_POLISH


def test_an_upload_that_names_a_server_file_is_not_read(client, trust_site, tmp_path):
    """polib reads a string that names an existing file as that file: an upload's text
    must never be taken as a path on the server."""
    server_file = tmp_path / "secret.po"
    server_file.write_text(str(export_po("pl")), encoding="utf-8")
    log_in_member(client, "Trust editors", "editor")
    upload = SimpleUploadedFile("pl.po", str(server_file).encode())
    response = client.post(EXCHANGE, {"language": "pl", "file": upload})
    assert response.status_code == 200
    assert response.context.get("report") is None
    assert "This is not a PO file in UTF-8." in response.content.decode()


def test_the_exchange_checks_the_csrf_token(trust_site):
    editor = log_in_member(Client(), "Trust editors", "editor")
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.get(EXCHANGE).status_code == 200
    upload = SimpleUploadedFile("pl.po", str(export_po("pl")).encode())
    assert client.post(EXCHANGE, {"language": "pl", "file": upload}).status_code == 403


def test_office_staff_are_refused(client, trust_site, page_by_path):
    log_in_member(client, "Office staff: Banister", "banister-office")
    assert refused(client.get(EXCHANGE, follow=True))
    assert refused(client.get(f"{EXCHANGE}pl/", follow=True))
    po = export_po("pl")
    done(entry(po, BANISTER, "summary"), NEW_POLISH)
    upload = SimpleUploadedFile("pl.po", str(po).encode())
    assert refused(client.post(EXCHANGE, {"language": "pl", "file": upload}, follow=True))
    assert page_by_path("schools/banister/").summary_pl != NEW_POLISH


def test_a_translator_exchanges_their_own_language_only(client, trust_site, page_by_path):
    log_in_member(client, "Translators: Polski", "polish-parent")
    assert EXCHANGE in client.get("/admin/reports/translations/").content.decode()
    page = BeautifulSoup(client.get(EXCHANGE).content, "html.parser")
    assert [a["href"] for a in page.select("main a[download]")] == [f"{EXCHANGE}pl/"]
    assert [o["value"] for o in page.select("select[name=language] option")] == ["pl"]
    assert refused(client.get(f"{EXCHANGE}ar/", follow=True))

    po = polib.pofile(client.get(f"{EXCHANGE}pl/").content.decode())
    done(entry(po, BANISTER, "summary"), NEW_POLISH)
    upload = SimpleUploadedFile("pl.po", str(po).encode())
    response = client.post(EXCHANGE, {"language": "pl", "file": upload})
    assert response.context["report"].changed == [(BANISTER, "summary")]
    school = page_by_path("schools/banister/")
    assert school.summary_pl == NEW_POLISH
    # The same file as Arabic: the language is not theirs to choose.
    arabic = school.summary_ar
    upload = SimpleUploadedFile("ar.po", str(po).encode())
    response = client.post(EXCHANGE, {"language": "ar", "file": upload})
    assert response.context.get("report") is None
    assert page_by_path("schools/banister/").summary_ar == arabic


STAFF = "/home/vision/staff/"


def stream_entries(po, path, name):
    return [e for e in po if e.msgctxt.startswith(f"{path}|{name}|")]


def test_a_body_exports_text_by_text_and_one_edited_text_is_stored(trust_site, page_by_path):
    page = page_by_path("vision/staff/")
    english_before = str(page.body_en)
    po = export_po("pl")
    entries = stream_entries(po, STAFF, "body")
    # Each heading and each point of each list is a text of its own, with its translation.
    assert len(entries) > 10
    assert [e.msgctxt for e in entries][:2] == [
        f"{STAFF}|body|0.heading",
        f"{STAFF}|body|0.items.0",
    ]
    assert all(e.msgstr for e in entries)
    point = entries[1]
    done(point, "Nowy punkt po polsku.")
    for other in entries:
        if other is not point:
            done(other, other.msgstr)
    report = import_po("pl", polib.pofile(str(po)))
    assert (STAFF, "body|0.items.0") in report.changed
    page.refresh_from_db()
    assert str(page.body_en) == english_before
    [block] = page.body_pl.raw_data[:1]
    assert "Nowy punkt po polsku." in str(page.body_pl)
    assert block["id"] == page.body_en.raw_data[0]["id"]  # each block tied to its English
    assert "Nowy punkt po polsku." in Client().get("/pl/vision/staff/").content.decode()


def test_a_body_text_whose_english_changed_is_refused_and_exports_its_previous_english(
    trust_site, page_by_path
):
    page = page_by_path("vision/staff/")
    po = export_po("pl")
    heading = stream_entries(po, STAFF, "body")[0]
    done(heading, "Nowy nagłówek")
    data = page.body_en.raw_data
    old_heading = data[0]["value"]["heading"]
    data[0]["value"]["heading"] = "Teaching and learning"
    page.body_en = data
    page.save_revision().publish()
    report = import_po("pl", polib.pofile(str(po)))
    assert (STAFF, "body|0.heading") in report.refused
    page.refresh_from_db()
    assert "Nowy nagłówek" not in str(page.body_pl)
    again = stream_entries(export_po("pl"), STAFF, "body")[0]
    assert "fuzzy" in again.flags
    assert again.msgid == "Teaching and learning"
    assert again.previous_msgid == old_heading
