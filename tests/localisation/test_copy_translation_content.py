"""The edit screen's "Copy content from" buttons (wagtail-modeltranslation): only the
page's editors may use them, only with the page's CSRF token, and bad input is refused
with a 4xx, never a 500 (localisation.copy_content)."""

import json

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.rich_text import RichText

from tests.admin_forms import admin_form_data, log_in_member

# As the package's script sends it (jQuery marks its requests to the site itself).
AJAX = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


def copy_url(page):
    return f"/admin/pages/{page.pk}/edit/copy_translation_content/"


@pytest.fixture
def banister(page_by_path):
    """Banister's page, with blocks in its English body to copy."""
    page = page_by_path("schools/banister/")
    page.body_en = [
        ("heading", "Our school"),
        ("paragraph", RichText("<p>Families are welcome to visit.</p>")),
        ("list", {"heading": "Clubs", "lead": "", "items": ["Chess", "Choir"]}),
    ]
    page.save_revision()
    return page


@pytest.fixture
def banister_office(banister):
    """Banister's office staff, logged in through the admin's form in a browser that is
    refused without a CSRF token; with the edit screen open, as when a button is pressed."""
    log_in_member(Client(), "Office staff: Banister", "banister-office")  # makes the user
    browser = Client(enforce_csrf_checks=True)
    token = browser.get("/admin/login/").cookies["csrftoken"].value
    browser.post(
        "/admin/login/",
        {
            "username": "banister-office",
            "password": "banister-office-correct-horse-battery",
            "csrfmiddlewaretoken": token,
        },
    )
    browser.edit_screen = browser.get(f"/admin/pages/{banister.pk}/edit/")
    assert browser.edit_screen.status_code == 200
    return browser


def page_token(edit_screen):
    """The CSRF token the admin writes into the page, where csrf_for_jquery.js reads it."""
    config = BeautifulSoup(edit_screen.content, "html.parser").find(id="wagtail-config")
    return json.loads(config.string)["CSRF_TOKEN"]


def copy_request(edit_screen, origin="body_en", target="body_pl"):
    """What the package's script posts to copy `origin` into `target`: every input of the
    edit form whose name holds `origin`, as jQuery's serializeArray() gives them."""
    data = admin_form_data(edit_screen)
    serialised = [
        {"name": name, "value": value}
        for name, value in data.items()
        if origin in name and isinstance(value, str)
    ]
    return {
        "origin_field_name": origin,
        "target_field_name": target,
        "serializedOriginField": json.dumps(serialised),
    }


def test_the_pages_editor_gets_the_blocks_under_the_other_languages_name(banister_office, banister):
    screen = banister_office.edit_screen
    assert b"localisation/js/csrf_for_jquery.js" in screen.content
    response = banister_office.post(
        copy_url(banister), copy_request(screen), HTTP_X_CSRFTOKEN=page_token(screen), **AJAX
    )

    assert response.status_code == 200
    widget = BeautifulSoup(json.loads(response.content), "html.parser").find(
        attrs={"data-controller": "w-block"}
    )
    assert widget["id"] == "body_pl"
    value, _errors = json.loads(widget["data-w-block-arguments-value"])
    assert [block["type"] for block in value] == ["heading", "paragraph", "list"]
    assert value[0]["value"] == "Our school"
    assert [item["value"] for item in value[2]["value"]["items"]] == ["Chess", "Choir"]


def test_without_the_csrf_token_the_editor_is_refused(banister_office, banister):
    response = banister_office.post(
        copy_url(banister), copy_request(banister_office.edit_screen), **AJAX
    )

    assert response.status_code == 403


def test_anonymous_visitors_are_refused(banister_office, banister):
    data = copy_request(banister_office.edit_screen)

    assert Client().post(copy_url(banister), data, **AJAX).status_code == 403


def test_another_schools_office_is_refused(banister_office, banister, page_by_path):
    data = copy_request(banister_office.edit_screen)
    st_marks_office = Client()
    st_marks = page_by_path("schools/st-marks/").title
    log_in_member(st_marks_office, f"Office staff: {st_marks}", "st-marks-office")

    assert st_marks_office.post(copy_url(banister), data, **AJAX).status_code == 403


@pytest.fixture
def editor_with_token(banister_office):
    """Posts as Banister's office would from its edit screen, token and all."""
    token = page_token(banister_office.edit_screen)

    def post(url, data, **extra):
        return banister_office.post(url, data, HTTP_X_CSRFTOKEN=token, **{**AJAX, **extra})

    return post


def test_a_get_is_refused(banister_office, banister):
    assert banister_office.get(copy_url(banister), **AJAX).status_code == 405


def test_an_unknown_page_is_not_found(editor_with_token, banister_office):
    data = copy_request(banister_office.edit_screen)

    response = editor_with_token(
        "/admin/pages/999999/edit/copy_translation_content/", data, follow=True
    )

    # Django's LocaleMiddleware answers any 404 under /admin/ with a redirect to the
    # same path under /en/, which then answers 404 (as for every admin page not found).
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("origin", "target"),
    [
        ("body_en", "summary_pl"),  # not a StreamField
        ("summary_en", "summary_pl"),
        ("body_en", "body"),  # the field itself, not a language's column
        ("body_en", "no_such_field"),
        ("body_en", "body_en"),
        ("", ""),
    ],
)
def test_a_field_that_is_not_one_streamfield_in_two_languages_is_refused(
    editor_with_token, banister_office, banister, origin, target
):
    data = copy_request(banister_office.edit_screen)
    data.update(origin_field_name=origin, target_field_name=target)

    assert editor_with_token(copy_url(banister), data).status_code == 400


@pytest.mark.parametrize(
    "serialised",
    [
        "",
        "not json",
        "{}",
        '[{"name": "body_en-count"}]',
        "[]",  # no count of blocks
        '[{"name": "body_en-count", "value": "two"}]',
    ],
)
def test_blocks_not_posted_as_the_edit_form_posts_them_are_refused(
    editor_with_token, banister_office, banister, serialised
):
    data = copy_request(banister_office.edit_screen)
    data["serializedOriginField"] = serialised

    assert editor_with_token(copy_url(banister), data).status_code == 400


def test_a_request_not_made_by_the_script_is_refused(editor_with_token, banister_office, banister):
    data = copy_request(banister_office.edit_screen)

    response = editor_with_token(copy_url(banister), data, HTTP_X_REQUESTED_WITH="")

    assert response.status_code == 400
