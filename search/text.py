"""Search text helpers, pure functions: a query's terms, where they match in a text,
how well a page's passages match, and the highlighted snippet a result quotes."""

import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import mark_safe

SOURCE_LANGUAGE = "en"
MAX_TERMS = 10
SNIPPET_LENGTH = 220

# PostgreSQL's default ts_rank weights for A, B, C, D, for ranking in Python alike.
WEIGHTS = {"A": 1.0, "B": 0.4, "C": 0.2, "D": 0.1}

# Han and kana: scripts written without spaces. A word is a run of letters and digits
# in one of these scripts, or in any other: "于2016年" is "于", "2016", "年".
UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
WORD = re.compile(f"[{UNSPACED}]+|[^\\W_{UNSPACED}]+")
UNSPACED_SCRIPT = re.compile(f"[{UNSPACED}]")


def query_terms(query):
    """The distinct words of a query, case-folded, at most MAX_TERMS of them. Single
    letters are left out (the "s" of "Regent’s" would match every word starting with s),
    except in scripts where one character is a word."""
    terms = []
    for word in WORD.findall(query.casefold()):
        if word not in terms and (len(word) > 1 or is_unspaced(word)):
            terms.append(word)
    return terms[:MAX_TERMS]


def is_unspaced(term):
    return bool(UNSPACED_SCRIPT.search(term))


def term_root(term):
    """What a word must start with to match the term: the term less up to two final
    letters, so "schools" finds "school" and Polish "szkoła" finds "szkoły"."""
    if is_unspaced(term) or len(term) <= 5:
        return term
    return term[: max(5, len(term) - 2)]


def match_spans(text, terms):
    """(start, end, term) for each place in text that matches a term, in order: whole
    words starting with the term's root or, for unspaced scripts, the term itself."""
    spans = []
    spaced = [(term, term_root(term)) for term in terms if not is_unspaced(term)]
    for word in WORD.finditer(text):
        folded = word.group().casefold()
        for term, root in spaced:
            if folded.startswith(root):
                spans.append((word.start(), word.end(), term))
                break
    for term in terms:
        if is_unspaced(term):
            spans.extend(
                (m.start(), m.end(), term)
                for m in re.finditer(re.escape(term), text, flags=re.IGNORECASE)
            )
    spans.sort()
    merged = []
    for span in spans:
        if merged and span[0] < merged[-1][1]:
            continue
        merged.append(span)
    return merged


@dataclass(frozen=True)
class Passage:
    """A piece of a page's text as a reader sees it, and the language it is in."""

    text: str
    weight: str = "B"
    language: str = SOURCE_LANGUAGE


def score(passages, terms):
    """How well the passages match: 0 unless every term occurs; otherwise the weighted
    number of occurrences (a title counts most)."""
    if not terms:
        return 0.0
    counts = dict.fromkeys(terms, 0.0)
    for passage in passages:
        for _start, _end, term in match_spans(passage.text, terms):
            counts[term] += WEIGHTS[passage.weight]
    return sum(counts.values()) if all(counts.values()) else 0.0


def highlight(text, terms, length=SNIPPET_LENGTH):
    """An HTML-escaped extract of text around the first match, matches in <mark>."""
    text = " ".join(text.split())
    spans = match_spans(text, terms)
    start, end = 0, len(text)
    if len(text) > length:
        first = spans[0][0] if spans else 0
        start = max(0, first - length // 4)
        if start:
            space = text.find(" ", start, first)
            start = space + 1 if space != -1 else start
        end = min(len(text), start + length)
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space if space > start else end
    parts = ["…" if start else ""]
    position = start
    for span_start, span_end, _term in spans:
        if span_start < start or span_end > end:
            continue
        parts.append(escape(text[position:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        position = span_end
    parts.append(escape(text[position:end]))
    parts.append("…" if end < len(text) else "")
    return mark_safe("".join(parts))  # noqa: S308 (every piece of text is escaped above)


def snippet_passage(passages, terms):
    """The passage to quote in a result: of those outside the title, the first that
    matches the most of the terms ("Solent University" quotes the partner, not another
    "Solent"), or failing any match the first."""
    body = [p for p in passages if p.weight != "A" and p.text.strip()]
    if not body:
        return None
    matched = [len({term for _start, _end, term in match_spans(p.text, terms)}) for p in body]
    return body[matched.index(max(matched))]
