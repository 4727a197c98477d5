"""Trustees publish vision updates through the admin; readers follow them in an Atom feed
per language, and scheduled updates go live when `publish_scheduled` runs."""

import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import Page

from tests.admin_forms import admin_form_data, log_in_member
from tests.factories import VisionUpdatePageFactory
from tests.reading import ATOM, XML_LANG, feed


def entry_titles(root):
    return [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]


def main_text(path):
    response = Client().get(path)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find("main").get_text()


@pytest.fixture
def trustee(client, trust_site):
    log_in_member(client, "Trustees", "trustee")
    return client


def add_update_through_the_admin(client, index, audiences, **fields):
    """Fill in the admin's "add vision update" form as a trustee would and press a button."""
    add_url = f"/admin/pages/add/vision/visionupdatepage/{index.pk}/"
    data = admin_form_data(client.get(add_url), audiences=[str(a.pk) for a in audiences], **fields)
    response = client.post(add_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Page.objects.get(url_path=f"{index.url_path}{fields['slug']}/").specific


def test_a_trustee_publishes_an_update_that_reaches_every_place_it_concerns(trustee, page_by_path):
    staff = page_by_path("vision/staff/")
    families = page_by_path("vision/families-and-community/")
    learners = page_by_path("vision/children-and-learners/")
    update = add_update_through_the_admin(
        trustee,
        page_by_path("vision/updates/"),
        audiences=[staff, families],
        title_en="Coaching network launched",
        slug="coaching-network-launched",
        date="2026-03-02",
        summary_en="Every school now has a trained coach.",
        **{"action-publish": "Publish"},
    )
    assert update.live
    for path in ("/en/vision/updates/", "/en/vision/staff/", "/en/vision/families-and-community/"):
        assert "Coaching network launched" in main_text(path), path
    assert "Coaching network launched" not in main_text(learners.url)
    root = feed("/en/vision/updates/feed/")
    assert entry_titles(root) == ["Coaching network launched"]
    [entry] = root.iter(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}summary") == "Every school now has a trained coach."
    assert entry.find(f"{ATOM}link").get("href") == (
        "http://testserver/en/vision/updates/coaching-network-launched/"
    )
    assert entry.findtext(f"{ATOM}updated").startswith("2026-03-02T")
    assert {c.get("term") for c in entry.iter(f"{ATOM}category")} == {
        staff.title,
        families.title,
    }


def test_the_feed_is_valid_atom(page_by_path):
    index = page_by_path("vision/updates/")
    for _ in range(3):
        VisionUpdatePageFactory(parent=index)
    root = feed("/en/vision/updates/feed/")
    assert root.tag == f"{ATOM}feed"
    assert root.get(XML_LANG) == "en"
    for child in ("id", "title", "subtitle", "updated", "author"):
        assert root.find(f"{ATOM}{child}") is not None, child
    assert root.findtext(f"{ATOM}title") == "Vision updates"
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    assert links == {
        "self": "http://testserver/en/vision/updates/feed/",
        "alternate": "http://testserver/en/vision/updates/",
    }
    entries = list(root.iter(f"{ATOM}entry"))
    assert len(entries) == 3
    ids = [entry.findtext(f"{ATOM}id") for entry in entries]
    assert len(set(ids)) == 3 and all(ids)
    for entry in entries:
        datetime.datetime.fromisoformat(entry.findtext(f"{ATOM}updated"))
        assert entry.findtext(f"{ATOM}title")


def test_the_feed_is_newest_first_and_same_day_updates_keep_their_publishing_order(
    page_by_path,
):
    index = page_by_path("vision/updates/")
    for title, date in [
        ("Older", datetime.date(2026, 1, 5)),
        ("Same day, first", datetime.date(2026, 2, 1)),
        ("Same day, second", datetime.date(2026, 2, 1)),
    ]:
        VisionUpdatePageFactory(parent=index, title=title, date=date).save_revision().publish()
    root = feed("/en/vision/updates/feed/")
    assert entry_titles(root) == ["Same day, second", "Same day, first", "Older"]
    updated = [e.findtext(f"{ATOM}updated") for e in root.iter(f"{ATOM}entry")]
    assert updated == sorted(updated, reverse=True)
    assert updated[0] != updated[1]


def test_each_language_has_its_own_feed(page_by_path):
    index = page_by_path("vision/updates/")
    VisionUpdatePageFactory(
        parent=index,
        title="Coaching network launched",
        title_pl="Uruchomiono sieć coachingu",
        summary="Every school now has a trained coach.",
        summary_pl="Każda szkoła ma teraz przeszkolonego coacha.",
    )
    english, polish = feed("/en/vision/updates/feed/"), feed("/pl/vision/updates/feed/")
    assert polish.get(XML_LANG) == "pl"
    assert entry_titles(polish) == ["Uruchomiono sieć coachingu"]
    [entry] = polish.iter(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}summary") == "Każda szkoła ma teraz przeszkolonego coacha."
    assert entry.find(f"{ATOM}link").get("href").startswith("http://testserver/pl/vision/updates/")
    assert entry_titles(english) == ["Coaching network launched"]
    assert polish.findtext(f"{ATOM}id") != english.findtext(f"{ATOM}id")


def test_an_untranslated_update_appears_in_english_in_other_feeds(page_by_path):
    VisionUpdatePageFactory(parent=page_by_path("vision/updates/"), title="Only in English")
    assert entry_titles(feed("/ar/vision/updates/feed/")) == ["Only in English"]


def test_the_updates_index_announces_its_feed(trust_site):
    for language in ("en", "pl"):
        html = Client().get(f"/{language}/vision/updates/").content
        link = BeautifulSoup(html, "html.parser").find(
            "link", rel="alternate", type="application/atom+xml"
        )
        assert link["href"] == f"/{language}/vision/updates/feed/"
        assert link["title"]


def test_the_feed_leaves_out_drafts(page_by_path):
    index = page_by_path("vision/updates/")
    VisionUpdatePageFactory(parent=index, title="Published")
    VisionUpdatePageFactory(parent=index, title="Draft", live=False)
    assert entry_titles(feed("/en/vision/updates/feed/")) == ["Published"]


def test_a_scheduled_update_goes_live_when_publish_scheduled_runs(trustee, page_by_path):
    go_live = timezone.localtime() + datetime.timedelta(days=2)
    update = add_update_through_the_admin(
        trustee,
        page_by_path("vision/updates/"),
        audiences=[page_by_path("vision/staff/")],
        title_en="Wellbeing survey results",
        slug="wellbeing-survey-results",
        date=go_live.date().isoformat(),
        summary_en="What staff told us.",
        go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
        **{"action-publish": "Publish"},
    )
    assert not update.live
    revision = update.revisions.get(approved_go_live_at__isnull=False)
    assert Client().get("/en/vision/updates/wellbeing-survey-results/").status_code == 404
    assert entry_titles(feed("/en/vision/updates/feed/")) == []

    call_command("publish_scheduled", stdout=io.StringIO())
    update.refresh_from_db()
    assert not update.live  # its time has not come

    # Let the clock pass the go-live time: move the scheduled revision's time into the past.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    call_command("publish_scheduled", stdout=io.StringIO())

    update.refresh_from_db()
    assert update.live
    assert entry_titles(feed("/en/vision/updates/feed/")) == ["Wellbeing survey results"]
    assert "Wellbeing survey results" in main_text("/en/vision/staff/")


def test_an_expired_update_leaves_the_feed_when_publish_scheduled_runs(page_by_path):
    update = VisionUpdatePageFactory(parent=page_by_path("vision/updates/"), title="Short-lived")
    update.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    update.save_revision().publish()
    assert entry_titles(feed("/en/vision/updates/feed/")) == ["Short-lived"]
    call_command("publish_scheduled", stdout=io.StringIO())
    update.refresh_from_db()
    assert update.expired and not update.live
    assert entry_titles(feed("/en/vision/updates/feed/")) == []
