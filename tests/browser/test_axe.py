"""axe-core finds no WCAG 2.0, 2.1 or 2.2 A/AA violation on any public page."""

import pytest

from .conftest import COUNTS, LANGUAGES

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
VIEWPORTS = {"phone": {"width": 360, "height": 800}, "desktop": {"width": 1280, "height": 900}}

RUN_AXE = """async (tags) => {
  const results = await axe.run(document, {
    runOnly: {type: "tag", values: tags},
    resultTypes: ["violations"],
  });
  return results.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => node.target.join(" ")),
  }));
}"""


def test_axe_finds_violations_where_there_are_some(new_context, axe_source):
    """A page with known faults, so that a silent axe (not loaded, wrong tags) fails."""
    page = new_context().new_page()
    page.set_content(
        '<!DOCTYPE html><html lang="en"><title>Faults</title>'
        '<main><img src="data:,"><a href="/"></a></main></html>'
    )
    page.add_script_tag(content=axe_source)
    found = {violation["id"] for violation in page.evaluate(RUN_AXE, WCAG_TAGS)}
    assert {"image-alt", "link-name"} <= found
    page.close()


def test_the_public_policy_blocks_an_injected_inline_script(site, new_context, axe_source):
    """Why the axe run below bypasses CSP: the strict public policy refuses the inline
    script axe is injected as (and would refuse any other)."""
    page = new_context().new_page()
    page.goto(site.url("/en/"))
    with pytest.raises(Exception, match="Content Security Policy"):
        page.add_script_tag(content=axe_source)
    assert page.evaluate("typeof window.axe") == "undefined"
    page.close()


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_public_pages_have_no_axe_violations(
    site, public_urls, new_context, axe_source, language, viewport
):
    # bypass_csp lets axe be injected into pages whose policy refuses inline script; it
    # changes nothing else on them, since test_html shows they load under the real
    # policy without a single violation. An init script puts axe into every page before
    # the page's own scripts, without one more round trip per page.
    context = new_context(bypass_csp=True, viewport=VIEWPORTS[viewport])
    context.add_init_script(axe_source)
    page = context.new_page()
    found = []
    checked = 0
    for path, _status in public_urls:
        if not path.startswith(f"/{language}/"):
            continue
        page.goto(site.url(path))
        for violation in page.evaluate(RUN_AXE, WCAG_TAGS):
            found.append(f"{path}: {violation['id']} ({violation['help']}) at {violation['nodes']}")
        checked += 1
    context.close()
    COUNTS["axe_violations"] += len(found)
    COUNTS["axe_page_runs"] += checked
    assert checked >= 3
    assert found == [], "\n".join(found)
