"""A parent sends an enquiry on a 360 px phone, in English, Polish and Arabic, with the
keyboard only: a failed first try focuses the error summary (with no script: the
page's own `autofocus`), every field is reached with Tab in reading order, radios are
chosen with Space, and the confirmation gives a reference. axe finds nothing wrong on
the form, the errors or the confirmation."""

import re

import pytest

from .conftest import COUNTS
from .test_axe import RUN_AXE, WCAG_TAGS

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 800}
# Longer than the form's least time from showing to sending (enquiries.receiving).
HUMAN_PAUSE_MS = 3200


def axe(page):
    found = page.evaluate(RUN_AXE, WCAG_TAGS)
    COUNTS["axe_page_runs"] += 1
    COUNTS["axe_violations"] += len(found)
    return [f"{page.url}: {v['id']} ({v['help']}) at {v['nodes']}" for v in found]


def active(page):
    return page.evaluate(
        "() => { const e = document.activeElement;"
        " return e.id || e.className || e.tagName.toLowerCase(); }"
    )


def tab_to(page, element_id, limit=40):
    """Press Tab until the element with this id has the focus; how many presses."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        COUNTS["focus_stops"] += 1
        if active(page) == element_id:
            return presses
    raise AssertionError(f"{element_id} never had the focus after {limit} Tabs ({page.url})")


@pytest.mark.parametrize("language", ["en", "pl", "ar"])
def test_a_parent_sends_an_enquiry_with_the_keyboard_on_a_phone(
    site, new_context, axe_source, language
):
    context = new_context(bypass_csp=True, viewport=PHONE)
    context.add_init_script(axe_source)
    page = context.new_page()
    page.goto(site.url(f"/{language}/ask/"))
    assert page.locator("html").get_attribute("lang") == language
    problems = axe(page)

    # Send it empty: the error summary has the focus and lists every missing answer.
    tab_to(page, "send-enquiry", limit=80)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert active(page) == "error-summary"
    summary = page.locator(".error-summary")
    assert summary.get_attribute("role") == "alert"
    assert summary.locator("li").count() == 5  # school, topic, question, name, answer by
    assert page.title().split()[0] != "Southampton"  # "Error: ..." in the page's language
    problems += axe(page)

    # Each summary link leads to its field.
    first_link = summary.locator("a").first
    assert first_link.get_attribute("href") == "#id_school_0"

    # Fill it in with the keyboard only, from the summary down.
    tab_to(page, "id_school_0")
    page.keyboard.press("Space")
    tab_to(page, "id_topic_0")
    page.keyboard.press("ArrowDown")  # the second topic
    tab_to(page, "id_question")
    page.keyboard.type("Czy szkoła pomaga w sprawie mieszkania?" if language == "pl" else "Help?")
    tab_to(page, "id_name")
    page.keyboard.type("Anna Test")
    tab_to(page, "id_reply_by_0")
    page.keyboard.press("Space")
    tab_to(page, "id_email")
    page.keyboard.type(f"anna.{language}@example.org")
    page.wait_for_timeout(HUMAN_PAUSE_MS)
    with page.expect_navigation():
        page.keyboard.press("Enter")  # from the email field: sends the form
    COUNTS["keyboard_checks"] += 1

    reference = page.locator(".confirmation-panel .reference").inner_text()
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{6}", reference), page.content()[:2000]
    assert page.locator("html").get_attribute("lang") == language
    problems += axe(page)
    context.close()
    assert problems == []
