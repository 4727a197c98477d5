"""The Wagtail admin runs under its own Content-Security-Policy: an editor can log in,
edit a page and open its preview panel without the browser blocking anything."""

import sqlite3

import pytest

from .conftest import ADMIN_PASSWORD, ADMIN_USERNAME, COUNTS, CSPWatch

pytestmark = pytest.mark.browser


def page_id(site, url_path):
    with sqlite3.connect(site.database) as db:
        row = db.execute(
            "SELECT id FROM wagtailcore_page WHERE url_path = ?", [url_path]
        ).fetchone()
    assert row, f"no page at {url_path}"
    return row[0]


@pytest.fixture(scope="module")
def editor(site, new_context):
    """A tab logged in to the admin as a superuser, with a watch on CSP violations."""
    tab = new_context(viewport={"width": 1280, "height": 900}).new_page()
    watch = CSPWatch(tab)
    tab.goto(site.url("/admin/login/"))
    assert watch.violations() == []
    tab.fill("input[name=username]", ADMIN_USERNAME)
    tab.fill("input[name=password]", ADMIN_PASSWORD)
    tab.click("form button[type=submit]")
    tab.wait_for_url(site.url("/admin/"))
    yield tab, watch
    tab.close()


def test_admin_dashboard_raises_no_csp_violation(editor):
    tab, watch = editor
    tab.wait_for_timeout(500)
    found = watch.violations()
    COUNTS["csp_violations"] += len(found)
    assert found == []


def open_preview_panel(tab):
    """Click the preview toggle until its panel says it is open: on a loaded machine a
    click can land before the editor's scripts listen for it."""
    toggle = tab.locator('[data-side-panel-toggle="preview"]')
    for _attempt in range(10):
        if toggle.get_attribute("aria-expanded") == "true":
            return
        toggle.click()
        tab.wait_for_timeout(500)
    raise AssertionError("the preview panel did not open")


@pytest.mark.parametrize("url_path", ["/home/schools/regents-park/", "/home/"])
def test_page_editor_and_its_preview_raise_no_csp_violation(site, editor, url_path):
    tab, watch = editor
    watch.console.clear()
    tab.goto(site.url(f"/admin/pages/{page_id(site, url_path)}/edit/"))

    open_preview_panel(tab)
    tab.frame_locator("#w-preview-iframe").locator("main h1").wait_for()
    previews = [frame for frame in tab.frames if "/preview/" in frame.url]
    assert previews, [frame.url for frame in tab.frames]
    previews[0].wait_for_load_state("load")
    # The editor pings the server every few seconds, so the network is never idle:
    # give late resources a moment instead.
    tab.wait_for_timeout(500)

    found = watch.violations()
    COUNTS["csp_violations"] += len(found)
    assert found == []


def test_translation_screen_draws_its_block_editors_and_saves(site, editor):
    """The translation screen loads the admin's own widgets (a StreamField's blocks) under
    the admin's CSP, side by side with the English, and its Save button works."""
    tab, watch = editor
    watch.console.clear()
    tab.goto(site.url(f"/admin/translations/{page_id(site, '/home/vision/staff/')}/pl/"))
    body = tab.locator("#part-body .translate-part__translation")
    # The block editor is drawn by the admin's scripts: its inputs exist only if they ran.
    body.locator("input[name='body-0-value-heading']").wait_for()
    assert body.get_attribute("lang") == "pl"
    assert tab.locator("#part-body .translate-part__english").get_attribute("lang") == "en"
    tab.click("button[name=action-save]")
    tab.wait_for_load_state("load")
    assert "no text changed" in tab.locator(".messages").inner_text()
    found = watch.violations()
    COUNTS["csp_violations"] += len(found)
    assert found == []


def test_the_editors_copy_content_buttons_work_with_their_csrf_token(site, editor):
    """wagtail-modeltranslation's "Copy content from" buttons post to an endpoint that
    now checks the CSRF token (localisation.copy_content): the page gives it to jQuery."""
    tab, watch = editor
    watch.console.clear()
    tab.goto(site.url(f"/admin/pages/{page_id(site, '/home/vision/staff/')}/edit/"))
    button = tab.locator(
        "button.translation-field-copy[current-lang-code='body_pl'][data-lang-code='body_en']"
    )
    button.wait_for(state="attached")
    with tab.expect_response(lambda r: "copy_translation_content" in r.url) as answer:
        button.evaluate("el => el.click()")  # the Polish panel is folded away
    assert answer.value.status == 200
    found = watch.violations()
    COUNTS["csp_violations"] += len(found)
    assert found == []
