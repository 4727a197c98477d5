"""Who may do what in the admin (`setup_permissions`), tried through the admin itself."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from localisation.models import PageTranslation
from tests.admin_forms import admin_form_data, log_in_member, refused


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def everything():
    return [
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        Collection.objects.count(),
        Workflow.objects.count(),
        Task.objects.count(),
        WorkflowTask.objects.count(),
        WorkflowPage.objects.count(),
        sum(group.permissions.count() for group in Group.objects.all()),
    ]


def test_a_second_run_creates_nothing(trust_site):
    before = everything()
    out = io.StringIO()
    call_command("setup_permissions", stdout=out)
    assert everything() == before
    assert "Permissions: 0 created" in out.getvalue()


def test_each_school_has_an_office_group_and_its_own_collection(trust_site):
    schools = Page.objects.get(url_path="/home/schools/").get_children()
    root = Collection.get_first_root_node()
    shared = root.get_children().get(name="Trust")
    for school in schools:
        group = Group.objects.get(name=f"Office staff: {school.title}")
        collection = root.get_children().get(name=school.title)
        notices = school.get_children().get(slug="notices")
        assert {p.page_id for p in group.page_permissions.all()} == {school.pk, notices.pk}
        assert {p.collection_id for p in group.collection_permissions.all()} == {
            collection.pk,
            shared.pk,
        }
    assert schools.count() == 7


def test_no_office_group_may_publish_but_its_urgent_notices(trust_site):
    offices = Group.objects.filter(name__startswith="Office staff: ")
    assert offices.count() == 7
    published = GroupPagePermission.objects.filter(
        group__in=offices, permission__codename="publish_page"
    )
    assert {(p.page.specific_class.__name__, p.page.get_parent().title) for p in published} == {
        ("UrgentNoticeIndexPage", office.name.removeprefix("Office staff: ")) for office in offices
    }


def test_office_staff_see_and_save_their_own_schools_page(banister_office, page_by_path):
    school = page_by_path("schools/banister/")
    data = admin_form_data(banister_office.get(edit_url(school)), phone="023 8000 0000")
    response = banister_office.post(edit_url(school), data)
    assert response.status_code == 302
    school.refresh_from_db()
    assert school.get_latest_revision_as_object().phone == "023 8000 0000"


@pytest.mark.parametrize(
    "path", ["schools/st-marks/", "schools/", "history/", "aims/", "vision/", "vision/staff/", ""]
)
def test_office_staff_are_refused_every_other_page(banister_office, page_by_path, path):
    page = page_by_path(path)
    response = banister_office.get(edit_url(page), follow=True)
    assert refused(response)
    assert response.redirect_chain[0][0] == "/admin/"


def test_office_staff_cannot_post_changes_to_another_school(banister_office, page_by_path):
    other = page_by_path("schools/st-marks/")
    revisions = other.revisions.count()
    response = banister_office.post(
        edit_url(other), {"title_en": "Renamed", "slug": other.slug, "action-publish": "1"}
    )
    assert response.status_code == 302
    assert other.revisions.count() == revisions
    assert Page.objects.get(pk=other.pk).title_en == other.title_en


def test_office_staff_cannot_add_a_school(banister_office, page_by_path):
    index = page_by_path("schools/")
    response = banister_office.get(f"/admin/pages/add/schools/schoolpage/{index.pk}/", follow=True)
    assert refused(response)


def test_office_staff_are_offered_no_publish_button(banister_office, page_by_path):
    school = page_by_path("schools/banister/")
    content = banister_office.get(edit_url(school)).content
    assert b'name="action-publish"' not in content
    assert b'name="action-submit"' in content
    assert b"Submit to Trustee approval" in content
    assert b"Editing your school" in content  # the help panel


def test_office_staff_publishing_their_own_page_only_saves_a_draft(
    banister_office, client, page_by_path
):
    school = page_by_path("schools/banister/")
    live_revision = school.live_revision_id
    data = admin_form_data(
        banister_office.get(edit_url(school)),
        summary_en="Published by the office",
        **{"action-publish": "Publish"},
    )
    banister_office.post(edit_url(school), data)
    school.refresh_from_db()
    assert school.live_revision_id == live_revision
    assert school.has_unpublished_changes
    assert "Published by the office" not in Client().get("/en/schools/banister/").content.decode()


def test_trustees_publish_in_the_vision_section_but_not_elsewhere(client, trust_site, page_by_path):
    log_in_member(client, "Trustees", "trustee")
    staff = page_by_path("vision/staff/")
    body_before = list(staff.body.raw_data)
    data = admin_form_data(
        client.get(edit_url(staff)), intro_en="Agreed by the trustees", **{"action-publish": "1"}
    )
    assert client.post(edit_url(staff), data).status_code == 302
    staff.refresh_from_db()
    assert staff.intro_en == "Agreed by the trustees"
    # The form was posted back as the admin drew it: the themed lists are untouched.
    assert list(staff.body.raw_data) == body_before
    for path in ("schools/banister/", "history/", "aims/"):
        assert refused(client.get(edit_url(page_by_path(path)), follow=True)), path


def test_trust_editors_publish_anywhere(client, trust_site, page_by_path):
    log_in_member(client, "Trust editors", "editor")
    for path in ("history/", "schools/st-marks/", "aims/"):
        page = page_by_path(path)
        data = admin_form_data(
            client.get(edit_url(page)), seo_title_en=f"Checked {path}", **{"action-publish": "1"}
        )
        client.post(edit_url(page), data)
        page.refresh_from_db()
        assert page.seo_title_en == f"Checked {path}"
        assert not page.has_unpublished_changes


def test_office_staff_cannot_publish_through_the_bulk_actions(banister_office, page_by_path):
    school = page_by_path("schools/banister/")
    data = admin_form_data(banister_office.get(edit_url(school)), summary_en="Bulk published")
    banister_office.post(edit_url(school), data)  # a draft
    url = f"/admin/bulk/wagtailcore/page/publish/?id={school.pk}"
    banister_office.post(url, {})  # a trust editor's identical request publishes the draft
    school.refresh_from_db()
    assert school.has_unpublished_changes
    assert "Bulk published" not in Client().get("/en/schools/banister/").content.decode()


def test_trustees_can_choose_documents_to_link_from_an_update(client, trust_site):
    log_in_member(client, "Trustees", "trustee")
    assert client.get("/admin/documents/chooser/").status_code == 200
    assert refused(client.get("/admin/documents/add/", follow=True))


def test_wagtails_unused_stock_groups_are_removed(trust_site):
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()


def test_a_stock_group_in_use_is_kept_with_a_warning(trust_site, django_user_model):
    editors = Group.objects.create(name="Editors")
    django_user_model.objects.create_user("someone").groups.add(editors)
    output = io.StringIO()

    call_command("setup_permissions", stdout=output)

    assert Group.objects.filter(name="Editors").exists()
    assert 'Wagtail\'s "Editors" group has members' in output.getvalue()


def test_office_staff_do_not_get_the_translations_report(banister_office):
    assert refused(banister_office.get("/admin/reports/translations/", follow=True))
    assert "/admin/reports/translations/" not in banister_office.get("/admin/").content.decode()


def test_trust_editors_see_the_report_and_mark_a_translation_reviewed(client, trust_site):
    log_in_member(client, "Trust editors", "editor")
    assert client.get("/admin/reports/translations/").status_code == 200
    row = PageTranslation.objects.filter(language="pl").first()
    screen = f"/admin/translations/{row.page_id}/pl/"
    data = admin_form_data(client.get(screen), form_id="translation-form")
    assert client.post(screen, {**data, "action-review": "1"}).status_code == 302
    row.refresh_from_db()
    assert row.state == "reviewed"


def test_no_one_sets_a_translation_state_by_hand(admin_client, trust_site):
    """The state is derived from the page's fields: there is no snippet to edit it."""
    response = admin_client.get("/admin/snippets/localisation/pagetranslation/", follow=True)
    assert response.status_code == 404
