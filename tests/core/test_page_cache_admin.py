"""What readers see changes only when something they see changes: work on a draft in the
admin, saving or sending it for approval, keeps every cached page; publishing replaces it."""

import pytest
from django.core.cache import cache
from django.test import Client

from tests.admin_forms import admin_form_data, log_in_member
from tests.factories import SchoolPageFactory

SCHOOL = "/en/schools/banister/"
NEW_SUMMARY = "Banister now runs a Saturday reading club for families."


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_TIMEOUT = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def reader(trust_site):
    """An anonymous visitor, with the school's page already in the cache."""
    client = Client()
    assert client.get(SCHOOL)["X-Page-Cache"] == "miss"
    return client


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def post_summary(client, page, **action):
    data = admin_form_data(client.get(edit_url(page)), summary_en=NEW_SUMMARY, **action)
    response = client.post(edit_url(page), data)
    assert response.status_code == 302
    return response


def test_an_office_saving_a_draft_keeps_the_cached_page(client, reader, page_by_path):
    log_in_member(client, "Office staff: Banister", "banister-office")
    post_summary(client, page_by_path("schools/banister/"))
    response = reader.get(SCHOOL)
    assert response["X-Page-Cache"] == "hit"
    assert NEW_SUMMARY not in response.content.decode()


def test_an_office_submitting_a_change_for_approval_keeps_the_cached_page(
    client, reader, page_by_path, django_capture_on_commit_callbacks
):
    log_in_member(client, "Office staff: Banister", "banister-office")
    with django_capture_on_commit_callbacks(execute=True):
        post_summary(client, page_by_path("schools/banister/"), **{"action-submit": "1"})
    assert reader.get(SCHOOL)["X-Page-Cache"] == "hit"


def test_a_trustee_sending_a_change_back_keeps_the_cached_page(
    client, reader, page_by_path, django_capture_on_commit_callbacks
):
    school = page_by_path("schools/banister/")
    log_in_member(client, "Office staff: Banister", "banister-office")
    with django_capture_on_commit_callbacks(execute=True):
        post_summary(client, school, **{"action-submit": "1"})
    trustee = Client()
    log_in_member(trustee, "Trustees", "trustee")
    task_state = school.current_workflow_task_state
    url = f"/admin/pages/workflow/action/{school.pk}/reject/{task_state.pk}/"
    with django_capture_on_commit_callbacks(execute=True):
        assert trustee.post(url, {"comment": "Not yet."}).status_code == 302
    assert reader.get(SCHOOL)["X-Page-Cache"] == "hit"


def test_an_editor_publishing_a_change_replaces_the_cached_page(client, reader, page_by_path):
    log_in_member(client, "Trust editors", "editor")
    post_summary(client, page_by_path("schools/banister/"), **{"action-publish": "1"})
    response = reader.get(SCHOOL)
    assert response["X-Page-Cache"] == "miss"
    assert NEW_SUMMARY in response.content.decode()


def test_a_new_page_saved_as_a_draft_keeps_the_cached_pages(reader, page_by_path):
    SchoolPageFactory(parent=page_by_path("schools/"), title="Draft School", live=False)
    assert reader.get(SCHOOL)["X-Page-Cache"] == "hit"


def test_renaming_a_live_page_in_code_shows_at_once(reader, page_by_path):
    school = page_by_path("schools/banister/")
    school.title = "Banister Primary"
    school.save()
    response = reader.get(SCHOOL)
    assert response["X-Page-Cache"] == "miss"
    assert "Banister Primary" in response.content.decode()
