"""What the keyboard tests read from the page about the element that has focus."""

MIN_TARGET = 24  # CSS px, WCAG 2.2's 2.5.8 Target Size (Minimum)

# Describes document.activeElement: what it is, where it is, whether its focus indicator
# shows, whether anything covers it and whether it is big enough to hit.
FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const style = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  const box = el.getClientRects()[0] || rect;
  const x = box.left + box.width / 2;
  // A text area is scrolled into view only as far as its caret, on its first line.
  const y = box.top + (el.tagName === "TEXTAREA" ? Math.min(box.height / 2, 16) : box.height / 2);
  const hit = document.elementFromPoint(x, y);
  // 2.5.8 exempts a link inside a sentence: an inline link whose block has other text.
  let block = el.parentElement;
  while (block && getComputedStyle(block).display === "inline") block = block.parentElement;
  const blockText = (block ? block.textContent : "").replace(/\\s+/g, "");
  const ownText = el.textContent.replace(/\\s+/g, "");
  const inSentence =
    el.tagName === "A" && style.display === "inline" && blockText.length > ownText.length;
  const outline =
    style.outlineStyle !== "none" &&
    parseFloat(style.outlineWidth) >= 2 &&
    style.outlineColor !== "rgba(0, 0, 0, 0)";
  const shadow = style.boxShadow !== "none" && style.boxShadow !== "";
  const name = el.textContent || el.value || el.getAttribute("aria-label") || "";
  return {
    label: `${el.tagName.toLowerCase()} "${name.trim().replace(/\\s+/g, " ").slice(0, 40)}"`,
    tag: el.tagName.toLowerCase(),
    href: el.getAttribute("href"),
    indicator: outline || shadow,
    uncovered: hit !== null && (hit === el || el.contains(hit)),
    inViewport: x >= 0 && y >= 0 && x <= innerWidth && y <= innerHeight,
    width: rect.width,
    height: rect.height,
    inSentence,
    id: el.dataset.focusProbe || (el.dataset.focusProbe = String(Math.random())),
  };
}"""


def focused(page):
    return page.evaluate(FOCUSED)


def focus_problems(info):
    """What is wrong with the focused element, as readable strings (none if all is well)."""
    problems = []
    if not info["indicator"]:
        problems.append("no visible focus indicator (outline or box-shadow)")
    if not info["inViewport"]:
        problems.append("scrolled out of view")
    elif not info["uncovered"]:
        problems.append("hidden under another element")
    small = info["width"] < MIN_TARGET or info["height"] < MIN_TARGET
    if small and not info["inSentence"]:
        problems.append(f"target {info['width']:.0f}x{info['height']:.0f} px, under 24x24")
    return problems
