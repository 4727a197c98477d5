"""Screenshots of pages at phone and desktop widths, for a person to look at.

Usage: python scripts/screenshots.py BASE_URL OUTDIR PATH [PATH ...]
Uses Debian's Chromium (/usr/bin/chromium) through Playwright; downloads nothing.
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
WIDTHS = (360, 1280)


def main(base, outdir, paths):
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        for width in WIDTHS:
            page = browser.new_page(viewport={"width": width, "height": 800})
            for path in paths:
                page.goto(base + path)
                name = path.strip("/").replace("/", "_") or "root"
                target = out / f"{name}-{width}.png"
                page.screenshot(path=str(target), full_page=True)
                print(target)
            page.close()
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
