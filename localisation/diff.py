"""What changed between two versions of a text, word by word, as HTML."""

import difflib

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe


def word_diff(old, new):
    """`new` with the words it lost from `old` in <del> and the words it gained in <ins>:
    what a translator needs to change in a translation made from `old`."""
    before, after = old.split(), new.split()
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    parts = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            parts.append(conditional_escape(" ".join(after[j1:j2])))
            continue
        if i2 > i1:
            parts.append(format_html("<del>{}</del>", " ".join(before[i1:i2])))
        if j2 > j1:
            parts.append(format_html("<ins>{}</ins>", " ".join(after[j1:j2])))
    return mark_safe(" ".join(parts))  # noqa: S308 (each part escaped above)
