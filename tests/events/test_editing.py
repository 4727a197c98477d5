"""A school's office keeps its own calendar through the page editor, and only its own: its
changes wait for the trustees' approval like any change to the school's pages."""

import datetime
import io

from django.core.management import call_command
from django.test import Client

from events.models import CalendarPage
from tests.admin_forms import admin_form_data, log_in_member, refused
from tests.factories import event


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def with_new_event(data, **fields):
    """The edit form's data with one more English event, typed in as the editor would."""
    prefix = "events_en"
    index = int(data.get(f"{prefix}-count", 0))
    values = {
        "title": "",
        "start_date": "",
        "start_time": "",
        "end_date": "",
        "end_time": "",
        "place": "",
        "description": "",
        **fields,
    }
    return {
        **data,
        f"{prefix}-count": str(index + 1),
        f"{prefix}-{index}-type": "event",
        f"{prefix}-{index}-deleted": "",
        f"{prefix}-{index}-order": str(index),
        f"{prefix}-{index}-id": "",
        **{f"{prefix}-{index}-value-{name}": value for name, value in values.items()},
    }


def test_office_staff_are_refused_another_schools_calendar(client, calendar):
    log_in_member(client, "Office staff: St Mark’s", "st-marks-office")
    response = client.get(edit_url(calendar("banister")), follow=True)
    assert refused(response)


def test_office_staff_add_an_event_that_waits_for_approval(client, calendar):
    log_in_member(client, "Office staff: Banister", "banister-office")
    page = calendar("banister")
    data = with_new_event(
        admin_form_data(client.get(edit_url(page)), **{"action-publish": "Publish"}),
        title="Harvest festival",
        start_date="2099-10-02",
        start_time="14:00",
        end_time="15:00",
        place="School hall",
    )
    assert client.post(edit_url(page), data).status_code == 302
    page.refresh_from_db()
    draft = page.get_latest_revision_as_object()
    [harvest] = draft.events_en
    assert harvest.value["title"] == "Harvest festival"
    assert str(harvest.value["start_time"]) == "14:00:00"
    assert page.has_unpublished_changes
    assert list(CalendarPage.objects.get(pk=page.pk).events_en) == []
    feed = Client().get("/en/schools/banister/term-dates/calendar.ics").content.decode()
    assert "Harvest festival" not in feed


def test_an_unrelated_change_in_the_editor_keeps_every_entrys_id(client, calendar, publish):
    """Each entry's id is its UID in parents' calendars: the page editor keeps it."""
    page = publish(calendar("banister"), events=[event("Sports day", datetime.date(2099, 6, 10))])
    ids = [child.id for child in page.events_en]
    log_in_member(client, "Trust editors", "editor")
    data = admin_form_data(
        client.get(edit_url(page)),
        intro_en="Set by the governing body.",
        **{"action-publish": "Publish"},
    )
    assert client.post(edit_url(page), data).status_code == 302
    page.refresh_from_db()
    assert page.intro_en == "Set by the governing body."
    assert [child.id for child in page.events_en] == ids


def test_an_event_that_ends_before_it_starts_is_refused(client, calendar):
    log_in_member(client, "Office staff: Banister", "banister-office")
    page = calendar("banister")
    revisions = page.revisions.count()
    data = with_new_event(
        admin_form_data(client.get(edit_url(page))),
        title="Residential trip",
        start_date="2099-06-10",
        end_date="2099-06-08",
    )
    response = client.post(edit_url(page), data)
    assert response.status_code == 200
    assert "The end date cannot be before the date." in response.content.decode()
    assert page.revisions.count() == revisions


def test_the_content_command_gives_each_school_and_the_trust_an_empty_calendar_once(
    empty_site,
):
    call_command("load_trust_content", stdout=io.StringIO())
    calendars = CalendarPage.objects.order_by("path")
    assert [page.url_path for page in calendars] == [
        "/home/schools/regents-park/term-dates/",
        "/home/schools/foundry-lane-primary/term-dates/",
        "/home/schools/banister/term-dates/",
        "/home/schools/st-johns-primary-and-nursery/term-dates/",
        "/home/schools/the-polygon-school/term-dates/",
        "/home/schools/freemantle-primary/term-dates/",
        "/home/schools/st-marks/term-dates/",
        "/home/term-dates/",
    ]
    assert all(page.live for page in calendars)
    assert not any(page.term_dates_en or page.events_en for page in calendars)
    assert calendars[0].title_pl == "Kalendarz szkolny i wydarzenia"
    out = io.StringIO()
    call_command("load_trust_content", stdout=out)
    assert CalendarPage.objects.count() == 8
    assert "exists  calendar page: /home/term-dates/" in out.getvalue()
    assert "created calendar page" not in out.getvalue()
