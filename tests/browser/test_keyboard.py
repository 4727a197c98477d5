"""The site with the keyboard alone, at a phone's width and a desktop's: the skip link,
the main menu and the Translate menu work with Tab, Shift+Tab, Enter and Space, and every
element focus lands on shows a focus indicator, is not covered by anything (such as a
sticky header) and is at least 24x24 px unless it is a link inside a sentence."""

import re

import pytest

from .conftest import COUNTS
from .keyboard import focus_problems, focused

pytestmark = pytest.mark.browser

VIEWPORTS = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 800}}
# Left-to-right (two of them) and right-to-left.
SWEEP_LANGUAGES = ("en", "pl", "ar")
MAX_TAB_STOPS = 200


@pytest.fixture(scope="module", params=list(VIEWPORTS))
def viewport(request):
    return request.param


@pytest.fixture(scope="module")
def page(new_context, viewport):
    """One tab at the viewport's width, reused by this module's tests."""
    tab = new_context(viewport=VIEWPORTS[viewport]).new_page()
    yield tab
    tab.close()


def tab(page, key="Tab"):
    """Press a key and describe the element that then has focus, failing if it is hidden,
    has no focus indicator or is too small."""
    page.keyboard.press(key)
    info = focused(page)
    if info is not None:
        COUNTS["focus_stops"] += 1
        assert focus_problems(info) == [], f"{page.url} {info['label']}"
    return info


def tab_to(page, selector, limit=40):
    """Tab from the top of the page until the element matching selector has focus."""
    for _ in range(limit):
        tab(page)
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"{selector} never got focus with Tab on {page.url}")


def hrefs(page, selector):
    return page.eval_on_selector_all(selector, "els => els.map(e => e.getAttribute('href'))")


def test_focus_checks_catch_a_missing_indicator_and_a_small_target(new_context):
    """A page with known faults, so that focus checks that see nothing fail."""
    tab = new_context().new_page()
    tab.set_content('<p>A <a href="#" style="outline: none; font-size: 8px">link</a>.</p>')
    tab.keyboard.press("Tab")
    problems = focus_problems(focused(tab))
    assert "no visible focus indicator (outline or box-shadow)" in problems
    tab.set_content('<nav><a href="#" style="font-size: 8px">small</a></nav>')
    tab.keyboard.press("Tab")
    assert any("under 24x24" in problem for problem in focus_problems(focused(tab)))
    tab.close()


@pytest.mark.parametrize("language", SWEEP_LANGUAGES)
def test_skip_link_comes_first_and_moves_focus_to_the_content(site, page, language):
    page.goto(site.url(f"/{language}/schools/"))

    first = tab(page)
    assert page.evaluate("document.activeElement.classList.contains('skip-link')"), first
    page.keyboard.press("Enter")
    # Following a link within the page is a navigation the browser finishes in a task of
    # its own: wait for it (at most 5 s) rather than read the address at once.
    page.wait_for_function("location.hash === '#main-content'", timeout=5000)
    assert page.url.endswith("#main-content")
    assert page.evaluate("document.activeElement.id") == "main-content"
    tab(page)
    assert page.evaluate("document.activeElement.closest('main') !== null")
    COUNTS["keyboard_checks"] += 1


@pytest.mark.parametrize("language", SWEEP_LANGUAGES)
def test_main_menu_is_walked_both_ways_and_followed_with_the_keyboard(site, page, language):
    page.goto(site.url(f"/{language}/"))
    items = hrefs(page, ".main-nav a")
    assert len(items) >= 4

    tab_to(page, ".main-nav a")
    walked = [focused(page)["href"]]
    for _ in items[1:]:
        walked.append(tab(page)["href"])
    assert walked == items
    for expected in reversed(items[:-1]):
        assert tab(page, "Shift+Tab")["href"] == expected

    tab(page)  # the second item
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(items[1]) + "$"))
    assert page.get_attribute(f'.main-nav a[href="{items[1]}"]', "aria-current") == "page"
    COUNTS["keyboard_checks"] += 1


@pytest.mark.parametrize(("language", "target"), [("en", "pl"), ("ar", "en")])
def test_translate_menu_opens_moves_and_closes_with_the_keyboard(site, page, language, target):
    page.goto(site.url(f"/{language}/schools/"))
    menu = page.locator("details.lang-menu")
    links = page.locator(".lang-menu__list a")
    languages = hrefs(page, ".lang-menu__list a")
    assert len(languages) == 8

    tab_to(page, "summary.lang-menu__button")
    assert menu.get_attribute("open") is None
    assert not links.first.is_visible()

    page.keyboard.press("Enter")
    assert menu.get_attribute("open") is not None
    walked = [tab(page)["href"] for _ in languages]
    assert walked == languages
    for expected in reversed(languages[:-1]):
        assert tab(page, "Shift+Tab")["href"] == expected
    tab(page, "Shift+Tab")
    assert page.evaluate("document.activeElement.matches('summary.lang-menu__button')")

    page.keyboard.press("Space")
    assert menu.get_attribute("open") is None
    after = tab(page)
    assert after is None or after["href"] not in languages, "a closed menu's link took focus"
    tab(page, "Shift+Tab")
    assert page.evaluate("document.activeElement.matches('summary.lang-menu__button')")

    page.keyboard.press("Enter")
    assert menu.get_attribute("open") is not None
    while focused(page)["href"] != f"/{target}/schools/":
        tab(page)
        assert page.evaluate("document.activeElement.closest('.lang-menu') !== null")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/{target}/schools/")
    assert page.get_attribute("html", "lang") == target
    COUNTS["keyboard_checks"] += 1


@pytest.mark.parametrize("language", ["en", "ar"])
def test_escape_or_a_click_outside_closes_the_translate_menu(site, page, language):
    page.goto(site.url(f"/{language}/history/"))
    menu = page.locator("details.lang-menu")

    tab_to(page, "summary.lang-menu__button")
    page.keyboard.press("Enter")
    tab(page)  # onto the first language
    page.keyboard.press("Escape")
    assert menu.get_attribute("open") is None
    assert page.evaluate("document.activeElement.matches('summary.lang-menu__button')")

    page.keyboard.press("Enter")
    assert menu.get_attribute("open") is not None
    page.locator(".site-footer").click(position={"x": 2, "y": 2})
    assert menu.get_attribute("open") is None
    COUNTS["keyboard_checks"] += 1


@pytest.mark.parametrize("language", SWEEP_LANGUAGES)
def test_every_focus_stop_is_visible_uncovered_and_big_enough(site, page, public_urls, language):
    """Tab through each public page from top to bottom; `tab` checks every stop."""
    paths = [path for path, _status in public_urls if path.startswith(f"/{language}/")]
    for path in paths:
        page.goto(site.url(path))
        seen = set()
        for _ in range(MAX_TAB_STOPS):
            info = tab(page)
            if info is None or info["id"] in seen:
                break
            seen.add(info["id"])
        else:
            pytest.fail(f"{path}: more than {MAX_TAB_STOPS} tab stops")
        assert len(seen) >= 5, f"{path}: only {len(seen)} tab stops"
        COUNTS["keyboard_checks"] += 1
