"""A translation older than its English is never served as if it were current: the
story of issue 13, through the admin as an office, a trustee and an editor use it."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import formats, translation
from django.utils.translation import gettext

from localisation.models import PageTranslation
from tests.admin_forms import admin_form_data, log_in_member
from tests.factories import mark_translations_reviewed
from tests.localisation.test_normalised_text import as_a_browser_sends_it
from tests.operations.test_workflow import dashboard_action_url, edit_url

NEW_SENTENCE = "Our office is open from 8am."
PART_NOTICE = (
    "This part changed in English on %(date)s and is being translated. "
    "Until then it is shown in English."
)


def html(path):
    return BeautifulSoup(Client().get(path).content, "html.parser")


@pytest.fixture
def people(trust_site):
    office, trustee, editor = Client(), Client(), Client()
    log_in_member(office, "Office staff: Banister", "banister-office")
    log_in_member(trustee, "Trustees", "trustee")
    log_in_member(editor, "Trust editors", "editor")
    return office, trustee, editor


def office_adds_a_sentence_and_a_trustee_approves(people, school):
    office, trustee, _editor = people
    form = admin_form_data(office.get(edit_url(school)))
    data = as_a_browser_sends_it(form)
    data["summary_en"] = f"{form['summary_en']}\r\n\r\n{NEW_SENTENCE}"
    assert office.post(edit_url(school), {**data, "action-submit": "1"}).status_code == 302
    assert (
        trustee.post(dashboard_action_url(trustee, "approve"), {"comment": ""}).status_code == 302
    )


def english_parts(page):
    return [el for el in page.select("main [lang=en]") if NEW_SENTENCE in el.get_text()]


def assert_outdated_summary_in(code):
    page = html(f"/{code}/schools/banister/")
    [part] = english_parts(page)
    assert part["dir"] == "ltr"
    with translation.override(code):
        expected = gettext(PART_NOTICE) % {
            "date": formats.date_format(datetime.date.today(), "DATE_FORMAT")
        }
    notice = part.find_previous_sibling("p", class_="notice--outdated-part")
    assert notice.get_text(strip=True) == expected
    assert page.find("aside", class_="notice--outdated") is not None


@pytest.mark.parametrize("reviewed_first", [False, True])
def test_an_approved_english_change_shows_in_english_with_a_notice_in_each_language(
    people, page_by_path, admin_client, reviewed_first
):
    school = page_by_path("schools/banister/")
    if reviewed_first:
        mark_translations_reviewed(page=school)
    office_adds_a_sentence_and_a_trustee_approves(people, school)

    for code in ("pl", "ar"):
        assert_outdated_summary_in(code)
    # The part that did not change keeps its translation, and other schools are as before.
    polish = html("/pl/schools/banister/")
    assert "stała się szkołą podstawową" not in polish.find("article").get_text()
    assert not html("/pl/schools/st-marks/").select("main [lang=en]")
    assert html("/pl/schools/st-marks/").find("aside", class_="notice--outdated") is None

    report = BeautifulSoup(admin_client.get("/admin/reports/translations/").content, "html.parser")
    table_rows = report.select("table.translation-report tbody tr")
    rows = {tr.th.get_text(strip=True): tr for tr in table_rows}
    banister = [td.get_text(" ", strip=True) for td in rows["Banister"].find_all("td")]
    today = formats.date_format(datetime.date.today(), "DATE_FORMAT")
    assert all(cell.startswith("Outdated") and today in cell for cell in banister)
    assert not any("Outdated" in td.get_text() for td in rows["St Mark’s"].find_all("td"))


def test_a_change_that_does_not_affect_translations_keeps_them_current(people, page_by_path):
    _office, _trustee, editor = people
    school = page_by_path("schools/banister/")
    form = admin_form_data(editor.get(edit_url(school)))
    typo_fixed = form["summary_en"].replace("became a primary school", "became a Primary School")
    assert typo_fixed != form["summary_en"]
    data = {
        **form,
        "summary_en": typo_fixed,
        "translations_unaffected": "on",
        "action-publish": "1",
    }
    assert editor.post(edit_url(school), data).status_code == 302
    assert not html("/pl/schools/banister/").select("main [lang=en]")
    # The box speaks for one publish: cleared on the page, unticked at the next edit.
    school.refresh_from_db()
    assert school.translations_unaffected is False
    form = admin_form_data(editor.get(edit_url(school)))
    assert "translations_unaffected" not in form


def test_publishing_unchanged_or_saving_a_draft_flags_nothing(people, page_by_path):
    _office, _trustee, editor = people
    school = page_by_path("schools/banister/")
    form = as_a_browser_sends_it(admin_form_data(editor.get(edit_url(school))))
    assert editor.post(edit_url(school), {**form, "action-publish": "1"}).status_code == 302
    changed = {**form, "summary_en": f"{form['summary_en']}\r\n\r\n{NEW_SENTENCE}"}
    assert editor.post(edit_url(school), changed).status_code == 302  # a draft only
    assert not any(row.outdated_fields() for row in PageTranslation.objects.filter(page=school))
    assert not html("/pl/schools/banister/").select("main [lang=en]")


def test_translating_the_changed_part_again_makes_it_current(people, page_by_path):
    _office, _trustee, editor = people
    school = page_by_path("schools/banister/")
    office_adds_a_sentence_and_a_trustee_approves(people, school)
    form = admin_form_data(editor.get(edit_url(school)))
    polish = f"{form['summary_pl']}\r\n\r\nNasze biuro jest otwarte od 8:00."
    response = editor.post(edit_url(school), {**form, "summary_pl": polish, "action-publish": "1"})
    assert response.status_code == 302
    page = html("/pl/schools/banister/")
    assert "Nasze biuro jest otwarte od 8:00." in page.find("article").get_text()
    assert not page.select("main [lang=en]")
    assert page.find("aside", class_="notice--outdated") is None
    # Arabic was not translated again: it still shows the English part.
    assert_outdated_summary_in("ar")


def test_search_results_never_quote_an_outdated_translation(people, page_by_path):
    office, trustee, _editor = people
    school = page_by_path("schools/banister/")
    office_adds_a_sentence_and_a_trustee_approves(people, school)
    results = html("/pl/search/?q=Banister").find("ol", class_="search-results")
    [snippet] = [
        li.find(class_="search-result__snippet")
        for li in results.find_all("li")
        if li.find("a")["href"] == "/pl/schools/banister/"
    ]
    # The summary is served in English on the page: so it is in the results.
    assert snippet["lang"] == "en"
    assert "stała się szkołą podstawową" not in snippet.get_text()


def test_the_updates_feed_gives_an_outdated_summary_in_english(page_by_path):
    from tests.factories import VisionUpdatePageFactory

    update = VisionUpdatePageFactory(
        parent=page_by_path("vision/updates/"),
        title="Summer report",
        summary="The summer term report.",
        summary_pl="Sprawozdanie z semestru letniego.",
    )
    update.save_revision().publish()
    feed = Client().get("/pl/vision/updates/feed/").content.decode()
    assert "Sprawozdanie z semestru letniego." in feed
    update.summary_en = "The summer term report, with the new closing times."
    update.save_revision().publish()
    feed = Client().get("/pl/vision/updates/feed/").content.decode()
    assert "Sprawozdanie z semestru letniego." not in feed
    assert "The summer term report, with the new closing times." in feed


def test_cards_listing_a_page_show_its_outdated_parts_in_english(page_by_path):
    """The home page and the updates index list an update's title and summary: an
    outdated one comes in English there too, marked for screen readers."""
    from tests.factories import VisionUpdatePageFactory

    update = VisionUpdatePageFactory(
        parent=page_by_path("vision/updates/"),
        title="Summer report",
        title_pl="Sprawozdanie letnie",
        summary="The summer term report.",
        summary_pl="Sprawozdanie z semestru letniego.",
    )
    update.save_revision().publish()
    update.summary_en = "The summer term report, with the new closing times."
    update.save_revision().publish()
    for path in ("/pl/", "/pl/vision/updates/"):
        [card] = html(path).select("li.update-card")
        assert card.find("a").get_text() == "Sprawozdanie letnie"  # still current
        assert not card.find("a").has_attr("lang")
        summary = card.find_all("p")[-1]
        assert summary.get_text() == "The summer term report, with the new closing times."
        assert summary["lang"] == "en"
