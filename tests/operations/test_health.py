"""The probes a load balancer asks: is the process up, and can it reach the database."""

import pytest
from django.db import OperationalError, connections
from django.urls import reverse


def unreachable(*args, **kwargs):
    raise OperationalError("connection to server at 127.0.0.1, port 5432 failed")


def test_probes_live_outside_the_language_prefix():
    assert reverse("healthz") == "/healthz"
    assert reverse("readyz") == "/readyz"


def test_healthz_answers_ok_without_a_database(client):
    # No django_db mark: pytest-django fails any test that touches the database.
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok"


def test_healthz_is_never_cached(client):
    response = client.get("/healthz")

    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_readyz_answers_ok_when_the_database_does(client):
    response = client.get("/readyz")

    assert response.status_code == 200
    assert response.content == b"ok"
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_readyz_answers_503_while_the_database_is_unreachable(client, monkeypatch):
    monkeypatch.setattr(connections["default"], "cursor", unreachable)

    response = client.get("/readyz")

    assert response.status_code == 503
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_readyz_recovers_when_the_database_comes_back(client, monkeypatch):
    with monkeypatch.context() as outage:
        outage.setattr(connections["default"], "cursor", unreachable)
        assert client.get("/readyz").status_code == 503

    assert client.get("/readyz").status_code == 200


def production_settings():
    """A fresh import of the production settings module, as a new process would make."""
    import importlib
    import sys

    sys.modules.pop("trustsite.settings.production", None)
    try:
        return importlib.import_module("trustsite.settings.production")
    finally:
        sys.modules.pop("trustsite.settings.production", None)


def test_production_mail_goes_to_the_logs_until_a_server_is_set(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "x" * 50)
    monkeypatch.setenv("ALLOWED_HOSTS", "www.example.org")
    monkeypatch.delenv("EMAIL_HOST", raising=False)
    assert production_settings().EMAIL_BACKEND == "django.core.mail.backends.console.EmailBackend"

    monkeypatch.setenv("EMAIL_HOST", "smtp.example.org")
    monkeypatch.setenv("DEFAULT_FROM_EMAIL", "web@example.org")
    production = production_settings()
    assert not hasattr(production, "EMAIL_BACKEND")  # Django's default: SMTP
    assert production.EMAIL_HOST == "smtp.example.org"
    assert production.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL == "web@example.org"


def test_production_file_cache_holds_a_bounded_number_of_entries(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "x" * 50)
    monkeypatch.setenv("ALLOWED_HOSTS", "www.example.org")
    monkeypatch.delenv("REDIS_URL", raising=False)
    monkeypatch.delenv("CACHE_MAX_ENTRIES", raising=False)
    monkeypatch.delenv("CACHE_CULL_FREQUENCY", raising=False)
    options = production_settings().CACHES["default"]["OPTIONS"]
    assert options == {"MAX_ENTRIES": 5000, "CULL_FREQUENCY": 3}

    monkeypatch.setenv("CACHE_MAX_ENTRIES", "2000")
    monkeypatch.setenv("CACHE_CULL_FREQUENCY", "4")
    options = production_settings().CACHES["default"]["OPTIONS"]
    assert options == {"MAX_ENTRIES": 2000, "CULL_FREQUENCY": 4}
