"""Security headers: a strict policy on public pages, a looser one only in the admin."""

import re

import pytest
from bs4 import BeautifulSoup
from django.test import Client

STRICT_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'self'",
}


def directives(header):
    parsed = {}
    for part in header.split(";"):
        name, _, value = part.strip().partition(" ")
        if name:
            parsed[name] = value.strip()
    return parsed


def test_public_pages_carry_the_strict_content_security_policy(client, trust_site):
    response = client.get("/en/")

    assert response.status_code == 200
    assert directives(response["Content-Security-Policy"]) == STRICT_POLICY


def test_public_policy_allows_no_inline_or_eval_script(client, trust_site):
    policy = client.get("/pl/schools/")["Content-Security-Policy"]

    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy


def test_public_pages_have_no_inline_script_or_style(client, trust_site, page_by_path):
    for path in ("/en/", "/en/schools/", "/ar/history/", "/en/search/?q=school"):
        soup = BeautifulSoup(client.get(path).content, "html.parser")
        # JSON-LD is data, not script: browsers never run it, so CSP does not apply.
        inline = [
            s
            for s in soup.find_all("script")
            if not s.get("src") and s.get("type") != "application/ld+json"
        ]
        assert inline == [], path
        assert soup.find_all("style") == [], path
        assert soup.find_all(style=True) == [], path
        assert soup.find_all(attrs=lambda a: a and a.startswith("on")) == [], path


def test_every_response_carries_the_other_security_headers(client, trust_site):
    response = client.get("/en/")

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert response["Permissions-Policy"] == (
        "camera=(), microphone=(), geolocation=(), interest-cohort=()"
    )


def test_not_found_pages_carry_the_headers_too(client, trust_site):
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    assert directives(response["Content-Security-Policy"]) == STRICT_POLICY
    assert "Permissions-Policy" in response


def test_a_cached_page_still_carries_the_headers(client, trust_site, settings):
    settings.PAGE_CACHE_TIMEOUT = 600
    assert client.get("/en/schools/")["X-Page-Cache"] == "miss"

    response = client.get("/en/schools/")

    assert response["X-Page-Cache"] == "hit"
    assert directives(response["Content-Security-Policy"]) == STRICT_POLICY
    assert response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_admin_gets_its_own_policy_with_inline_script_and_preview_frames(admin_client, db):
    policy = directives(admin_client.get("/admin/")["Content-Security-Policy"])

    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-src"] == "'self'"
    assert policy["frame-ancestors"] == "'self'"
    assert policy["object-src"] == "'none'"


def test_the_admin_login_page_gets_the_admin_policy(client, db):
    policy = directives(client.get("/admin/login/")["Content-Security-Policy"])

    assert "'unsafe-inline'" in policy["style-src"]


def test_session_and_csrf_cookies_are_http_only(settings):
    assert settings.SESSION_COOKIE_HTTPONLY is True
    assert settings.CSRF_COOKIE_HTTPONLY is True


def csrf_token_in(response):
    field = BeautifulSoup(response.content, "html.parser").find(
        "input", {"name": "csrfmiddlewaretoken"}
    )
    return field["value"]


@pytest.mark.django_db
def test_admin_works_with_the_csrf_token_from_the_page_not_the_cookie(django_user_model):
    """With CSRF_COOKIE_HTTPONLY no script can read the cookie; Wagtail's forms carry the
    token in the page, so logging in and saving in the admin still work."""
    django_user_model.objects.create_superuser("editor", "editor@example.org", "s3cret-pass")
    client = Client(enforce_csrf_checks=True)

    login = client.get("/admin/login/")
    assert "httponly" in str(client.cookies["csrftoken"]).lower()
    response = client.post(
        "/admin/login/",
        {
            "username": "editor",
            "password": "s3cret-pass",
            "csrfmiddlewaretoken": csrf_token_in(login),
        },
    )
    assert response.status_code == 302

    from wagtail.models import Collection

    form = client.get("/admin/collections/add/")
    response = client.post(
        "/admin/collections/add/",
        {
            "name": "Governance papers",
            "parent": Collection.get_first_root_node().pk,
            "csrfmiddlewaretoken": csrf_token_in(form),
        },
    )
    assert response.status_code == 302, re.sub(r"\s+", " ", response.content.decode())[:500]
    assert Collection.objects.filter(name="Governance papers").exists()
