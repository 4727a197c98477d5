"""Text as it is stored: one form for the same words, whatever sent them.

Browsers post a textarea's line breaks as `\\r\\n`, and the page editor posts every
language's fields on each save. Stored as sent, a save that changed one English
sentence would rewrite the line breaks of every language, and every comparison (the
admin's "Compare", whether a translation is older than its English) would see changes
that no one made. So text is stored normalised: Unicode NFC, `\\n` line breaks, no
spaces at the ends of lines or around the whole text.
"""

import re
import unicodedata

LINE_BREAKS = re.compile(r"\r\n?")
TRAILING_SPACE = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)
# Keys of a StreamField's stored JSON that are not text a person wrote.
STREAM_KEYS = {"type", "id"}


def normalise(text):
    """The stored form of a text; anything that is not a string is returned as it is."""
    if not isinstance(text, str):
        return text
    text = unicodedata.normalize("NFC", text)
    text = LINE_BREAKS.sub("\n", text)
    return TRAILING_SPACE.sub("", text).strip()


def normalise_stream(data):
    """A StreamField's stored JSON (lists and dicts) with every text in it normalised."""
    if isinstance(data, list):
        return [normalise_stream(item) for item in data]
    if isinstance(data, dict):
        return {
            key: value if key in STREAM_KEYS else normalise_stream(value)
            for key, value in data.items()
        }
    return normalise(data)
