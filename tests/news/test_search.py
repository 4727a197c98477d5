"""A parent searching for their school's news finds it, in their language."""

import pytest

from news.models import NewsKind
from tests.factories import NewsItemPageFactory, mark_translations_reviewed
from tests.reading import search_result_links


@pytest.mark.parametrize("language,words", [("en", "swimming"), ("pl", "basen"), ("ar", "السباحة")])
def test_searching_finds_a_schools_news(client, page_by_path, language, words):
    letter = NewsItemPageFactory(
        parent=page_by_path("schools/banister/news/"),
        title="Swimming lessons",
        title_pl="Lekcje na basenie",
        title_ar="دروس السباحة",
        kind=NewsKind.NEWS,
        summary="Swimming lessons start after half-term.",
        summary_pl="Lekcje na basenie zaczynają się po przerwie.",
        summary_ar="تبدأ دروس السباحة بعد العطلة.",
    )
    mark_translations_reviewed(page=letter)
    links = search_result_links(client, language, words)
    assert f"/{language}/schools/banister/news/{letter.slug}/" in links
