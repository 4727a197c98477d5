"""Draw static/img/og-default.png, the link-preview image for pages without their own:
1200x630, the trust's green with its name in white.

    .venv/bin/python scripts/make_og_image.py

Needs a TrueType sans-serif font (Debian: fonts-dejavu-core).
"""

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

SIZE = (1200, 630)
GREEN = "#0b5d4b"
DARK_GREEN = "#073f33"
GOLD = "#f2c14e"
LINES = ["Southampton", "Co-operative", "Learning Trust"]
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
OUT = Path(__file__).resolve().parent.parent / "static" / "img" / "og-default.png"


def main():
    image = Image.new("RGB", SIZE, GREEN)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 96)
    margin = 96
    draw.rectangle([0, SIZE[1] - 36, SIZE[0], SIZE[1]], fill=DARK_GREEN)
    draw.rectangle([margin, 120, margin + 140, 132], fill=GOLD)
    y = 168
    for line in LINES:
        draw.text((margin, y), line, font=font, fill="white")
        y += 116
    OUT.parent.mkdir(parents=True, exist_ok=True)
    image.save(OUT, optimize=True)
    sys.stdout.write(f"wrote {OUT}\n")


if __name__ == "__main__":
    main()
