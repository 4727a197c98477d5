"""Office staff start at their school: the dashboard takes them there in one click, the
trust's facts about the school are theirs to read, not to change, and the admin offers
them only what they use."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from tests.admin_forms import admin_form_data, log_in_member, refused

SITE_WIDE_REPORTS = {
    "workflows": "/admin/reports/workflow/",
    "workflow-tasks": "/admin/reports/workflow_tasks/",
    "site-history": "/admin/reports/site-history/",
    "aging-pages": "/admin/reports/aging-pages/",
    "page-types-usage": "/admin/reports/page-types-usage/",
}


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def test_the_dashboard_links_office_staff_to_their_school(banister_office, page_by_path):
    school = page_by_path("schools/banister/")
    panel = BeautifulSoup(banister_office.get("/admin/").content, "html.parser").find(
        id="your-school-content"
    )
    links = {a.get_text(" ", strip=True): a["href"] for a in panel.find_all("a")}
    assert links == {"Edit Banister": edit_url(school), "View live": "/en/schools/banister/"}
    editor = Client()
    log_in_member(editor, "Trust editors", "editor")
    assert b'id="your-school-content"' not in editor.get("/admin/").content


def test_the_trusts_facts_about_a_school_are_read_only_for_its_office(
    banister_office, page_by_path
):
    school = page_by_path("schools/banister/")
    facts = {name: getattr(school, name) for name in ("membership", "joined_year", "phase")}
    page = banister_office.get(edit_url(school))
    form = BeautifulSoup(page.content, "html.parser").find("form", id="page-edit-form")
    for name in ("membership", "joined_year", "phase", "slug"):
        assert form.find(attrs={"name": name}).has_attr("disabled"), name
    data = admin_form_data(
        page,
        membership="partner" if school.membership == "member" else "member",
        joined_year="1999",
        phase="special",
        slug="renamed",
        phone="023 8000 0000",
    )
    assert banister_office.post(edit_url(school), data).status_code == 302
    school.refresh_from_db()
    draft = school.get_latest_revision_as_object()
    assert draft.phone == "023 8000 0000"  # the office's own change is kept
    assert {name: getattr(draft, name) for name in facts} == facts
    assert draft.slug == "banister"

    # A trust editor, who may publish the page, changes them in the same form.
    editor = Client()
    log_in_member(editor, "Trust editors", "editor")
    data = admin_form_data(editor.get(edit_url(school)), joined_year="1999")
    assert editor.post(edit_url(school), data).status_code == 302
    school.refresh_from_db()
    assert school.get_latest_revision_as_object().joined_year == 1999


def reports_menu(client):
    html = client.get("/admin/").content.decode()
    return {name for name in SITE_WIDE_REPORTS if f'"name": "{name}"' in html}


def test_the_site_wide_reports_are_offered_to_trust_editors_not_office_staff(banister_office):
    assert reports_menu(banister_office) == set()
    editor = Client()
    log_in_member(editor, "Trust editors", "editor")
    assert reports_menu(editor) == set(SITE_WIDE_REPORTS)


@pytest.mark.parametrize("path", SITE_WIDE_REPORTS.values())
def test_the_site_wide_reports_refuse_office_staff(banister_office, path):
    assert refused(banister_office.get(path, follow=True))
    assert refused(banister_office.get(f"{path}results/", follow=True))
    editor = Client()
    log_in_member(editor, "Trust editors", "editor")
    assert editor.get(path).status_code == 200
