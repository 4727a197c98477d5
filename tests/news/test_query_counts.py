"""News costs a fixed number of queries, however much of it there is.

Wagtail's view-restriction checks, the site and the page's own row are answered from
the tree snapshot and the cache for the current content generation (tests/core/
test_query_counts.py); so are routing, menus, breadcrumbs, each item's school and the
index's link and feed; what remains is each page's own listing."""

import pytest
from django.utils import translation

from tests.factories import NewsItemPageFactory


def warm(client, url):
    """The first request fills Wagtail's site root paths and the tree snapshot."""
    assert client.get(url).status_code == 200


def add_news(index, count, document=None):
    attachments = [{"type": "document", "value": document.pk}] if document else []
    # In English, whichever language the last request left active.
    with translation.override("en"):
        for _ in range(count):
            NewsItemPageFactory(parent=index, attachments=attachments)


def test_the_index_costs_two_queries(client, banister_news, django_assert_num_queries):
    add_news(banister_news, 25)
    warm(client, "/en/schools/banister/news/")
    # The page's items: how many there are (for "Page 1 of 2"), then the twenty shown.
    with django_assert_num_queries(2):
        assert client.get("/en/schools/banister/news/").status_code == 200


def test_an_item_with_its_documents_costs_one_query(
    client, banister_news, document_in, django_assert_num_queries
):
    item = NewsItemPageFactory(
        parent=banister_news,
        attachments=[
            {"type": "document", "value": document_in("Banister").pk},
            {"type": "document", "value": document_in("Trust", title="Consent form").pk},
        ],
    )
    warm(client, item.url)
    # Its documents, all in one query.
    with django_assert_num_queries(1):
        assert client.get(item.url).status_code == 200


def test_the_school_page_costs_one_query(client, banister_news, django_assert_num_queries):
    add_news(banister_news, 3)
    warm(client, "/en/schools/banister/")
    # The school's three newest items.
    with django_assert_num_queries(1):
        assert client.get("/en/schools/banister/").status_code == 200


def test_the_home_page_costs_one_query(
    client, banister_news, trust_news, django_assert_num_queries
):
    add_news(banister_news, 3)
    add_news(trust_news, 3)
    warm(client, "/en/")
    # The newest news across the trust. The schools are kept for the content generation,
    # and no vision update is live, which the tree snapshot says without a query.
    with django_assert_num_queries(1):
        assert client.get("/en/").status_code == 200


def count(client, url, django_assert_max_num_queries):
    warm(client, url)
    with django_assert_max_num_queries(100) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "url", ["/en/schools/banister/", "/en/schools/banister/news/", "/en/", "/pl/schools/banister/"]
)
def test_fifty_items_cost_what_one_does(
    client, banister_news, trust_news, document_in, django_assert_max_num_queries, url
):
    letter = document_in("Banister")
    add_news(banister_news, 1, letter)
    add_news(trust_news, 1)
    one = count(client, url, django_assert_max_num_queries)
    add_news(banister_news, 49, letter)
    add_news(trust_news, 49)
    assert count(client, url, django_assert_max_num_queries) == one


def test_the_school_page_costs_the_same_with_fifty_items_and_two_hundred_events(
    client, banister_news, page_by_path, django_assert_max_num_queries
):
    """The school page shows its latest news and links its calendar, whatever they hold."""
    import datetime

    from django.utils import timezone

    from tests.factories import event

    calendar = page_by_path("schools/banister/term-dates/")

    def fill(news, events):
        add_news(banister_news, news)
        start = timezone.localdate()
        calendar.events = [
            event(f"Event {i}", start + datetime.timedelta(days=i)) for i in range(events)
        ]
        calendar.save_revision().publish()

    fill(1, 1)
    one = count(client, "/en/schools/banister/", django_assert_max_num_queries)
    fill(49, 200)
    assert count(client, "/en/schools/banister/", django_assert_max_num_queries) == one
