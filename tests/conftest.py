"""Fixtures shared by every test: the trust's site as the content command builds it."""

import pytest
from django.core.management import call_command


@pytest.fixture
def trust_site(db):
    """The whole site from `load_trust_content`, returning the home page."""
    from trustsite.models import HomePage

    call_command("load_trust_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return HomePage.objects.get()
