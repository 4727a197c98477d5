"""Text is stored normalised: a browser's `\\r\\n`, trailing spaces or decomposed accents
never count as a change, so saving one language changes no other language's text."""

import pytest
from django.test import Client
from modeltranslation.utils import build_localized_fieldname

from localisation.text import normalise, normalise_stream
from tests.admin_forms import admin_form_data, log_in_member

LANGUAGES = ["en", "pl", "ro", "zh-hans", "pt", "es", "fa", "ar"]


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


TEXT_FIELDS = {
    build_localized_fieldname(name, code)
    for name in ("title", "summary", "seo_title", "search_description")
    for code in LANGUAGES
}


def as_a_browser_sends_it(data):
    """Form data with every line break as `\\r\\n`, and the page's texts in every
    language with a space after them, as a careless keystroke leaves it."""
    sent = {}
    for name, value in data.items():
        if isinstance(value, str):
            value = value.replace("\n", "\r\n")
            if name in TEXT_FIELDS and value:
                value += " "
        sent[name] = value
    return sent


def summaries(page):
    return {code: getattr(page, build_localized_fieldname("summary", code)) for code in LANGUAGES}


@pytest.fixture
def editor(trust_site):
    client = Client()
    log_in_member(client, "Trust editors", "editor")
    return client


def test_normalise_makes_one_form_of_the_same_words():
    variants = ["Line one\nLine two", "Line one\r\nLine two ", "  Line one  \r\nLine two\r\n"]
    assert {normalise(v) for v in variants} == {"Line one\nLine two"}
    assert normalise("Cafe\u0301") == "Café"
    assert normalise(None) is None


def test_normalise_stream_leaves_block_types_and_ids_alone():
    data = [{"type": "paragraph", "id": " x ", "value": "<p>a</p>\r\n"}]
    assert normalise_stream(data) == [{"type": "paragraph", "id": " x ", "value": "<p>a</p>"}]


def test_publishing_unchanged_through_the_editor_changes_no_text(editor, page_by_path):
    school = page_by_path("schools/banister/")
    before = summaries(school)
    assert "\n\n" in before["pl"]  # a summary of two paragraphs, in every language
    data = as_a_browser_sends_it(admin_form_data(editor.get(edit_url(school))))
    response = editor.post(edit_url(school), {**data, "action-publish": "1"})
    assert response.status_code == 302
    school.refresh_from_db()
    assert summaries(school) == before


def test_one_english_sentence_is_one_change_in_the_compare_view(editor, page_by_path):
    school = page_by_path("schools/banister/")
    before = summaries(school)
    form = admin_form_data(editor.get(edit_url(school)))
    data = as_a_browser_sends_it(form)
    data["summary_en"] = form["summary_en"] + "\r\n\r\nOur office is open from 8am."
    assert editor.post(edit_url(school), data).status_code == 302  # a draft

    school.refresh_from_db()
    revision = school.get_latest_revision()
    draft = revision.as_object()
    assert summaries(draft) == {**before, "en": before["en"] + "\n\nOur office is open from 8am."}
    compare = editor.get(f"/admin/pages/{school.pk}/revisions/compare/live...{revision.pk}/")
    assert compare.status_code == 200
    changed = [c for c in compare.context["comparison"] if c.has_changed()]
    assert [str(c.field_label()) for c in changed] == ["Summary [en]"]
