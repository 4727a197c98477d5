"""A page under a password restriction: Wagtail's form unlocks it, and it is never cached."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.models import PageViewRestriction

HISTORY_TEXT = "The Trust came into being"


@pytest.fixture
def locked_history(page_by_path):
    return PageViewRestriction.objects.create(
        page=page_by_path("history/"),
        restriction_type=PageViewRestriction.PASSWORD,
        password="s3cret",
    )


@pytest.fixture
def reader():
    """A browser: it sends back the CSRF token of the form it was given, or is refused."""
    return Client(enforce_csrf_checks=True)


def post_password(reader, password, url="/en/history/"):
    """Open the locked page, fill in Wagtail's password form as a reader would, submit it."""
    response = reader.get(url)
    assert response.status_code == 200
    form = BeautifulSoup(response.content, "html.parser").find("form")
    data = {
        field["name"]: field.get("value", "")
        for field in form.find_all("input", attrs={"name": True})
    }
    data["password"] = password
    return reader.post(form["action"], data)


def test_the_right_password_unlocks_the_page(reader, locked_history):
    response = post_password(reader, "s3cret")

    assert response.status_code == 302
    assert response["Location"] == "/en/history/"
    page = reader.get("/en/history/")
    assert page.status_code == 200
    assert HISTORY_TEXT in page.content.decode()


def test_the_form_unlocks_the_page_in_another_language(reader, locked_history):
    response = post_password(reader, "s3cret", url="/pl/history/")

    assert response.status_code == 302
    assert response["Location"] == "/pl/history/"
    assert reader.get("/pl/history/").context["page"].pk == locked_history.page_id


def test_a_wrong_password_leaves_the_page_locked(reader, locked_history):
    response = post_password(reader, "not-the-password")

    assert response.status_code == 200  # the form again, with its error
    assert HISTORY_TEXT not in response.content.decode()
    assert HISTORY_TEXT not in reader.get("/en/history/").content.decode()


@pytest.mark.usefixtures("locked_history")
def test_an_unlocked_page_is_never_cached_for_other_readers(reader, settings):
    settings.PAGE_CACHE_TIMEOUT = 600
    post_password(reader, "s3cret")

    for _ in range(2):
        unlocked = reader.get("/en/history/")
        assert HISTORY_TEXT in unlocked.content.decode()
        assert "X-Page-Cache" not in unlocked
    for _ in range(2):
        other = Client().get("/en/history/")
        assert "X-Page-Cache" not in other
        assert HISTORY_TEXT not in other.content.decode()


def test_a_page_for_logged_in_readers_sends_them_to_a_working_login_form(client, page_by_path):
    PageViewRestriction.objects.create(
        page=page_by_path("history/"), restriction_type=PageViewRestriction.LOGIN
    )

    response = client.get("/en/history/", follow=True)

    assert response.redirect_chain[0][0] == "/en/_util/login/?next=/en/history/"
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()


# Wagtail asks every page it serves for its view restrictions; the tree snapshot answers
# "none" without a query where no restriction or alias is at or above the page
# (core.models.SitePage.get_view_restrictions). Each case below must still be locked.


def test_a_restriction_added_after_the_page_was_read_locks_it_at_once(client, page_by_path):
    assert HISTORY_TEXT in client.get("/en/history/").content.decode()  # snapshot warm
    PageViewRestriction.objects.create(
        page=page_by_path("history/"), restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    response = client.get("/en/history/")
    assert HISTORY_TEXT not in response.content.decode()
    assert 'name="password"' in response.content.decode()


def test_a_page_below_a_locked_page_is_locked(client, page_by_path):
    assert "<dt>Membership</dt>" in client.get("/en/schools/st-marks/").content.decode()
    PageViewRestriction.objects.create(
        page=page_by_path("schools/"), restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    response = client.get("/en/schools/st-marks/")
    assert 'name="password"' in response.content.decode()
    assert "<dt>Membership</dt>" not in response.content.decode()


def test_an_alias_of_a_locked_page_is_locked(client, page_by_path, locked_history):
    """An alias has no restrictions of its own: its source's apply (Wagtail's rule)."""
    history = page_by_path("history/")
    alias = history.create_alias(parent=page_by_path("partners/"), update_slug="our-story")
    client.get("/en/")
    response = client.get(alias.url)
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()
    assert HISTORY_TEXT not in response.content.decode()


def test_an_unrestricted_page_asks_for_no_restrictions(
    client, page_by_path, django_assert_num_queries
):
    client.get("/en/history/")
    with django_assert_num_queries(0):
        assert HISTORY_TEXT in client.get("/en/history/").content.decode()
