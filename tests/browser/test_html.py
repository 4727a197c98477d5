"""The HTML each public page serves is valid (Nu HTML Checker) and loads under the
site's real Content-Security-Policy without a single violation."""

import json
import subprocess

import pytest

from .conftest import COUNTS

pytestmark = pytest.mark.browser


def test_public_pages_answer_with_the_expected_status(served_pages, public_urls):
    expected = dict(public_urls)
    wrong = [f"{p.path}: {p.status}" for p in served_pages if p.status != expected[p.path]]
    assert wrong == []


def test_search_pages_show_results_and_no_results(served_pages):
    for page in served_pages:
        if "q=Southampton" in page.path:
            assert 'class="search-result"' in page.html, page.path
        elif "q=zqxjv" in page.path:
            assert 'class="search-empty"' in page.html, page.path


# Invalid on purpose (a duplicate attribute), so that a validator that checks nothing fails.
CANARY = '<!DOCTYPE html><html lang="en"><title>Canary</title><p id="a" id="a">x</p></html>'


def test_public_pages_are_valid_html(served_pages, vnu_command, tmp_path):
    # One file per page and one validator run for them all: the JVM starts once.
    (tmp_path / "canary.html").write_text(CANARY)
    names = {"canary.html": "canary"}
    for number, page in enumerate(served_pages):
        path = tmp_path / f"page-{number:03d}.html"
        path.write_text(page.html, encoding="utf-8")
        names[path.name] = page.path
    result = subprocess.run(  # noqa: S603 - the pinned validator on our own files
        [*vnu_command, "--errors-only", "--format", "json", *sorted(map(str, tmp_path.iterdir()))],
        capture_output=True,
        text=True,
        timeout=300,
    )
    try:
        messages = json.loads(result.stderr)["messages"]  # vnu writes its report to stderr
    except (ValueError, KeyError):
        pytest.fail(f"vnu gave no report:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    errors = [
        (names.get(m.get("url", "").rsplit("/", 1)[-1], m.get("url")), m)
        for m in messages
        if m["type"] == "error" or m.get("subType") == "fatal"
    ]
    assert [name for name, _m in errors if name == "canary"], "vnu found nothing wrong"
    errors = [
        f"{name}:{m.get('lastLine')}: {m['message']} [{m.get('extract', '').strip()}]"
        for name, m in errors
        if name != "canary"
    ]
    COUNTS["vnu_errors"] += len(errors)
    assert errors == [], "\n".join(errors)


def test_public_pages_raise_no_csp_violation(served_pages):
    found = [f"{p.path}: {v}" for p in served_pages for v in p.csp_violations]
    COUNTS["csp_violations"] += len(found)
    assert found == [], "\n".join(found)
