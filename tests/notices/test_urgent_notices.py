"""Urgent notices, as a parent meets them: at the top of every page of their school, in
their language, gone by themselves when they end, cached pages included; and as an
office publishes one, without waiting for approval, for its own school only."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from notices.models import UrgentNoticePage
from operations.management.commands.setup_permissions import office_staff_group_name
from tests.admin_forms import admin_form_data, log_in_member, refused
from tests.factories import mark_translations_reviewed


def notices_on(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    section = BeautifulSoup(response.content, "html.parser").find(
        "section", class_="urgent-notices"
    )
    if section is None:
        return []
    return [p.get_text(strip=True) for p in section.find_all("p", class_="urgent-notice__message")]


def publish_notice(folder, message, starts_in=timedelta(0), lasts=timedelta(hours=6), **extra):
    now = timezone.now()
    notice = UrgentNoticePage(
        title=message[:40],
        message=message,
        starts_at=now + starts_in,
        ends_at=now + starts_in + lasts,
        **extra,
    )
    folder.add_child(instance=notice)
    notice.save_revision().publish()
    return notice


@pytest.fixture
def folders(page_by_path):
    return {
        "banister": page_by_path("schools/banister/notices/"),
        "st-marks": page_by_path("schools/st-marks/notices/"),
        "trust": page_by_path("notices/"),
    }


@pytest.fixture
def cached(settings):
    """The page cache as in production."""
    settings.PAGE_CACHE_TIMEOUT = 600
    cache.clear()


def test_the_content_command_gives_every_school_and_the_trust_a_notices_folder(folders):
    assert {name: folder.live for name, folder in folders.items()} == {
        "banister": True,
        "st-marks": True,
        "trust": True,
    }
    assert not UrgentNoticePage.objects.exists()  # and invents no notice


def test_a_schools_notice_shows_on_every_page_of_that_school_and_no_other(client, folders):
    publish_notice(folders["banister"], "Banister is closed today because of snow.")
    assert notices_on(client, "/en/schools/banister/") == [
        "Banister is closed today because of snow."
    ]
    assert notices_on(client, "/en/schools/st-marks/") == []
    assert notices_on(client, "/en/") == []
    assert notices_on(client, "/en/history/") == []


def test_a_trust_notice_shows_on_every_page(client, folders):
    publish_notice(folders["trust"], "All schools close at noon.")
    for url in ("/en/", "/en/schools/banister/", "/en/history/", "/en/search/?q=school"):
        assert notices_on(client, url) == ["All schools close at noon."], url


def test_a_notice_shows_in_the_readers_language_or_in_english_saying_so(client, folders):
    notice = publish_notice(
        folders["banister"], "Closed today.", message_pl="Dziś szkoła jest zamknięta."
    )
    mark_translations_reviewed(page=notice)
    assert notices_on(client, "/pl/schools/banister/") == ["Dziś szkoła jest zamknięta."]
    # No Arabic: the English, marked as English, with a word why.
    page = BeautifulSoup(client.get("/ar/schools/banister/").content, "html.parser")
    message = page.find("p", class_="urgent-notice__message")
    assert (message.get_text(), message["lang"]) == ("Closed today.", "en")
    assert page.find("p", class_="urgent-notice__meta").get_text(strip=True)
    # The English changes: the Polish is out of date, so the English shows.
    notice.message_en = "Closed today and tomorrow."
    notice.save_revision().publish()
    assert notices_on(Client(), "/pl/schools/banister/") == ["Closed today and tomorrow."]


def test_a_notice_is_gone_after_its_end_with_the_page_cache_in_place(
    client, folders, cached, time_machine
):
    time_machine.move_to(timezone.now())
    # Ends well within the cache's ten minutes.
    publish_notice(folders["banister"], "Closed today.", lasts=timedelta(minutes=3))
    assert notices_on(client, "/en/schools/banister/") == ["Closed today."]
    assert client.get("/en/schools/banister/")["X-Page-Cache"] == "hit"
    time_machine.shift(timedelta(minutes=3, seconds=1))
    assert notices_on(client, "/en/schools/banister/") == []


def test_a_notice_appears_at_its_start_with_the_page_cache_in_place(
    client, folders, cached, time_machine
):
    time_machine.move_to(timezone.now())
    publish_notice(folders["banister"], "Closing at noon.", starts_in=timedelta(minutes=3))
    assert notices_on(client, "/en/schools/banister/") == []
    assert client.get("/en/schools/banister/")["X-Page-Cache"] == "hit"
    time_machine.shift(timedelta(minutes=3, seconds=1))
    assert notices_on(client, "/en/schools/banister/") == ["Closing at noon."]


def publish_through_the_form(office, folder, message, lasts):
    """Post the admin's form for a new notice as its Publish button does."""
    add = f"/admin/pages/add/notices/urgentnoticepage/{folder.pk}/"
    now = timezone.localtime()
    data = admin_form_data(
        office.get(add),
        title_en="Snow",
        slug="snow",
        message_en=message,
        starts_at=now.strftime("%Y-%m-%d %H:%M"),
        ends_at=(now + lasts).strftime("%Y-%m-%d %H:%M"),
        **{"action-publish": "Publish"},
    )
    return office.post(add, data)


def test_an_office_publishes_its_own_notice_without_approval(banister_office, folders):
    response = publish_through_the_form(
        banister_office, folders["banister"], "Closed today because of snow.", timedelta(hours=8)
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert UrgentNoticePage.objects.get(slug="snow").live
    assert notices_on(Client(), "/en/schools/banister/") == ["Closed today because of snow."]


def test_an_office_may_not_publish_another_schools_notice(client, folders, page_by_path):
    log_in_member(client, office_staff_group_name(page_by_path("schools/st-marks/")), "st-m")
    add = f"/admin/pages/add/notices/urgentnoticepage/{folders['banister'].pk}/"
    assert refused(client.get(add, follow=True))
    notice = publish_notice(folders["banister"], "Closed today.")
    assert refused(client.get(f"/admin/pages/{notice.pk}/edit/", follow=True))
    assert refused(client.get(f"/admin/pages/{notice.pk}/unpublish/", follow=True))


def test_an_office_still_may_not_publish_its_school_page(banister_office, page_by_path):
    school = page_by_path("schools/banister/")
    content = banister_office.get(f"/admin/pages/{school.pk}/edit/").content
    assert b'name="action-publish"' not in content


def test_a_notice_may_not_end_before_it_starts_or_run_past_two_weeks(banister_office, folders):
    for lasts in (-timedelta(hours=1), timedelta(days=15)):
        response = publish_through_the_form(banister_office, folders["banister"], "Closed.", lasts)
        assert response.status_code == 200  # the form again, with its errors
    assert not UrgentNoticePage.objects.exists()


def test_notices_cost_the_school_page_no_more_queries(client, folders):
    client.get("/en/schools/banister/")  # the tree snapshot is built
    with CaptureQueriesContext(connection) as without:
        client.get("/en/schools/banister/")
    for message in ("One.", "Two.", "Three."):
        publish_notice(folders["banister"], message)
    publish_notice(folders["trust"], "Four.")
    client.get("/en/schools/banister/")
    with CaptureQueriesContext(connection) as with_four:
        assert len(notices_on(client, "/en/schools/banister/")) == 4
    assert len(with_four.captured_queries) == len(without.captured_queries)


def test_notices_are_not_in_the_sitemap(client, folders):
    notice = publish_notice(folders["banister"], "Closed today.")
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/en/schools/banister/</loc>" in sitemap
    assert "/notices/" not in sitemap
    assert notice.url not in sitemap
