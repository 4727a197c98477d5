"""A school's office writes its news and letters in the admin: under its own school only,
with documents from its own collection or the trust's, and never publishes them itself:
a trustee approves, or the go-live time comes."""

import datetime
import io
import json

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import Page

from core.media import REFUSED_REFERENCE
from tests.admin_forms import admin_form_data, log_in_member, refused
from tests.factories import NewsItemPageFactory
from tests.news.conftest import main_text
from tests.operations.test_workflow import dashboard_action_url


def add_url(index):
    return f"/admin/pages/add/news/newsitempage/{index.pk}/"


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def rich_text(*paragraphs):
    """A paragraph block's value as the admin's rich text editor posts it (Draftail)."""
    blocks = [
        {
            "key": f"p{n}",
            "text": text,
            "type": "unstyled",
            "depth": 0,
            "inlineStyleRanges": [],
            "entityRanges": [],
        }
        for n, text in enumerate(paragraphs)
    ]
    return json.dumps({"blocks": blocks, "entityMap": {}})


def body(*paragraphs):
    """The POST data of a body made of one paragraph block."""
    return {
        "body_en-count": "1",
        "body_en-0-type": "paragraph",
        "body_en-0-value": rich_text(*paragraphs),
        "body_en-0-deleted": "",
        "body_en-0-order": "0",
        "body_en-0-id": "",
    }


def attachments(*documents):
    """The POST data of the attached documents, as the document chooser leaves it."""
    data = {"attachments-count": str(len(documents))}
    for n, document in enumerate(documents):
        data.update(
            {
                f"attachments-{n}-type": "document",
                f"attachments-{n}-value": str(document.pk),
                f"attachments-{n}-deleted": "",
                f"attachments-{n}-order": str(n),
                f"attachments-{n}-id": "",
            }
        )
    return data


def a_letter(slug="year-6-trip", **changes):
    return {
        "title_en": "Year 6 residential trip",
        "slug": slug,
        "kind": "letter",
        "date": "2026-03-02",
        "reply_by": "2026-03-13",
        "audience_en": "Year 6",
        "summary_en": "The trip, what it costs and the consent form.",
        **body("Dear parents and carers of Year 6,", "The trip is in May."),
        **changes,
    }


@pytest.fixture
def office(client, trust_site):
    log_in_member(client, "Office staff: Banister", "banister-office")
    return client


@pytest.fixture
def trustee(trust_site):
    client = Client()
    log_in_member(client, "Trustees", "trustee")
    return client


def trustee_approves(trustee):
    response = trustee.post(dashboard_action_url(trustee, "approve"), {"comment": ""})
    assert response.status_code == 302


def post_new(office, index, **fields):
    data = admin_form_data(office.get(add_url(index)), **fields)
    return office.post(add_url(index), data)


def test_an_office_writes_a_letter_a_trustee_approves_and_parents_read_it(
    office, trustee, banister_news
):
    response = post_new(office, banister_news, **a_letter(), **{"action-submit": "1"})
    assert response.status_code == 302

    letter = Page.objects.get(url_path="/home/schools/banister/news/year-6-trip/").specific
    assert not letter.live
    assert letter.workflow_in_progress
    assert "Year 6 residential trip" not in main_text("/en/schools/banister/")

    trustee_approves(trustee)
    letter.refresh_from_db()
    assert letter.live
    page = main_text("/en/schools/banister/news/year-6-trip/")
    assert "The trip is in May." in page
    assert "Reply by Friday 13 March" in page
    assert "Year 6 residential trip" in main_text("/en/schools/banister/")


def test_an_office_is_offered_no_publish_button_and_publishing_only_saves_a_draft(
    office, banister_news
):
    form = office.get(add_url(banister_news)).content
    assert b'name="action-publish"' not in form
    assert b'name="action-submit"' in form
    response = post_new(office, banister_news, **a_letter(), **{"action-publish": "Publish"})
    assert response.status_code == 302
    letter = Page.objects.get(url_path="/home/schools/banister/news/year-6-trip/")
    assert not letter.live
    assert Client().get("/en/schools/banister/news/year-6-trip/").status_code == 404


def test_an_office_edits_its_schools_item_as_a_draft_for_approval(office, banister_news):
    item = NewsItemPageFactory(parent=banister_news, summary="Sports day is on Friday.")
    data = admin_form_data(office.get(edit_url(item)), summary_en="Sports day moves to Monday.")
    assert office.post(edit_url(item), data).status_code == 302
    item.refresh_from_db()
    assert item.get_latest_revision_as_object().summary_en == "Sports day moves to Monday."
    assert item.has_unpublished_changes
    assert "Sports day is on Friday." in main_text(item.url)


def test_an_office_is_refused_another_schools_news(office, st_marks_news):
    item = NewsItemPageFactory(parent=st_marks_news)
    assert refused(office.get(add_url(st_marks_news), follow=True))
    assert refused(office.get(edit_url(item), follow=True))
    children = st_marks_news.get_children().count()
    office.post(add_url(st_marks_news), {**a_letter(), "action-submit": "1"})
    assert st_marks_news.get_children().count() == children


def test_an_office_is_refused_the_trusts_news(office, trust_news):
    assert refused(office.get(add_url(trust_news), follow=True))


def test_an_office_attaches_documents_from_its_own_collection_and_the_trusts(
    office, banister_news, document_in
):
    own, shared = document_in("Banister"), document_in("Trust", title="Term dates")
    response = post_new(office, banister_news, **a_letter(), **attachments(own, shared))
    assert response.status_code == 302
    letter = Page.objects.get(url_path="/home/schools/banister/news/year-6-trip/")
    draft = letter.get_latest_revision_as_object()
    assert [block.value.pk for block in draft.attachments] == [own.pk, shared.pk]


def test_an_office_cannot_attach_another_schools_document_posted_by_id(
    office, banister_news, document_in
):
    theirs = document_in("St Mark’s", title="St Mark’s trip letter")
    response = post_new(office, banister_news, **a_letter(), **attachments(theirs))
    assert response.status_code == 200
    assert response.context["form"].errors["attachments"] == [str(REFUSED_REFERENCE)]
    assert not Page.objects.filter(url_path="/home/schools/banister/news/year-6-trip/").exists()


def test_an_office_is_told_a_letter_needs_its_text_on_the_page(office, banister_news):
    response = post_new(office, banister_news, **a_letter(**{"body_en-count": "0"}))
    assert response.status_code == 200
    [error] = response.context["form"].errors["body_en"]
    assert "as well as attaching it" in error
    assert not Page.objects.filter(url_path="/home/schools/banister/news/year-6-trip/").exists()


def test_a_scheduled_letter_goes_live_when_publish_scheduled_runs(office, trustee, banister_news):
    go_live = timezone.localtime() + datetime.timedelta(days=2)
    response = post_new(
        office,
        banister_news,
        **a_letter(go_live_at=go_live.strftime("%Y-%m-%d %H:%M")),
        **{"action-submit": "1"},
    )
    assert response.status_code == 302
    trustee_approves(trustee)

    letter = Page.objects.get(url_path="/home/schools/banister/news/year-6-trip/").specific
    assert not letter.live
    revision = letter.revisions.get(approved_go_live_at__isnull=False)
    call_command("publish_scheduled", stdout=io.StringIO())
    letter.refresh_from_db()
    assert not letter.live  # its time has not come
    assert "Year 6 residential trip" not in main_text("/en/schools/banister/")

    # Let the clock pass the go-live time: move the scheduled revision's time into the past.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    call_command("publish_scheduled", stdout=io.StringIO())

    letter.refresh_from_db()
    assert letter.live
    assert "Year 6 residential trip" in main_text("/en/schools/banister/")
    assert "Year 6 residential trip" in main_text("/en/schools/banister/news/")
