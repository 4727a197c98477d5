"""The news indexes the content command builds, and documents in the schools' collections."""

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.models import Collection

LETTER_PDF = b"%PDF-1.4\n% A letter to parents about the Year 6 residential trip.\n"


def soup(path):
    """The page at `path` as an anonymous parent gets it, parsed."""
    response = Client().get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


def main_text(path):
    return soup(path).find("main").get_text(" ", strip=True)


@pytest.fixture
def banister_news(page_by_path):
    return page_by_path("schools/banister/news/")


@pytest.fixture
def st_marks_news(page_by_path):
    return page_by_path("schools/st-marks/news/")


@pytest.fixture
def trust_news(page_by_path):
    return page_by_path("news/")


@pytest.fixture
def document_in(trust_site, settings, tmp_path):
    """A PDF in a collection ("Banister", "St Mark’s", "Trust"), its size recorded as the
    admin's upload form records it."""
    settings.MEDIA_ROOT = str(tmp_path)

    def make(collection_name, title="Year 6 trip letter", filename="trip-letter.pdf"):
        return wagtail_factories.DocumentFactory(
            title=title,
            collection=Collection.objects.get(name=collection_name),
            file__filename=filename,
            file__data=LETTER_PDF,
            file_size=len(LETTER_PDF),
        )

    return make
