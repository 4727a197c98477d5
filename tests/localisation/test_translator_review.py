"""A security review of what a "Translators: <language>" group can do: change its
language's text of the pages the public reads, and nothing else. Each test posts the
request a translator could send and checks that it does no more than that."""

import json

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.models import Page, PageViewRestriction

from localisation.po import export_po
from tests.admin_forms import admin_form_data, log_in_member, refused
from tests.localisation.test_normalised_text import as_a_browser_sends_it
from tests.localisation.test_translation_screen import screen_url

EXCHANGE = "/admin/reports/translations/po/"
HISTORY = "/home/history/"
SCRIPT = '<script src="/static/evil.js"></script>'
JAVASCRIPT_LINK = '<a href="javascript:alert(document.cookie)">kliknij</a>'
REFRESH = '<meta http-equiv="refresh" content="0;url=https://evil.example/">'


@pytest.fixture
def translator(trust_site):
    client = Client()
    log_in_member(client, "Translators: Polski", "polish-parent")
    return client


def upload(client, po, language="pl"):
    file = SimpleUploadedFile(f"{language}.po", str(po).encode(), "text/x-gettext-translation")
    return client.post(EXCHANGE, {"language": language, "file": file})


def downloaded(client, language="pl"):
    response = client.get(f"{EXCHANGE}{language}/")
    assert response.status_code == 200
    return polib.pofile(response.content.decode())


def first_paragraph(po, path):
    return next(e for e in po if e.msgctxt.startswith(f"{path}|body|") and e.msgid.startswith("<p"))


# A PO upload writes a rich text's msgstr into the page as it is: the rich text editor
# (and so the translation screen) only ever stores the markup of the field's features,
# but a PO file could carry any HTML at all, and `|richtext` renders it unescaped.


def test_a_po_upload_cannot_put_script_or_other_markup_into_a_page(translator, page_by_path):
    po = downloaded(translator)
    entry = first_paragraph(po, HISTORY)
    entry.msgstr = f"<p>Fundacja powstała w 2011 r. {JAVASCRIPT_LINK}</p>{SCRIPT}{REFRESH}"
    entry.flags = []
    response = upload(translator, po)
    assert response.status_code == 200
    body = Client().get("/pl/history/").content.decode()
    assert "evil" not in body and "javascript:" not in body
    key = (HISTORY, entry.msgctxt.split("|", 1)[1])
    assert key in response.context["report"].refused
    assert "evil" not in str(page_by_path("history/").body_pl.raw_data)


def test_a_po_upload_keeps_the_markup_the_editor_allows(translator, page_by_path):
    po = downloaded(translator)
    entry = first_paragraph(po, HISTORY)
    allowed = (
        '<p data-block-key="k1">Fundacja <b>powstała</b> w <i>2011</i> r. '
        '<a href="https://example.org/">Więcej</a></p>'
    )
    entry.msgstr = allowed
    entry.flags = []
    report = upload(translator, po).context["report"]
    key = (HISTORY, entry.msgctxt.split("|", 1)[1])
    assert key in report.changed
    assert "Fundacja <b>powstała</b>" in Client().get("/pl/history/").content.decode()


def test_the_translation_screen_stores_only_the_editors_markup(translator, page_by_path):
    """The screen's rich text goes through Draftail's converter: a link to javascript:
    and an image (not a feature of a paragraph) are dropped."""
    page = page_by_path("history/")
    response = translator.get(screen_url(page, "pl"))
    data = as_a_browser_sends_it(admin_form_data(response, form_id="translation-form"))
    paragraph = next(
        key for key, value in data.items() if key.startswith("body-") and '"blocks"' in str(value)
    )
    data[paragraph] = json.dumps(
        {
            "blocks": [
                {
                    "key": "a1",
                    "type": "unstyled",
                    "depth": 0,
                    "text": "Zobacz tutaj",
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 6, "key": 0}],
                }
            ],
            "entityMap": {
                "0": {
                    "type": "LINK",
                    "mutability": "MUTABLE",
                    "data": {"url": "javascript:alert(1)"},
                }
            },
        }
    )
    assert translator.post(screen_url(page, "pl"), data).status_code == 302
    assert "javascript:" not in Client().get("/pl/history/").content.decode()


# A page under a view restriction (a password, a login, a group) is read by those it
# lets in. A translator, who may be a parent given one language, must not read its
# English on the screen or in a PO file, nor publish into it; its editors still can.


@pytest.fixture
def private_school(page_by_path):
    school = page_by_path("schools/st-marks/")
    PageViewRestriction.objects.create(
        page=school, restriction_type=PageViewRestriction.PASSWORD, password="governors"
    )
    return school


def test_a_translator_cannot_read_a_private_page_on_the_screen(translator, private_school):
    response = translator.get(screen_url(private_school, "pl"), follow=True)
    assert response.status_code in (403, 404) or refused(response)
    assert private_school.summary_en.split(".")[0] not in response.content.decode()


def test_a_translator_cannot_download_a_private_page(translator, private_school):
    po = downloaded(translator)
    assert not [e for e in po if e.msgctxt.startswith(private_school.url_path)]


def test_a_translator_cannot_upload_into_a_private_page(translator, private_school):
    po = export_po("pl")  # as a trust editor would download it
    [entry] = [e for e in po if e.msgctxt == f"{private_school.url_path}|summary"]
    entry.msgstr, entry.flags = "Nowy tekst.", []
    upload(translator, po)
    private_school.refresh_from_db()
    assert private_school.summary_pl != "Nowy tekst."


def test_a_translator_does_not_see_private_or_unpublished_pages_in_the_report(
    translator, private_school, page_by_path
):
    schools = page_by_path("schools/")
    draft = Page(title="Secret merger plans", slug="secret-merger", live=False)
    schools.add_child(instance=draft)
    draft.save_revision()
    report = translator.get("/admin/reports/translations/").content.decode()
    assert "Secret merger plans" not in report
    assert screen_url(private_school, "pl") not in report
    assert private_school.title not in report


def test_trust_editors_still_translate_a_private_page(client, private_school):
    log_in_member(client, "Trust editors", "editor")
    assert client.get(screen_url(private_school, "pl")).status_code == 200
    po = polib.pofile(client.get(f"{EXCHANGE}pl/").content.decode())
    assert [e for e in po if e.msgctxt.startswith(private_school.url_path)]
    report = client.get("/admin/reports/translations/").content.decode()
    assert screen_url(private_school, "pl") in report
    assert "Secret" not in report


PARAGRAPH = ["bold", "italic", "link", "document-link"]


@pytest.mark.parametrize(
    "html",
    [
        "<p>Tekst</p>",
        '<p data-block-key="a1b2c">Tekst <b>ważny</b> i <i>kursywa</i>.</p>',
        '<p>Zobacz <a href="https://example.org/?a=1&amp;b=2">stronę</a>, '
        '<a href="mailto:biuro@example.org">e-mail</a>, <a linktype="page" id="3">szkołę</a> '
        'i <a linktype="document" id="12">plik</a>.</p>',
        "<p>a &lt; b &amp; c<br/>d</p>",
    ],
)
def test_the_markup_the_editor_stores_is_allowed(html):
    from localisation.markup import markup_problem

    assert markup_problem(html, PARAGRAPH) is None


@pytest.mark.parametrize(
    "html",
    [
        f"<p>x</p>{SCRIPT}",
        f"<p>x {JAVASCRIPT_LINK}</p>",
        '<p><a href="jav&#x09;ascript:alert(1)">x</a></p>',
        '<p><a href=" javascript:alert(1)">x</a></p>',
        f"<p>x</p>{REFRESH}",
        '<p onclick="alert(1)">x</p>',
        "<p style='x'>x</p>",
        '<p><a href="https://e.org/" target="_blank">x</a></p>',
        '<p><a linktype="page" id="3 onclick">x</a></p>',
        '<p><a linktype="external" id="3">x</a></p>',
        "<p>x</p><!-- <script>alert(1)</script> -->",
        '<p>x</p><img src="x" onerror="alert(1)" ',
        "<p>x</p><iframe src=/admin/></iframe>",
        '<p>x</p><embed embedtype="image" id="1" format="left"/>',
        "<p>x <b>bold",
        "<p>x</p></div><div>",
        "<ul><li>x</li></ul>",  # not a feature of a paragraph
        "<p/><svg/onload=alert(1)>",
    ],
)
def test_other_markup_is_refused(html):
    from localisation.markup import markup_problem

    assert markup_problem(html, PARAGRAPH) is not None
