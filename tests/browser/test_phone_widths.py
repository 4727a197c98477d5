"""Every page of the sitemap, in every language, fits a small phone's screen, 320 and 360
px wide: nothing scrolls sideways, no breadcrumb separator is left alone at the end of a
line, and the Translate menu, opened with a tap on its button, lies wholly inside the
screen, whether the page reads left to right or right to left."""

import re
import urllib.request

import pytest
from django.conf import settings

from .conftest import COUNTS, require

pytestmark = pytest.mark.browser

WIDTHS = (320, 360)
HEIGHT = 740
CODES = [code for code, _name in settings.LANGUAGES]

# How wide the page is; the outermost elements that stick out past the end edge of the
# screen (the right in left-to-right pages, the left in right-to-left ones), which are
# what makes a page scroll sideways; the breadcrumbs whose text starts a line below
# their separator; and where to tap the Translate button.
MEASURE_PAGE = """() => {
  const width = window.innerWidth;
  const rtl = getComputedStyle(document.documentElement).direction === "rtl";
  const sticksOut = (element) => {
    const rect = element.getBoundingClientRect();
    return rect.width > 0 && (rtl ? rect.left < 0 : rect.right > width);
  };
  const describe = (element) => {
    const rect = element.getBoundingClientRect();
    const classes = [...element.classList].map((name) => "." + name).join("");
    const name = element.tagName.toLowerCase() + classes;
    return `${name} (${Math.round(rect.left)} to ${Math.round(rect.right)} px)`;
  };
  const culprits = [...document.body.querySelectorAll("*")]
    .filter((element) => sticksOut(element) && !sticksOut(element.parentElement))
    .slice(0, 3)
    .map(describe);
  const strandedCrumbs = [...document.querySelectorAll(".breadcrumbs li + li")]
    .filter((item) => {
      const text = document.createTreeWalker(item, NodeFilter.SHOW_TEXT).nextNode();
      const first = document.createRange();
      first.setStart(text, 0);
      first.setEnd(text, 1);
      const letter = first.getBoundingClientRect();
      return letter.top - item.getBoundingClientRect().top >= letter.height;
    })
    .map((item) => item.textContent.trim());
  const button = document.querySelector("summary.lang-menu__button").getBoundingClientRect();
  return {
    width,
    scrollWidth: document.documentElement.scrollWidth,
    culprits,
    strandedCrumbs,
    button: [button.left + button.width / 2, button.top + button.height / 2],
  };
}"""

# Where each item of the open Translate menu lies; then the menu is closed again, so
# that the next width starts from the page as it loads.
MEASURE_MENU_AND_CLOSE = """() => {
  const items = [...document.querySelectorAll("details.lang-menu[open] .lang-menu__list li")]
    .map((item) => {
      const rect = item.getBoundingClientRect();
      return {text: item.textContent.trim(), left: rect.left, right: rect.right};
    });
  document.querySelectorAll("details.lang-menu[open]").forEach((menu) => { menu.open = false; });
  return {width: window.innerWidth, items};
}"""


def layout_problems(page, width):
    """What is wrong with the page as it is now at this width, with its Translate menu
    opened by a tap: one line per fault."""
    page.set_viewport_size({"width": width, "height": HEIGHT})
    problems = []
    found = page.evaluate(MEASURE_PAGE)
    if found["scrollWidth"] > found["width"]:
        problems.append(
            f"scrolls sideways: {found['scrollWidth']} px wide in {found['width']} px; "
            f"sticking out: {', '.join(found['culprits']) or 'nothing found'}"
        )
    for crumb in found["strandedCrumbs"]:
        problems.append(f"breadcrumb separator alone on the line above {crumb!r}")
    # A tap where a finger would land, not a scripted click: what a parent does.
    page.touchscreen.tap(*found["button"])
    menu = page.evaluate(MEASURE_MENU_AND_CLOSE)
    if len(menu["items"]) != len(CODES):
        problems.append(f"the Translate menu shows {len(menu['items'])} items after a tap")
    outside = [
        f"{item['text']} ({item['left']:.0f} to {item['right']:.0f} px)"
        for item in menu["items"]
        if item["left"] < 0 or item["right"] > menu["width"]
    ]
    if outside:
        problems.append(
            f"Translate menu items outside the screen's 0 to {menu['width']} px: "
            + ", ".join(outside)
        )
    return problems


@pytest.fixture(scope="module")
def sitemap_paths(site):
    """{language code: [path, ...]}: every page the sitemap lists, in each language, and
    a search with results (a page of its own that no sitemap lists)."""
    with urllib.request.urlopen(site.url("/sitemap.xml"), timeout=10) as response:  # noqa: S310
        sitemap = response.read().decode()
    paths = {code: [] for code in CODES}
    located = re.compile(rf"^{re.escape(site.base_url)}/({'|'.join(map(re.escape, CODES))})/")
    for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap):
        match = located.match(loc)
        require(match, f"the sitemap lists a page in no language: {loc}")
        paths[match.group(1)].append(loc.removeprefix(site.base_url))
    counts = {code: len(found) for code, found in paths.items()}
    require(
        len(set(counts.values())) == 1 and counts["en"] >= 10,
        f"the sitemap should list the same pages in every language: {counts}",
    )
    for code in CODES:
        paths[code].append(f"/{code}/search/?q=Southampton")
    return paths


@pytest.fixture(scope="module")
def phone(new_context):
    """One tab for the module, in a context that taps like a phone."""
    tab = new_context(viewport={"width": WIDTHS[0], "height": HEIGHT}, has_touch=True).new_page()
    yield tab
    tab.close()


def test_layout_checks_catch_a_wide_page_a_stranded_separator_and_a_menu_off_the_screen(
    phone,
):
    """A page with all three faults, so that checks which measure nothing fail."""
    phone.set_content(
        '<!DOCTYPE html><html lang="en"><title>Faults</title><body style="margin: 0">'
        "<style>.breadcrumbs li + li::before { content: '›'; }</style>"
        '<nav class="breadcrumbs"><ol><li>Home</li><li><span style="display: inline-block">'
        "A title too long to share a line with its separator on a phone</span></li></ol></nav>"
        '<p style="inline-size: 400px">Too wide</p>'
        '<details class="lang-menu"><summary class="lang-menu__button">Translate</summary>'
        '<ul class="lang-menu__list" style="position: absolute; inset-inline-start: -80px">'
        + "".join(f"<li>{code}</li>" for code in CODES)
        + "</ul></details></body></html>"
    )
    problems = layout_problems(phone, 320)
    assert len(problems) == 3
    assert problems[0].startswith("scrolls sideways: 400 px wide in 320 px; sticking out: p ")
    assert problems[1].startswith("breadcrumb separator alone on the line above 'A title too")
    assert problems[2].startswith("Translate menu items outside the screen's 0 to 320 px: en (")


@pytest.mark.parametrize("language", CODES)
def test_pages_fit_a_phone_screen_with_the_translate_menu_open(
    site, sitemap_paths, phone, language
):
    problems = []
    for path in sitemap_paths[language]:
        response = phone.goto(site.url(path))
        assert response.status == 200, path
        for width in WIDTHS:
            found = layout_problems(phone, width)
            problems += [f"{path} at {width} px: {problem}" for problem in found]
            COUNTS["phone_layouts"] += 1
            COUNTS["phone_layouts_failed"] += bool(found)
    assert problems == [], "\n".join(problems)
