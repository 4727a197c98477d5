"""A security review of what a "Translators: <language>" group can do: change its
language's text of the pages the public reads, and nothing else. Each test posts the
request a translator could send and checks that it does no more than that."""

import json

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from tests.admin_forms import admin_form_data, log_in_member
from tests.localisation.test_normalised_text import as_a_browser_sends_it

EXCHANGE = "/admin/reports/translations/po/"
HISTORY = "/home/history/"
SCRIPT = '<script src="/static/evil.js"></script>'
JAVASCRIPT_LINK = '<a href="javascript:alert(document.cookie)">kliknij</a>'
REFRESH = '<meta http-equiv="refresh" content="0;url=https://evil.example/">'


def screen_url(page, language):
    return f"/admin/translations/{page.pk}/{language}/"


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
