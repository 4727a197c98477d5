"""Fixtures shared by every test: the trust's site as the content command builds it."""

import io

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the site with `load_trust_content` once per test database (each xdist worker
    has its own), instead of once per test. Every test runs in a transaction that is
    rolled back, so each starts from the site exactly as the command leaves it."""
    from django.db import connections

    with django_db_blocker.unblock():
        call_command("load_trust_content", stdout=io.StringIO())
        # Transactional tests (test_backup) empty the database when they end, and
        # serialized rollback restores what was captured when the test database was
        # made: capture it again, with the site.
        for connection in connections.all(initialized_only=True):
            if getattr(connection, "_test_serialized_contents", None) is not None:
                connection._test_serialized_contents = connection.creation.serialize_db_to_string()


@pytest.fixture
def empty_site(db):
    """No site at all, as on a fresh install (inside the test's transaction, so the
    built site is back for the next test): for tests of the content command itself."""
    from wagtail.models import Page

    from enquiries.models import EnquiryTopic
    from partners.models import Partner

    for page in Page.objects.filter(depth=2):
        page.delete()
    Partner.objects.all().delete()
    EnquiryTopic.objects.all().delete()


@pytest.fixture(autouse=True)
def fresh_caches():
    """Caches outlive the rolled-back transaction: a tree snapshot or cached page from
    one test must not leak into the next."""
    from django.core.cache import caches

    from core.sitetree import memo

    for cache in caches.all():
        cache.clear()
    memo.values.clear()
    yield


@pytest.fixture
def trust_site(db):
    """The whole site from `load_trust_content`, returning the home page."""
    from home.models import HomePage

    return HomePage.objects.get()


@pytest.fixture
def banister_office(client, trust_site):
    """The test client, logged in as a member of Banister's office staff."""
    from tests.admin_forms import log_in_member

    log_in_member(client, "Office staff: Banister", "banister-office")
    return client


@pytest.fixture
def page_by_path(trust_site):
    """Look up a page of the loaded site by its path below the home page, e.g. 'schools/'."""
    from wagtail.models import Page

    def get(path):
        return Page.objects.get(url_path=f"/home/{path}").specific

    return get


@pytest.fixture(autouse=True)
def english_while_building():
    """Start every test in English: a previous request may leave another language active,
    and modeltranslation writes `title=` to the active language's column."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


def pytest_terminal_summary(terminalreporter):
    """The permission matrix's counts (tests/operations/test_permission_matrix.py), summed
    over its roles, which may have run in different workers."""
    rows = [
        value
        for outcome in ("passed", "failed")
        for report in terminalreporter.stats.get(outcome, [])
        for name, value in getattr(report, "user_properties", [])
        if name == "permission_matrix"
    ]
    if not rows:
        return
    total = {key: sum(row.get(key, 0) for row in rows) for key in ("allowed", "refused", "error")}
    terminalreporter.write_line(
        f"Permission matrix: {rows[0]['patterns']} admin URL patterns in {rows[0]['cases']} "
        f"cases × {len(rows)} roles × the owners each names: "
        f"{sum(total.values())} requests, {total['allowed']} allowed, {total['refused']} "
        f"refused, {total['error']} failed"
    )
    for row in sorted(rows, key=lambda row: row["role"]):
        terminalreporter.write_line(
            f"  {row['role']}: {row.get('allowed', 0)} allowed, {row.get('refused', 0)} refused"
        )
