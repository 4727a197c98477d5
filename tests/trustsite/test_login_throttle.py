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
