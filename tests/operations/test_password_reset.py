"""The admin's "forgotten password" form sends a few emails, then none, and always answers
the same (operations.password_reset)."""

import re
import time

import pytest
from django.core import mail
from django.core.cache.backends import locmem

from operations.password_reset import LIMIT_PER_ADDRESS, LIMIT_PER_CLIENT, WINDOW

RESET_URL = "/admin/password_reset/"


@pytest.fixture
def office(django_user_model):
    return django_user_model.objects.create_user(
        "office", "office@example.org", "correct-horse-battery", is_staff=True
    )


def ask(client, email, address):
    """Ask for a reset link for `email`, from the client at IP `address`."""
    return client.post(RESET_URL, {"email": email}, REMOTE_ADDR=address)


def without_token(response):
    """The page, less the CSRF token the admin writes into every page (masked afresh each
    time, so never the same twice)."""
    return re.sub(r'"CSRF_TOKEN": "\w+"', "", response.content.decode())


def sent_to(email):
    return sum(email in message.to for message in mail.outbox)


def test_one_address_gets_no_more_emails_after_its_limit(client, office):
    for i in range(LIMIT_PER_ADDRESS):
        ask(client, "office@example.org", f"10.0.0.{i}")
    assert sent_to("office@example.org") == LIMIT_PER_ADDRESS

    # From new clients each time, and however the address is written.
    for i, email in enumerate(["office@example.org", "Office@Example.ORG ", "OFFICE@example.org"]):
        ask(client, email, f"10.0.1.{i}")

    assert sent_to("office@example.org") == LIMIT_PER_ADDRESS


def test_an_address_gets_emails_again_once_its_window_ends(client, office, monkeypatch):
    for i in range(LIMIT_PER_ADDRESS + 1):
        ask(client, "office@example.org", f"10.0.0.{i}")
    assert sent_to("office@example.org") == LIMIT_PER_ADDRESS

    later = time.time() + WINDOW.total_seconds() + 1

    class Later:
        @staticmethod
        def time():
            return later

    monkeypatch.setattr(locmem, "time", Later)
    ask(client, "office@example.org", "10.0.2.1")

    assert sent_to("office@example.org") == LIMIT_PER_ADDRESS + 1


def test_one_client_gets_no_more_emails_after_its_limit_whatever_the_address(
    client, django_user_model
):
    addresses = [f"editor{i}@example.org" for i in range(LIMIT_PER_CLIENT + 2)]
    for email in addresses:
        django_user_model.objects.create_user(email.split("@")[0], email, "a-long-password")

    for email in addresses:
        ask(client, email, "10.0.0.1")

    assert len(mail.outbox) == LIMIT_PER_CLIENT
    assert sent_to(addresses[-1]) == 0
    # Another client is not held back by that one.
    ask(client, addresses[-1], "10.0.0.2")
    assert sent_to(addresses[-1]) == 1


def test_a_known_an_unknown_and_a_throttled_address_get_the_same_answer(client, office):
    for i in range(LIMIT_PER_ADDRESS):
        ask(client, "office@example.org", f"10.0.0.{i}")
    sent = len(mail.outbox)

    answers = [
        ask(client, "office@example.org", "10.0.1.1"),  # over its limit
        ask(client, "nobody@example.org", "10.0.1.2"),  # no account
        ask(client, "office@example.org", "10.0.1.3"),  # over its limit, another client
    ]

    assert len(mail.outbox) == sent
    assert {(a.status_code, a["Location"]) for a in answers} == {
        (302, "/admin/password_reset/done/")
    }
    fresh = client.post(RESET_URL, {"email": "someone@example.org"}, follow=True)
    pages = {
        without_token(client.post(RESET_URL, {"email": e}, REMOTE_ADDR=f"10.0.2.{i}", follow=True))
        for i, e in enumerate(["office@example.org", "nobody@example.org"])
    }
    assert pages == {without_token(fresh)}
