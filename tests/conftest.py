"""Fixtures shared by every test: the trust's site as the content command builds it."""

import io

import pytest
from django.core.management import call_command


@pytest.fixture
def trust_site(db):
    """The whole site from `load_trust_content`, returning the home page."""
    from trustsite.models import HomePage

    call_command("load_trust_content", stdout=io.StringIO())
    return HomePage.objects.get()


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
