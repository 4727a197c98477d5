"""Office changes wait for a trustee: Wagtail's "Trustee approval" workflow, used through
the admin as the office and the trustee would use it."""

import re

import pytest
from django.core import mail
from django.test import Client
from wagtail.models import Page

from tests.admin_forms import admin_form_data, log_in_member, refused

NEW_SUMMARY = "Banister now runs a Saturday reading club for families."


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def public_text(path):
    return Client().get(path).content.decode()


@pytest.fixture
def people(trust_site):
    """An office, a trustee and a trust editor, each logged in to the admin in their own
    browser and each with an email address for Wagtail's notifications."""
    office, trustee, editor = Client(), Client(), Client()
    log_in_member(office, "Office staff: Banister", "banister-office")
    log_in_member(trustee, "Trustees", "trustee")
    log_in_member(editor, "Trust editors", "editor")
    return office, trustee, editor


def submit_summary(office, school):
    data = admin_form_data(
        office.get(edit_url(school)), summary_en=NEW_SUMMARY, **{"action-submit": "1"}
    )
    response = office.post(edit_url(school), data)
    assert response.status_code == 302
    return response


def dashboard_action_url(client, action):
    """The workflow action link the dashboard's "Awaiting your review" panel offers."""
    html = client.get("/admin/").content.decode()
    match = re.search(rf"/admin/pages/workflow/action/\d+/{action}/\d+/", html)
    assert match, f"no {action} link on the dashboard"
    return match.group(0)


def test_every_page_is_covered_by_the_trustee_approval_workflow(trust_site):
    pages = Page.objects.filter(depth__gte=2)
    assert {page.get_workflow().name for page in pages} == {"Trustee approval"}


def test_a_submitted_change_waits_until_a_trustee_approves_it(
    people, page_by_path, django_capture_on_commit_callbacks
):
    office, trustee, _editor = people
    school = page_by_path("schools/banister/")
    with django_capture_on_commit_callbacks(execute=True):
        submit_summary(office, school)
    assert NEW_SUMMARY not in public_text("/en/schools/banister/")
    # Wagtail tells every approver, trustees and trust editors alike.
    told = {address for message in mail.outbox for address in message.to}
    assert {"trustee@example.org", "editor@example.org"} <= told
    assert "banister-office@example.org" not in told

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = trustee.post(dashboard_action_url(trustee, "approve"), {"comment": ""})
    assert response.status_code == 302
    assert NEW_SUMMARY in public_text("/en/schools/banister/")
    assert any("banister-office@example.org" in message.to for message in mail.outbox)
    school.refresh_from_db()
    assert not school.workflow_in_progress
    assert not school.has_unpublished_changes


def test_a_change_sent_back_stays_unpublished_and_the_office_gets_the_comment(
    people, page_by_path, django_capture_on_commit_callbacks
):
    office, trustee, _editor = people
    school = page_by_path("schools/banister/")
    live_revision = school.live_revision_id
    with django_capture_on_commit_callbacks(execute=True):
        submit_summary(office, school)
    mail.outbox.clear()
    comment = "Please give the club's start date before we publish this."
    with django_capture_on_commit_callbacks(execute=True):
        trustee.post(dashboard_action_url(trustee, "reject"), {"comment": comment})

    school.refresh_from_db()
    assert school.live_revision_id == live_revision
    assert NEW_SUMMARY not in public_text("/en/schools/banister/")
    [email] = [m for m in mail.outbox if "banister-office@example.org" in m.to]
    assert comment in email.body
    # The office can pick the page up again, with its draft kept.
    assert NEW_SUMMARY in office.get(edit_url(school)).content.decode()


def test_trust_editors_approve_as_well(people, page_by_path):
    office, _trustee, editor = people
    submit_summary(office, page_by_path("schools/banister/"))
    editor.post(dashboard_action_url(editor, "approve"), {"comment": ""})
    assert NEW_SUMMARY in public_text("/en/schools/banister/")


def test_the_office_cannot_approve_its_own_change(people, page_by_path):
    office, trustee, _editor = people
    submit_summary(office, page_by_path("schools/banister/"))
    approve = dashboard_action_url(trustee, "approve")
    assert refused(office.post(approve, {"comment": ""}, follow=True))
    assert NEW_SUMMARY not in public_text("/en/schools/banister/")
