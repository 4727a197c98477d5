"""Who is logged in, for the tests of roles and their admin routes."""

import pytest

from tests.admin_forms import log_in_member


@pytest.fixture
def banister_office(client, trust_site):
    """The test client, logged in as a member of Banister's office staff."""
    log_in_member(client, "Office staff: Banister", "banister-office")
    return client


@pytest.fixture
def media_root(settings, tmp_path):
    """Uploads go to a folder of the test's own."""
    settings.MEDIA_ROOT = str(tmp_path)
    return tmp_path
