"""What a trustee may do on a school's page: approve or send back the office's change, and
nothing else. Tried through the admin as a trustee would, while a change waits for them
(when the page editor opens for them at all)."""

import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.test import Client
from wagtail.models import GroupPagePermission, PageViewRestriction

from tests.admin_forms import admin_form_data, log_in_member, refused

OFFICE_SUMMARY = "Banister now runs a Saturday reading club for families."
TRUSTEE_SUMMARY = "Written by a trustee, not by the school."


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def public_text(path="/en/schools/banister/"):
    return Client().get(path).content.decode()


@pytest.fixture
def waiting(trust_site, page_by_path):
    """Banister's office has submitted a change; a trustee is logged in to review it.
    Returns the trustee's client and the school."""
    office, trustee = Client(), Client()
    log_in_member(office, "Office staff: Banister", "banister-office")
    log_in_member(trustee, "Trustees", "trustee")
    school = page_by_path("schools/banister/")
    data = admin_form_data(
        office.get(edit_url(school)), summary_en=OFFICE_SUMMARY, **{"action-submit": "1"}
    )
    assert office.post(edit_url(school), data).status_code == 302
    return trustee, school


def still_waiting(school):
    """The office's change is neither published nor withdrawn, and nobody else's text
    has been put in its place."""
    school.refresh_from_db()
    live = public_text()
    return (
        school.live
        and OFFICE_SUMMARY not in live
        and TRUSTEE_SUMMARY not in live
        and school.workflow_in_progress
        and school.get_latest_revision_as_object().summary_en == OFFICE_SUMMARY
    )


def test_trustees_hold_no_permission_on_the_schools(trust_site, page_by_path):
    trustees = Group.objects.get(name="Trustees")
    schools = page_by_path("schools/")
    assert not GroupPagePermission.objects.filter(
        group=trustees, page__path__startswith=schools.path
    ).exists()


def test_setup_permissions_takes_back_the_publish_trustees_once_held(trust_site, page_by_path):
    """Earlier versions gave trustees publish on the schools so that they could approve."""
    trustees = Group.objects.get(name="Trustees")
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    GroupPagePermission.objects.create(
        group=trustees, page=page_by_path("schools/"), permission=publish
    )
    call_command("setup_permissions", stdout=io.StringIO())
    test_trustees_hold_no_permission_on_the_schools(trust_site, page_by_path)


def test_a_trustee_publishing_their_own_text_on_a_school_page_is_refused(waiting):
    trustee, school = waiting
    data = admin_form_data(
        trustee.get(edit_url(school)), summary_en=TRUSTEE_SUMMARY, **{"action-publish": "1"}
    )
    assert refused(trustee.post(edit_url(school), data, follow=True))
    assert still_waiting(school)


def test_a_trustee_approving_in_the_editor_publishes_the_offices_text_not_theirs(waiting):
    trustee, school = waiting
    data = admin_form_data(
        trustee.get(edit_url(school)),
        summary_en=TRUSTEE_SUMMARY,
        **{"action-workflow-action": "1", "workflow-action-name": "approve"},
    )
    assert trustee.post(edit_url(school), data).status_code == 302
    school.refresh_from_db()
    assert not school.workflow_in_progress
    assert OFFICE_SUMMARY in public_text()
    assert TRUSTEE_SUMMARY not in public_text()


def test_a_trustee_cannot_put_an_old_version_back_while_reviewing(waiting):
    trustee, school = waiting
    old = school.revisions.order_by("created_at").first()
    url = f"/admin/pages/{school.pk}/revisions/{old.pk}/revert/"
    data = admin_form_data(
        trustee.get(edit_url(school)),
        **{"action-workflow-action": "1", "workflow-action-name": "approve"},
    )
    assert refused(trustee.post(url, data, follow=True))
    assert still_waiting(school)


def test_a_trustee_cannot_publish_a_school_page_through_the_bulk_actions(waiting):
    trustee, school = waiting
    trustee.post(f"/admin/bulk/wagtailcore/page/publish/?id={school.pk}", {})
    assert still_waiting(school)


def test_a_trustee_cannot_unpublish_hide_move_delete_or_copy_a_school_page(waiting, page_by_path):
    trustee, school = waiting
    vision = page_by_path("vision/")
    pages = type(school).objects.count()
    trustee.post(f"/admin/pages/{school.pk}/unpublish/", {})
    trustee.post(f"/admin/bulk/wagtailcore/page/unpublish/?id={school.pk}", {})
    trustee.post(f"/admin/pages/{school.pk}/privacy/", {"restriction_type": "login"})
    trustee.post(f"/admin/pages/{school.pk}/move/{vision.pk}/confirm/", {})
    trustee.post(f"/admin/pages/{school.pk}/delete/", {})
    trustee.post(
        f"/admin/pages/{school.pk}/copy/",
        {"new_title": "Copy", "new_slug": "copy", "new_parent_page": school.get_parent().pk},
    )
    assert not PageViewRestriction.objects.filter(page=school).exists()
    assert type(school).objects.count() == pages
    school.refresh_from_db()
    assert school.get_parent().pk == page_by_path("schools/").pk
    assert still_waiting(school)
