"""Office staff answer their own school's enquiries in the admin, through its real forms;
trust editors see every one, and answer subject access and erasure requests.

Refusals on every admin route, for every role, are in the permission matrix
(operations/admin_routes.py, tests/operations/test_permission_matrix.py)."""

import io
import json
from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from enquiries.models import Enquiry, RejectedPosts
from enquiries.records import RejectedReason, Status
from tests.admin_forms import admin_form_data, log_in_member
from tests.factories import EnquiryFactory

EDITORS = "Trust editors"


@pytest.fixture
def enquiries(page_by_path):
    return {
        "banister": EnquiryFactory(school=page_by_path("schools/banister/"), name="Anna Nowak"),
        "st-marks": EnquiryFactory(school=page_by_path("schools/st-marks/"), name="Ion Popescu"),
        "trust": EnquiryFactory(school=None, name="Li Wei"),
    }


def test_an_office_lists_only_its_own_schools_enquiries(client, enquiries):
    log_in_member(client, "Office staff: Banister", "banister-office")
    page = client.get("/admin/enquiries/").content.decode()
    assert enquiries["banister"].reference in page
    assert enquiries["st-marks"].reference not in page
    assert enquiries["trust"].reference not in page
    # Nor through the listing's search.
    found = client.get("/admin/enquiries/results/", {"q": enquiries["st-marks"].reference})
    assert enquiries["st-marks"].reference not in found.content.decode()


def test_a_trust_editor_lists_every_enquiry(client, enquiries):
    log_in_member(client, EDITORS, "editor")
    page = client.get("/admin/enquiries/").content.decode()
    assert all(e.reference in page for e in enquiries.values())


def test_an_office_answers_its_enquiry_through_the_edit_form(client, enquiries):
    enquiry = enquiries["banister"]
    log_in_member(client, "Office staff: Banister", "banister-office")
    form = client.get(f"/admin/enquiries/edit/{enquiry.pk}/")
    page = form.content.decode()
    assert enquiry.question in page and "Anna Nowak" in page  # to read, not to change
    assert 'name="question"' not in page and 'name="school"' not in page
    data = admin_form_data(form, "w-editor-form", status="closed", notes="Phoned back.")
    response = client.post(f"/admin/enquiries/edit/{enquiry.pk}/", data)
    assert response.status_code == 302
    enquiry.refresh_from_db()
    assert (enquiry.status, enquiry.notes) == (Status.CLOSED, "Phoned back.")
    assert enquiry.closed_at is not None
    assert enquiry.question == "When does the breakfast club open?"
    assert enquiry.school.slug == "banister"


def test_reopening_an_enquiry_clears_its_closing_date(enquiries):
    enquiry = enquiries["banister"]
    enquiry.status = Status.CLOSED
    enquiry.save()
    enquiry.status = Status.IN_PROGRESS
    enquiry.save()
    assert enquiry.closed_at is None


def test_an_enquiry_is_given_only_to_someone_who_may_answer_it(client, enquiries):
    me = log_in_member(client, "Office staff: Banister", "banister-office")
    other_office = log_in_member(Client(), "Office staff: St Mark’s", "st-marks-office")
    editor = log_in_member(Client(), EDITORS, "editor")
    page = client.get(f"/admin/enquiries/edit/{enquiries['banister'].pk}/").content.decode()
    assert f'value="{me.pk}"' in page
    assert f'value="{editor.pk}"' in page
    assert f'value="{other_office.pk}"' not in page
    form = client.get(f"/admin/enquiries/edit/{enquiries['banister'].pk}/")
    data = admin_form_data(form, "w-editor-form", assignee=str(other_office.pk))
    response = client.post(f"/admin/enquiries/edit/{enquiries['banister'].pk}/", data)
    assert response.status_code == 200  # the form again, with its error
    assert Enquiry.objects.get(pk=enquiries["banister"].pk).assignee is None


def test_a_trust_editor_may_send_an_enquiry_to_another_school(client, enquiries, page_by_path):
    log_in_member(client, EDITORS, "editor")
    enquiry = enquiries["trust"]
    form = client.get(f"/admin/enquiries/edit/{enquiry.pk}/")
    banister = page_by_path("schools/banister/")
    data = admin_form_data(form, "w-editor-form", school=str(banister.pk), to_trust="")
    data.pop("to_trust")
    assert client.post(f"/admin/enquiries/edit/{enquiry.pk}/", data).status_code == 302
    enquiry.refresh_from_db()
    assert enquiry.school_id == banister.pk and not enquiry.to_trust


def test_editors_see_how_many_posts_were_turned_away_today(client, enquiries):
    RejectedPosts.objects.create(
        day=timezone.localdate(), reason=RejectedReason.TOO_MANY_FROM_ADDRESS, count=995
    )
    log_in_member(client, EDITORS, "editor")
    page = client.get("/admin/enquiries/").content.decode()
    assert "Too many from one internet address: 995" in page


def test_a_subject_access_export_holds_one_persons_enquiries_and_no_one_elses(
    client, enquiries, page_by_path
):
    mine = EnquiryFactory(
        school=page_by_path("schools/banister/"), email="Anna@Example.org", question="Pierwsze"
    )
    also_mine = EnquiryFactory(school=None, email="anna@example.org", question="Drugie")
    log_in_member(client, EDITORS, "editor")
    response = client.get("/admin/subject-access/", {"email": "anna@example.org", "format": "json"})
    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    exported = json.loads(response.content)
    assert sorted(e["reference"] for e in exported["enquiries"]) == sorted(
        [mine.reference, also_mine.reference]
    )
    assert {e["question"] for e in exported["enquiries"]} == {"Pierwsze", "Drugie"}
    others = {e.reference for e in enquiries.values()}
    assert not others & {e["reference"] for e in exported["enquiries"]}


def test_an_erasure_request_deletes_one_persons_enquiries_only(client, enquiries):
    EnquiryFactory(school=None, email="anna@example.org")
    EnquiryFactory(school=None, email="ANNA@example.org")
    log_in_member(client, EDITORS, "editor")
    listed = client.get("/admin/subject-access/", {"email": "anna@example.org"}).content.decode()
    assert "2 enquiries from anna@example.org" in listed
    response = client.post(
        "/admin/subject-access/", {"email": "anna@example.org", "confirm": "delete"}
    )
    assert response.status_code == 302
    assert not Enquiry.objects.of_person("anna@example.org").exists()
    assert Enquiry.objects.count() == len(enquiries)


def test_retention_deletes_exactly_the_closed_enquiries_past_their_time(enquiries, settings):
    settings.ENQUIRY_RETENTION_DAYS = 365
    now = timezone.now()

    def closed(days_ago):
        with time_machine.travel(now - timedelta(days=days_ago), tick=False):
            return EnquiryFactory(school=None, status=Status.CLOSED)

    old = closed(366)
    recent = closed(364)
    with time_machine.travel(now - timedelta(days=800), tick=False):
        open_for_long = EnquiryFactory(school=None, status=Status.IN_PROGRESS)
        answered_long_ago = EnquiryFactory(school=None, status=Status.ANSWERED)
    out = io.StringIO()
    call_command("delete_old_enquiries", stdout=out)
    left = set(Enquiry.objects.values_list("pk", flat=True))
    assert old.pk not in left
    assert {recent.pk, open_for_long.pk, answered_long_ago.pk} <= left
    assert "Deleted 1 enquiries" in out.getvalue()
