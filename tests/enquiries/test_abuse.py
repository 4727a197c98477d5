"""What is not a parent's enquiry is turned away and counted, never stored: a robot that
fills the hidden field, a post faster than anyone types, a form we did not sign, too
many from one address or one email, and anything too large."""

import pytest
from django.utils import timezone

from enquiries.models import Enquiry, RejectedPosts, ThrottleWindow
from enquiries.records import RejectedReason

from .conftest import started


def rejected(reason):
    row = RejectedPosts.objects.filter(day=timezone.localdate(), reason=reason).first()
    return row.count if row else 0


def test_a_filled_in_honeypot_is_counted_not_stored(client, enquiry_data):
    response = client.post("/en/ask/", enquiry_data(website="http://spam.example"))
    assert response.status_code == 400
    assert Enquiry.objects.count() == 0
    assert rejected(RejectedReason.HONEYPOT) == 1


def test_the_honeypot_is_hidden_from_people(client, trust_site):
    page = client.get("/en/ask/").content.decode()
    assert '<div class="form-extra" aria-hidden="true">' in page
    assert 'name="website"' in page and 'tabindex="-1"' in page


def test_a_post_sooner_than_a_person_could_type_is_counted_not_stored(client, enquiry_data):
    response = client.post("/en/ask/", enquiry_data(started=started(seconds_ago=1)))
    assert response.status_code == 400
    assert Enquiry.objects.count() == 0
    assert rejected(RejectedReason.TOO_FAST) == 1
    # What the parent wrote is kept for the next try, with a new start time.
    page = response.content.decode()
    assert "Dzień dobry, szukamy pomocy" in page
    assert "Check your answers and send the form again." in page


@pytest.mark.parametrize("value", ["", "forged", "two days ago"])
def test_a_form_we_did_not_sign_or_opened_days_ago_is_counted_not_stored(
    client, enquiry_data, value
):
    if value == "two days ago":
        value = started(seconds_ago=2 * 24 * 60 * 60)
    response = client.post("/en/ask/", enquiry_data(started=value))
    assert response.status_code == 400
    assert Enquiry.objects.count() == 0
    assert rejected(RejectedReason.EXPIRED) == 1


def test_one_address_may_send_only_its_allowance(client, enquiry_data, settings):
    settings.ENQUIRY_LIMITS = {"address": (3, 3600), "email": (100, 3600)}
    answers = [
        client.post("/en/ask/", enquiry_data(email=f"parent{n}@example.org")).status_code
        for n in range(5)
    ]
    assert answers == [200, 200, 200, 429, 429]
    assert Enquiry.objects.count() == 3
    assert rejected(RejectedReason.TOO_MANY_FROM_ADDRESS) == 2


def test_one_email_address_may_send_only_its_allowance_from_any_address(
    client, enquiry_data, settings
):
    settings.ENQUIRY_LIMITS = {"address": (100, 3600), "email": (2, 3600)}
    answers = [
        client.post(
            "/en/ask/", enquiry_data(email="Anna@Example.org"), REMOTE_ADDR=f"192.0.2.{n}"
        ).status_code
        for n in range(4)
    ]
    assert answers == [200, 200, 429, 429]
    assert Enquiry.objects.count() == 2
    assert rejected(RejectedReason.TOO_MANY_FROM_EMAIL) == 2


def test_a_throttled_parent_is_told_what_to_do_in_their_language(client, enquiry_data, settings):
    settings.ENQUIRY_LIMITS = {"address": (0, 3600)}
    response = client.post("/pl/ask/", enquiry_data())
    assert response.status_code == 429
    page = response.content.decode()
    assert 'class="error-summary"' in page
    assert "Anna Kowalska" in page  # kept for later


def test_the_throttle_stores_no_address(client, enquiry_data):
    client.post("/en/ask/", enquiry_data(), REMOTE_ADDR="198.51.100.7")
    keys = " ".join(ThrottleWindow.objects.values_list("key", flat=True))
    assert "198.51.100.7" not in keys and "anna@example.org" not in keys
    assert ThrottleWindow.objects.count() == 2


def test_a_post_larger_than_any_enquiry_is_refused_unread(client, enquiry_data):
    response = client.post("/en/ask/", enquiry_data(notes="x" * 70_000))
    assert response.status_code == 413
    assert Enquiry.objects.count() == 0
    assert rejected(RejectedReason.TOO_LARGE) == 1


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("question", "x" * 3001, "Your question must be 3000 characters or fewer"),
        ("name", "x" * 121, "Your name must be 120 characters or fewer"),
        ("phone", "1" * 41, "Your phone number must be 40 characters or fewer"),
        ("phone", "call me maybe", "Enter a phone number, like 01632 960 001"),
        ("email", "anna@", "Enter an email address in the correct format"),
    ],
)
def test_every_field_has_a_limit_and_says_so(client, enquiry_data, field, value, message):
    response = client.post("/en/ask/", enquiry_data(**{field: value}))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Enquiry.objects.count() == 0
