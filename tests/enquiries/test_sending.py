"""A parent sends an enquiry: it is stored before any email, the office is told, the
parent sees a reference in their language; with the mail server down, nothing is lost."""

import io
import re
import smtplib

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client

from enquiries.models import Enquiry, EnquiryTopic
from tests.factories import EnquiryTopicFactory, SchoolPageFactory


def send(client, data, language="pl", **extra):
    return client.post(f"/{language}/ask/", data, **extra)


class BrokenMailServer:
    """An email backend whose server is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


def test_a_polish_parent_reaches_banisters_office_and_sees_a_reference_in_polish(
    client, enquiry_data, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, enquiry_data())
    assert response.status_code == 200
    enquiry = Enquiry.objects.get()
    assert enquiry.school.slug == "banister"
    assert not enquiry.to_trust
    assert enquiry.question == "Dzień dobry, szukamy pomocy w sprawie mieszkania."
    assert (enquiry.page_language, enquiry.reply_language) == ("pl", "pl")
    page = response.content.decode()
    assert "Twoje zapytanie zostało wysłane" in page
    assert enquiry.reference in page
    assert Enquiry.objects.get().notified_at is not None
    [message] = mail.outbox
    assert message.to == ["office@banister.example.org"]
    assert enquiry.reference in message.subject
    assert f"/admin/enquiries/edit/{enquiry.pk}/" in message.body


def test_the_office_email_carries_nothing_about_the_parent(
    client, enquiry_data, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send(client, enquiry_data(phone="07700 900123"))
    [message] = mail.outbox
    for personal in ("Anna", "Kowalska", "anna@example.org", "mieszkania", "07700"):
        assert personal not in message.subject + message.body


def test_with_the_mail_server_down_the_enquiry_is_kept_and_sent_by_the_retry_command(
    client, enquiry_data, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = f"{__name__}.BrokenMailServer"
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, enquiry_data())
    assert response.status_code == 200
    enquiry = Enquiry.objects.get()
    assert enquiry.reference in response.content.decode()
    assert enquiry.notified_at is None
    assert enquiry.notify_attempts == 1
    assert "SMTPServerDisconnected" in enquiry.notify_error

    call_command("send_enquiry_notifications", stdout=io.StringIO())
    assert Enquiry.objects.get().notify_attempts == 2  # still down

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_enquiry_notifications", stdout=io.StringIO())
    enquiry.refresh_from_db()
    assert enquiry.notified_at is not None
    assert enquiry.notify_error == ""
    [message] = mail.outbox
    assert enquiry.reference in message.subject
    call_command("send_enquiry_notifications", stdout=io.StringIO())
    assert len(mail.outbox) == 1  # sent once only


def test_the_failed_send_shows_in_the_admin_listing(
    client, enquiry_data, settings, django_capture_on_commit_callbacks, admin_client
):
    settings.EMAIL_BACKEND = f"{__name__}.BrokenMailServer"
    with django_capture_on_commit_callbacks(execute=True):
        send(client, enquiry_data())
    listing = admin_client.get("/admin/enquiries/").content.decode()
    assert "Not sent yet (1 try): SMTPServerDisconnected" in listing


@pytest.mark.parametrize(
    ("school", "topic", "trust_answers", "inbox"),
    [
        ("banister", "Housing", False, "office@banister.example.org"),
        ("trust", "Housing", False, "enquiries@trust.example.org"),
        ("banister", "Legal", True, "enquiries@trust.example.org"),
        # St Mark's office has no email on its page yet: the trust passes it on.
        ("st-marks", "Health", False, "enquiries@trust.example.org"),
    ],
)
def test_each_enquiry_goes_to_its_school_office_or_the_trust(
    client,
    enquiry_data,
    page_by_path,
    settings,
    school,
    topic,
    trust_answers,
    inbox,
    django_capture_on_commit_callbacks,
):
    settings.ENQUIRIES_TRUST_EMAIL = "enquiries@trust.example.org"
    EnquiryTopic.objects.filter(name_en=topic).update(handled_by_trust=trust_answers)
    chosen = "trust" if school == "trust" else str(page_by_path(f"schools/{school}/").pk)
    topic_pk = str(EnquiryTopic.objects.get(name_en=topic).pk)
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, enquiry_data(school=chosen, topic=topic_pk), language="en")
    assert response.status_code == 200
    [message] = mail.outbox
    assert message.to == [inbox]
    enquiry = Enquiry.objects.get()
    assert enquiry.to_trust == (school == "trust" or trust_answers)


def test_the_trust_inbox_is_the_contact_pages_email_unless_set(
    client, enquiry_data, page_by_path, django_capture_on_commit_callbacks
):
    contact = page_by_path("contact/")
    contact.email = "hello@trust.example.org"
    contact.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        send(client, enquiry_data(school="trust"))
    assert mail.outbox[0].to == ["hello@trust.example.org"]


def test_with_no_address_anywhere_the_enquiry_waits_and_says_why(
    client, enquiry_data, page_by_path, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send(client, enquiry_data(school="trust"))
    enquiry = Enquiry.objects.get()
    assert enquiry.notified_at is None
    assert enquiry.notify_error.startswith("No email address")
    assert mail.outbox == []


def test_the_confirmation_says_what_happens_next_in_arabic(
    client, enquiry_data, django_capture_on_commit_callbacks
):
    response = send(client, enquiry_data(reply_by="phone", phone="023 8000 0000", email=""), "ar")
    assert response.status_code == 200
    page = response.content.decode()
    assert Enquiry.objects.get().reference in page
    assert 'lang="ar"' in page and 'dir="rtl"' in page
    assert "023 8000 0000" in page


def test_the_school_a_parent_comes_from_is_chosen_for_them(client, banister):
    page = client.get(f"/en/ask/?school={banister.pk}").content.decode()
    [checked] = re.findall(r'<input type="radio" name="school" value="(\d+)"[^>]* checked', page)
    assert checked == str(banister.pk)


def test_the_form_is_never_cached(client, trust_site):
    first = client.get("/en/ask/")
    second = client.get("/en/ask/")
    assert "no-store" in first["Cache-Control"]
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in second
    assert b"csrfmiddlewaretoken" in second.content


def test_the_form_works_with_csrf_checks_on(enquiry_data, django_capture_on_commit_callbacks):
    browser = Client(enforce_csrf_checks=True)
    form = browser.get("/en/ask/")
    token = form.cookies["csrftoken"].value
    html = form.content.decode()
    middleware_token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    response = browser.post("/en/ask/", enquiry_data(csrfmiddlewaretoken=middleware_token))
    assert token
    assert response.status_code == 200
    assert Enquiry.objects.count() == 1


def test_a_form_sent_without_its_cookie_is_explained_in_the_readers_language(
    enquiry_data, trust_site
):
    browser = Client(enforce_csrf_checks=True)
    response = browser.post("/pl/ask/", enquiry_data())
    assert response.status_code == 403
    page = response.content.decode()
    assert 'lang="pl"' in page
    assert "Nie udało się wysłać formularza" in page
    assert 'href="/pl/ask/"' in page
    assert Enquiry.objects.count() == 0


def test_the_form_costs_the_same_few_queries_however_many_schools_and_topics(
    client, page_by_path, django_assert_max_num_queries
):
    for n in range(5):
        SchoolPageFactory(parent=page_by_path("schools/"), title=f"New School {n}")
        EnquiryTopicFactory(name=f"More {n}")
    client.get("/en/ask/")  # the tree snapshot, as on any page
    with django_assert_max_num_queries(7):
        page = client.get("/en/ask/").content.decode()
    assert "New School 4" in page and "More 4" in page
