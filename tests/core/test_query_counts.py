"""Every page type renders for a visitor, in a bounded number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from core.sitetree import site_for
from schools.models import Membership
from tests.factories import (
    NewsItemPageFactory,
    PartnerFactory,
    SchoolPageFactory,
    VisionUpdatePageFactory,
)

# One URL per page type of the shipped site, with its query count for an anonymous
# visitor with the page cache bypassed (the tree snapshot warm). Wagtail's view
# restrictions, the page's site and its own row are answered from the tree snapshot and
# the cache for the current content generation (core.sitetree), as is the list of schools
# (schools.models.live_schools); what is left is the page's own listing, and none where
# the snapshot knows it is empty (the shipped site has no news or vision updates yet).
PAGE_TYPES = {
    "HomePage": ("/en/", 0),
    "HistoryPage": ("/en/history/", 0),
    "SchoolIndexPage": ("/en/schools/", 0),
    "SchoolPage": ("/en/schools/st-marks/", 0),
    "CalendarPage": ("/en/schools/st-marks/term-dates/", 0),
    "PartnersPage": ("/en/partners/", 1),
    "AimsPage": ("/en/aims/", 0),
    "VisionIndexPage": ("/en/vision/", 2),
    "VisionAudiencePage": ("/en/vision/staff/", 0),
    "VisionUpdateIndexPage": ("/en/vision/updates/", 1),
    "AccessibilityStatementPage": ("/en/accessibility/", 0),
    "PrivacyNoticePage": ("/en/privacy/", 0),
    "NewsIndexPage": ("/en/schools/st-marks/news/", 1),
}


def count_queries(client, url):
    client.get(url)  # warm Wagtail's cached site root paths
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_type_renders(client, trust_site, page_type):
    url, _ = PAGE_TYPES[page_type]
    response = client.get(url)
    assert response.status_code == 200
    assert response.context["page"].specific_class.__name__ == page_type


def test_vision_update_page_renders(client, trust_site, page_by_path):
    update = VisionUpdatePageFactory(parent=page_by_path("vision/updates/"), title="Spring report")
    update.save_revision().publish()
    response = client.get("/en/vision/updates/spring-report/")
    assert response.status_code == 200
    assert b"<h1><bdi>Spring report</bdi></h1>" in response.content


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_type_query_count(client, trust_site, page_type):
    url, expected = PAGE_TYPES[page_type]
    assert count_queries(client, url) == expected


def test_vision_update_page_query_count(client, trust_site, page_by_path):
    audiences = [page_by_path("vision/staff/"), page_by_path("vision/partners/")]
    update = VisionUpdatePageFactory(parent=page_by_path("vision/updates/"), audiences=audiences)
    # Its audiences' pages, in one query.
    assert count_queries(client, update.url) == 1


def add_content(page_by_path, schools=0, partners=0, updates=0, news=0):
    index = page_by_path("schools/")
    for n in range(schools):
        SchoolPageFactory(parent=index, membership=Membership.PARTNER if n % 2 else "member")
    PartnerFactory.create_batch(partners)
    updates_index = page_by_path("vision/updates/")
    staff = page_by_path("vision/staff/")
    for _ in range(updates):
        VisionUpdatePageFactory(parent=updates_index, audiences=[staff])
    for path in ("schools/st-marks/news/", "news/"):
        for _ in range(news):
            NewsItemPageFactory(parent=page_by_path(path))


def test_query_counts_do_not_grow_with_content(client, trust_site, page_by_path):
    """Three times the schools, partners and updates, 25 times the news: every page costs
    the same."""
    add_content(page_by_path, updates=1, news=1)
    before = {name: count_queries(client, url) for name, (url, _) in PAGE_TYPES.items()}
    add_content(page_by_path, schools=14, partners=18, updates=24, news=24)
    after = {name: count_queries(client, url) for name, (url, _) in PAGE_TYPES.items()}
    assert after == before


@pytest.mark.parametrize("language", ["pl", "ar"])
def test_a_page_with_outdated_parts_costs_no_more(client, trust_site, page_by_path, language):
    """Which parts are outdated comes from the tree snapshot, not a query per page."""
    school = page_by_path("schools/banister/")
    school.summary_en += "\n\nOur office is open from 8am."
    school.save_revision().publish()
    url = f"/{language}/schools/banister/"
    assert 'lang="en"' in client.get(url).content.decode()
    assert count_queries(client, url) == PAGE_TYPES["SchoolPage"][1]


def test_the_site_is_looked_up_once_per_host_and_content_generation(
    rf, trust_site, django_assert_num_queries
):
    default = Site.objects.get(is_default_site=True)
    assert site_for(rf.get("/en/", HTTP_HOST="localhost")) == default
    with django_assert_num_queries(0):
        assert site_for(rf.get("/en/", HTTP_HOST="localhost")) == default
    # A new site starts a new generation: the next lookup sees it.
    other = Site.objects.create(hostname="other.example.org", port=80, root_page=trust_site)
    assert site_for(rf.get("/", HTTP_HOST="other.example.org")) == other
    assert site_for(rf.get("/", HTTP_HOST="localhost")) == default
