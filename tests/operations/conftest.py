"""Fixtures of the operations tests."""

import pytest


@pytest.fixture
def media_root(settings, tmp_path):
    """Uploads go to a folder of the test's own."""
    settings.MEDIA_ROOT = str(tmp_path)
    return tmp_path
