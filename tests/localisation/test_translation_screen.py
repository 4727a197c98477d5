"""The translation screen and the "Translators: <language>" groups: a Polish-speaking
parent or member of staff can be given Polish, and can do nothing else."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from core.models import SiteIdentity
from localisation.models import PageTranslation, translate_permission_codename
from tests.admin_forms import admin_form_data, log_in_member, refused
from tests.factories import mark_translations_reviewed
from tests.localisation.test_freshness import (
    NEW_SENTENCE,
    assert_outdated_summary_in,
    html,
    office_adds_a_sentence_and_a_trustee_approves,
)
from tests.localisation.test_normalised_text import as_a_browser_sends_it
from tests.operations.test_workflow import edit_url

POLISH_SENTENCE = "Nasze biuro jest otwarte od 8:00."
FORM = "translation-form"


def screen_url(page, language):
    return f"/admin/translations/{page.pk}/{language}/"


@pytest.fixture
def people(trust_site):
    office, trustee, editor, translator = Client(), Client(), Client(), Client()
    log_in_member(office, "Office staff: Banister", "banister-office")
    log_in_member(trustee, "Trustees", "trustee")
    log_in_member(editor, "Trust editors", "editor")
    log_in_member(translator, "Translators: Polski", "polish-parent")
    return office, trustee, editor, translator


def screen_data(client, page, language, **changes):
    return as_a_browser_sends_it(
        admin_form_data(client.get(screen_url(page, language)), form_id=FORM, **changes)
    )


def state(page, language):
    row = PageTranslation.objects.filter(page=page, language=language).first()
    return row.state if row else "missing"


def test_a_translator_brings_an_outdated_part_up_to_date(people, page_by_path):
    office, trustee, _editor, translator = people
    school = page_by_path("schools/banister/")
    office_adds_a_sentence_and_a_trustee_approves((office, trustee, None), school)
    assert state(school, "pl") == "outdated"

    screen = BeautifulSoup(translator.get(screen_url(school, "pl")).content, "html.parser")
    summary = screen.find("section", id="part-summary")
    assert summary.find(class_="translate-part__outdated") is not None
    # What changed in the English since it was translated: the new sentence, word by word.
    assert summary.find("ins").get_text() == NEW_SENTENCE
    assert summary.find(class_="translate-part__english")["lang"] == "en"
    assert summary.find("textarea")["lang"] == "pl"

    data = screen_data(translator, school, "pl")
    data["summary"] = f"{data['summary']}\r\n\r\n{POLISH_SENTENCE}"
    response = translator.post(screen_url(school, "pl"), {**data, "action-review": "1"})
    assert response.status_code == 302

    page = html("/pl/schools/banister/")
    assert POLISH_SENTENCE in page.find("article").get_text()
    assert not page.select("main [lang=en]")
    assert page.find("aside", class_="notice") is None
    assert state(school, "pl") == "reviewed"
    # Arabic was not translated again: it still shows the English part, with its notice.
    assert_outdated_summary_in("ar")
    assert state(school, "ar") == "outdated"


def test_saving_without_review_leaves_a_draft(people, page_by_path):
    *_others, translator = people
    school = page_by_path("schools/banister/")
    mark_translations_reviewed(page=school, language="pl")
    data = screen_data(translator, school, "pl")
    data["summary"] = f"{data['summary']} {POLISH_SENTENCE}"
    data = {key: value for key, value in data.items() if not key.endswith("__reviewed")}
    assert (
        translator.post(screen_url(school, "pl"), {**data, "action-save": "1"}).status_code == 302
    )
    row = PageTranslation.objects.get(page=school, language="pl")
    assert row.state == "draft"
    assert not row.sources["summary"]["reviewed"]
    assert html("/pl/schools/banister/").find("aside", class_="notice--draft") is not None


def test_a_reviewer_can_confirm_an_outdated_part_still_says_the_same(people, page_by_path):
    office, trustee, _editor, translator = people
    school = page_by_path("schools/banister/")
    office_adds_a_sentence_and_a_trustee_approves((office, trustee, None), school)
    polish_before = school.summary_pl
    data = screen_data(translator, school, "pl", summary__reviewed="on")
    assert (
        translator.post(screen_url(school, "pl"), {**data, "action-save": "1"}).status_code == 302
    )
    school.refresh_from_db()
    assert school.summary_pl == polish_before  # no new revision of the text
    row = PageTranslation.objects.get(page=school, language="pl")
    assert "summary" not in row.outdated_fields()
    assert not html("/pl/schools/banister/").select("main [lang=en]")


def test_a_translator_changes_only_their_own_language(people, page_by_path):
    *_others, translator = people
    school = page_by_path("schools/banister/")
    english = {name: getattr(school, f"{name}_en") for name in ("title", "summary")}
    arabic = school.summary_ar
    data = screen_data(translator, school, "pl")
    data.update(
        summary_en="Hijacked English",
        title_en="Hijacked",
        summary_ar="Hijacked Arabic",
        translations_unaffected="on",
        summary=f"{data['summary']} {POLISH_SENTENCE}",
    )
    assert translator.post(screen_url(school, "pl"), data).status_code == 302
    school.refresh_from_db()
    assert {name: getattr(school, f"{name}_en") for name in english} == english
    assert school.summary_ar == arabic
    assert school.summary_pl.endswith(POLISH_SENTENCE)
    assert school.live and not school.has_unpublished_changes


def test_a_translator_translates_a_page_body_block_by_block(people, page_by_path):
    *_others, translator = people
    page = page_by_path("vision/staff/")
    english_body = str(page.body_en)  # as rendered: saving gives list items ids
    data = screen_data(translator, page, "pl")
    data["body-0-value-heading"] = "Przetłumaczony nagłówek."
    assert translator.post(screen_url(page, "pl"), {**data, "action-save": "1"}).status_code == 302
    page.refresh_from_db()
    assert str(page.body_en) == english_body
    assert "Przetłumaczony nagłówek." in str(page.body_pl)
    assert "Przetłumaczony nagłówek." in html("/pl/vision/staff/").find("main").get_text()
    row = PageTranslation.objects.get(page=page, language="pl")
    assert row.sources["body"]["reviewed"] is False


def test_the_translator_is_refused_everything_else(people, page_by_path):
    *_others, translator = people
    school = page_by_path("schools/banister/")
    # Another language: neither the screen nor saving it.
    assert refused(translator.get(screen_url(school, "ar"), follow=True))
    data = screen_data(people[2], school, "ar", summary="Hijacked Arabic")
    assert refused(translator.post(screen_url(school, "ar"), data, follow=True))
    school.refresh_from_db()
    assert school.summary_ar != "Hijacked Arabic"
    # The page editor: editing, publishing the English.
    assert refused(translator.get(edit_url(school), follow=True))
    form = admin_form_data(people[2].get(edit_url(school)))
    form.update(summary_en="Hijacked", summary_pl="Hijacked", **{"action-publish": "1"})
    assert refused(translator.post(edit_url(school), form, follow=True))
    school.refresh_from_db()
    assert "Hijacked" not in (school.summary_en, school.summary_pl)
    # Settings, another language's PO file, the explorer and the page's other actions.
    settings_url = f"/admin/settings/core/siteidentity/{SiteIdentity.objects.get().site_id}/"
    for url in (
        settings_url,
        "/admin/reports/translations/po/ar/",
        f"/admin/pages/{school.pk}/",
        "/admin/pages/add/schools/schoolpage/" + str(school.get_parent().pk) + "/",
        f"/admin/pages/{school.pk}/delete/",
        f"/admin/pages/{school.pk}/unpublish/",
    ):
        response = translator.get(url, follow=True)
        assert response.status_code in (403, 404) or refused(response), url


def test_the_translator_sees_the_report_in_their_language_only(people, page_by_path):
    *_others, translator = people
    page = BeautifulSoup(translator.get("/admin/reports/translations/").content, "html.parser")
    table = page.find("table", class_="translation-report")
    assert [th.get_text(strip=True) for th in table.thead.find_all("th")][1:] == ["Polski"]
    st_marks = page_by_path("schools/st-marks/")
    assert table.find("a", href=screen_url(st_marks, "pl")) is not None


def test_a_translation_waits_while_english_changes_await_approval(people, page_by_path):
    office, _trustee, _editor, translator = people
    school = page_by_path("schools/banister/")
    form = as_a_browser_sends_it(admin_form_data(office.get(edit_url(school))))
    form["summary_en"] = f"{form['summary_en']}\n\n{NEW_SENTENCE}"
    assert office.post(edit_url(school), {**form, "action-submit": "1"}).status_code == 302
    data = screen_data(translator, school, "pl")
    data["summary"] = f"{data['summary']} {POLISH_SENTENCE}"
    response = translator.post(screen_url(school, "pl"), {**data, "action-save": "1"})
    assert response.status_code == 200
    assert "waiting to be approved" in response.content.decode()
    school.refresh_from_db()
    assert POLISH_SENTENCE not in school.summary_pl
    assert school.current_workflow_state is not None  # the office's change still waits


def test_a_trustee_approving_says_the_change_does_not_affect_translations(people, page_by_path):
    office, trustee, _editor, _translator = people
    school = page_by_path("schools/banister/")
    office_form = admin_form_data(office.get(edit_url(school)))
    assert (
        "translations_unaffected"
        not in BeautifulSoup(office.get(edit_url(school)).content, "html.parser")
        .find("form", id="page-edit-form")
        .decode()
    )
    typo_fixed = office_form["summary_en"].replace(
        "became a primary school", "became a Primary School"
    )
    office_form = {**office_form, "summary_en": typo_fixed, "action-submit": "1"}
    assert office.post(edit_url(school), office_form).status_code == 302

    form = admin_form_data(trustee.get(edit_url(school)))
    form.update(
        {
            "translations_unaffected": "on",
            "action-workflow-action": "1",
            "workflow-action-name": "approve",
        }
    )
    assert trustee.post(edit_url(school), form).status_code == 302
    school.refresh_from_db()
    assert school.summary_en == typo_fixed.strip() and not school.has_unpublished_changes
    assert not any(row.outdated_fields() for row in PageTranslation.objects.filter(page=school))
    assert not html("/pl/schools/banister/").select("main [lang=en]")


def test_translators_groups_exist_for_every_language(trust_site):
    from django.conf import settings
    from django.contrib.auth.models import Group

    for code, name in settings.LANGUAGES:
        if code == "en":
            continue
        group = Group.objects.get(name=f"Translators: {name}")
        codenames = set(group.permissions.values_list("codename", flat=True))
        translate = translate_permission_codename(code)
        assert codenames == {"access_admin", "view_pagetranslation", translate}
        assert not group.page_permissions.exists()
        assert not group.collection_permissions.exists()


@pytest.mark.parametrize("group", ["Trust editors", "Translators: Polski"])
def test_the_report_and_the_screen_take_a_fixed_number_of_queries(
    client, page_by_path, group, django_assert_max_num_queries
):
    """Not one query per page of the report (45 pages) nor per field of the screen: the
    report's queries grow with the kinds of page, not their number."""
    log_in_member(client, group, "someone")
    with django_assert_max_num_queries(32):  # one per kind of page: 18 kinds
        assert client.get("/admin/reports/translations/").status_code == 200
    with django_assert_max_num_queries(18):
        assert client.get(screen_url(page_by_path("vision/staff/"), "pl")).status_code == 200


def test_a_page_someone_has_locked_waits_for_them(people, page_by_path):
    from django.contrib.auth import get_user_model

    from localisation.po import export_po, import_po

    *_others, translator = people
    school = page_by_path("schools/banister/")
    school.locked = True
    school.locked_by = get_user_model().objects.get(username="editor")
    school.save(update_fields=["locked", "locked_by"])
    data = screen_data(translator, school, "pl")
    data["summary"] = f"{data['summary']} {POLISH_SENTENCE}"
    response = translator.post(screen_url(school, "pl"), {**data, "action-save": "1"})
    assert response.status_code == 200
    assert "locked this page" in response.content.decode()
    po = export_po("pl")
    [entry] = [e for e in po if e.msgctxt == f"{school.url_path}|summary"]
    entry.msgstr, entry.flags = f"{entry.msgstr} {POLISH_SENTENCE}", []
    report = import_po("pl", po)
    assert (school.url_path, "summary") in report.refused
    school.refresh_from_db()
    assert POLISH_SENTENCE not in school.summary_pl


def test_a_confirmed_body_remembers_the_english_it_was_confirmed_against(people, page_by_path):
    """After a reviewer confirms an outdated body still says the same, the next English
    change is shown against the English they confirmed, text by text."""
    *_others, translator = people
    page = page_by_path("vision/staff/")
    data = page.body_en.raw_data
    data[0]["value"]["heading"] = "Teaching and learning"
    page.body_en = data
    page.save_revision().publish()
    form = screen_data(translator, page, "pl", body__reviewed="on")
    assert translator.post(screen_url(page, "pl"), {**form, "action-save": "1"}).status_code == 302
    row = PageTranslation.objects.get(page=page, language="pl")
    assert "body" not in row.outdated_fields()
    assert row.sources["body"]["units"]["0.heading"] == "Teaching and learning"
