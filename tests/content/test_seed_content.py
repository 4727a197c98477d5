"""Every sentence and bullet of the trust's page is on the site, where a reader would look,
and the content command adds no facts the trust did not give."""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from content.loader import load_site

SEED = Path(__file__).resolve().parent.parent / "data" / "seed_001.txt"

# The host school's page furniture (CONTENT.md): not the trust's words.
FURNITURE = {
    "Menu",
    "Translate",
    "Home Page",
    "Freemantle",
    "Church of England Community Academy Trust",
    "Top",
}

# Seed line ranges (0-based, inclusive) and the pages a reader would look on for them.
WHERE = [
    ((8, 8), ["/en/"]),
    ((10, 31), ["/en/history/"]),
    ((20, 27), ["/en/partners/"]),
    ((31, 31), ["/en/partners/"]),
    ((35, 35), ["/en/aims/"]),
    ((37, 62), ["/en/aims/"]),
    ((37, 37), ["/en/"]),
    ((66, 105), ["/en/vision/staff/"]),
    ((109, 157), ["/en/vision/children-and-learners/"]),
    ((161, 176), ["/en/vision/families-and-community/"]),
    ((180, 183), ["/en/vision/partners/"]),
]


def normalise(text):
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


def seed_lines():
    """(line number, text) for every line of trust content in the seed."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        text = normalise(line.lstrip().removeprefix("•"))
        if text and text not in FURNITURE:
            yield number, text


def expected_pages(number):
    return [url for (first, last), urls in WHERE for url in urls if first <= number <= last]


def main_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    main = BeautifulSoup(response.content, "html.parser").find("main")
    return normalise(main.get_text(" "))


def test_every_seed_line_has_a_place():
    unplaced = [text for number, text in seed_lines() if not expected_pages(number)]
    assert unplaced == []


def test_every_seed_sentence_and_bullet_is_on_its_page(client, trust_site):
    texts = {}
    missing = []
    for number, text in seed_lines():
        for url in expected_pages(number):
            if url not in texts:
                texts[url] = main_text(client, url)
            if text not in texts[url]:
                missing.append((url, text))
    assert missing == []


def all_content_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from all_content_strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from all_content_strings(item)


# The site's own names for pages, not the trust's words (the others, such as "History" and
# "Vision", are words of the seed anyway).
PAGE_TITLES = {
    "Aims",
    "Vision updates",
    "News and letters",
    "Term dates and events",
    "Accessibility statement",
    "Privacy notice",
    "Contact",
    "Urgent notices",
    "Ask for help",
}
# The enquiry form's topics: the vision's "health, welfare, housing, legal and
# financial", one word each, and two for everything else.
ENQUIRY_TOPICS = {"Health", "Welfare", "Housing", "Legal", "Financial"}
FORM_CHOICES = {"School life", "Something else"}


def without_page_types(value):
    """site.yaml without its pages' types (model names such as schools.SchoolPage)."""
    if isinstance(value, dict):
        return {k: without_page_types(v) for k, v in value.items() if k != "type"}
    if isinstance(value, list):
        return [without_page_types(item) for item in value]
    return value


def test_site_data_quotes_only_the_seed():
    seed = normalise(SEED.read_text(encoding="utf-8"))
    codes = {"member", "partner", "primary", "secondary", "all-through", "3-16"}
    site = without_page_types(load_site())
    invented = [
        text
        for text in all_content_strings(site)
        if text
        and text not in codes
        and text not in PAGE_TITLES
        and (text.lower() not in seed or text not in ENQUIRY_TOPICS)
        and text not in FORM_CHOICES
        and not re.fullmatch(r"[a-z0-9-]+", text)  # slugs
        and normalise(text).rstrip(".") not in seed
        and text not in ("2012", "More recently")  # "the following year"; "more recently"
    ]
    assert invented == []


def site_urls(trust_site):
    from wagtail.models import Page

    return [p.url for p in Page.objects.live().descendant_of(trust_site, inclusive=True)]


# The site's own words, not the trust's: their numbers (the standards' and laws' names,
# durations read from the settings, the page's own dates) are checked in test_policy_pages.py.
POLICY_PAGES = {"/en/accessibility/", "/en/privacy/"}


def test_site_has_no_numbers_the_trust_did_not_give(client, trust_site):
    seed_numbers = set(re.findall(r"\d+", SEED.read_text(encoding="utf-8")))
    allowed = seed_numbers | {"2012"}  # "the following year" after 2011, per CONTENT.md
    allowed |= {"999"}  # the enquiry form: "If a child is in danger now, call 999."
    found = {}
    for url in set(site_urls(trust_site)) - POLICY_PAGES:
        for number in re.findall(r"\d+", main_text(client, url)):
            if number not in allowed:
                found.setdefault(url, set()).add(number)
    assert found == {}


CONTACT_PATTERNS = {
    "email address": r"[\w.+-]+@[\w-]+\.[\w.]+",
    "phone link": r"tel:",
    "email link": r"mailto:",
    "UK postcode": r"\bSO\d{1,2}\s?\d[A-Z]{2}\b",
    "contact labels": r"Headteacher|URN|Address|telephone",
}


@pytest.mark.parametrize("kind", CONTACT_PATTERNS)
def test_no_contact_details_are_invented(client, trust_site, kind):
    pattern = re.compile(CONTACT_PATTERNS[kind])
    pages_with_it = [
        url for url in site_urls(trust_site) if pattern.search(client.get(url).content.decode())
    ]
    assert pages_with_it == []
