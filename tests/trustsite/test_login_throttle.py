"""Admin login throttling: five wrong passwords lock out that username from that address."""

import pytest

LOCKOUT_MESSAGE = "Too many failed login attempts. Try again in 15 minutes."


@pytest.fixture
def axes_on(settings):
    # Off for the rest of the suite (settings/test.py); axes reads the setting per request.
    settings.AXES_ENABLED = True


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        "editor", "editor@example.org", "right-password", is_staff=True
    )


def log_in(client, password, address):
    return client.post(
        "/admin/login/",
        {"username": "editor", "password": password},
        REMOTE_ADDR=address,
    )


@pytest.fixture
def locked_out(client, editor, axes_on):
    for _ in range(4):
        response = log_in(client, "wrong-password", "10.0.0.1")
        assert response.status_code == 200  # the login form again, with its error
    # The fifth failure reaches the limit: axes answers it with the lockout page already.
    assert log_in(client, "wrong-password", "10.0.0.1").status_code == 429


def test_five_failures_refuse_even_the_right_password(client, locked_out):
    response = log_in(client, "right-password", "10.0.0.1")

    assert response.status_code == 429
    assert LOCKOUT_MESSAGE in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_lockout_page_runs_no_script(client, locked_out):
    response = log_in(client, "right-password", "10.0.0.1")

    assert b"<script" not in response.content


def test_the_same_username_still_logs_in_from_another_address(client, locked_out, editor):
    response = log_in(client, "right-password", "10.0.0.2")

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_four_failures_then_the_right_password_logs_in_and_resets(client, editor, axes_on):
    from axes.models import AccessAttempt

    for _ in range(4):
        log_in(client, "wrong-password", "10.0.0.1")

    assert log_in(client, "right-password", "10.0.0.1").status_code == 302
    assert not AccessAttempt.objects.filter(username="editor").exists()


def test_throttling_is_off_for_the_rest_of_the_suite(client, editor):
    for _ in range(6):
        log_in(client, "wrong-password", "10.0.0.1")

    assert log_in(client, "right-password", "10.0.0.1").status_code == 302


def test_a_forged_forwarded_for_header_does_not_escape_the_lockout(client, locked_out):
    response = client.post(
        "/admin/login/",
        {"username": "editor", "password": "right-password"},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="203.0.113.9",
    )
    assert response.status_code == 429


def test_behind_a_proxy_the_readers_own_address_is_locked(client, editor, axes_on, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.254"

    def attempt(password, reader, claimed=""):
        forwarded = f"{claimed}, {reader}" if claimed else reader
        return client.post(
            "/admin/login/",
            {"username": "editor", "password": password},
            REMOTE_ADDR=proxy,
            HTTP_X_FORWARDED_FOR=forwarded,
        )

    for _ in range(5):
        attempt("wrong-password", "198.51.100.7")
    # The attacker cannot pick another address by writing one into the header...
    assert attempt("right-password", "198.51.100.7", claimed="203.0.113.9").status_code == 429
    # ...and the real editor, behind the same proxy but at home, still gets in.
    assert attempt("right-password", "192.0.2.44").status_code == 302


@pytest.mark.parametrize(
    ("count", "forwarded", "expected"),
    [
        (0, "203.0.113.9", "10.0.0.1"),
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "1.1.1.1, 203.0.113.9", "203.0.113.9"),
        (2, "1.1.1.1, 203.0.113.9, 10.0.0.2", "203.0.113.9"),
        (2, "203.0.113.9", "10.0.0.1"),
        (1, "", "10.0.0.1"),
    ],
)
def test_client_ip(rf, settings, count, forwarded, expected):
    from trustsite.security import client_ip

    settings.TRUSTED_PROXY_COUNT = count
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected
