"""Bad input at the public site: random paths, languages, queries, headers and posts.

Whatever a visitor or a scanner sends, the site answers without a server error, never
shows a traceback, and never reflects markup it was sent unescaped.
"""

from urllib.parse import unquote_to_bytes, urlencode

import pytest
from django.conf import settings as django_settings
from django.http.request import split_domain_port, validate_host
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

EXAMPLES = 75
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE = '"onmouseover=alert(1) x="'
PAYLOADS = [SCRIPT, ATTRIBUTE, "<img src=x onerror=alert(1)>", "'><svg/onload=alert(1)>"]
# What must never appear in a page: each payload's dangerous part, unescaped.
REFLECTED = ["<script>alert", '"onmouseover=', "<img src=x", "<svg/onload"]

LANGUAGES = [code for code, _name in django_settings.LANGUAGES]
BAD_LANGUAGES = ["xx", "EN", "en-gb", "zh-hant", "zh_Hans", "pl-", "..", "%00", "", "ar/ar"]
TRICKY_SEGMENTS = [
    "..",
    ".",
    "%2e%2e",
    "%2E%2E%2F",
    "%00",
    "%2500",
    "%ff%fe",
    "%c0%af",
    "%u002e",
    "schools",
    "history",
    "vision",
    "search",
    "admin",
    "regents-park",
    "\u202e",
    "\u0000",
    "x" * 2000,
    *PAYLOADS,
]
HEADER_TEXT = st.text(
    st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=120
)  # HTTP header values are Latin-1; the test client sends them as given


def not_allowed(host):
    """A Host header Django refuses: not empty (the test client then falls back to
    'testserver'), and not one of ALLOWED_HOSTS in any spelling Django accepts."""
    domain, _port = split_domain_port(host)
    return bool(host) and not (domain and validate_host(domain, django_settings.ALLOWED_HOSTS))


segments = st.one_of(
    st.sampled_from(TRICKY_SEGMENTS),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=40),
    st.text("abcdefghijklmnopqrstuvwxyz-", min_size=1, max_size=300),
)
languages = st.one_of(st.sampled_from(LANGUAGES), st.sampled_from(BAD_LANGUAGES))


@st.composite
def paths(draw):
    parts = draw(st.lists(segments, max_size=5))
    language = draw(st.one_of(st.none(), languages))
    trailing = "/" if draw(st.booleans()) else ""
    prefix = [language] if language is not None else []
    return "/" + "/".join(prefix + parts) + trailing


query_strings = st.one_of(
    st.just(""),
    st.dictionaries(
        st.one_of(st.sampled_from(["q", "page", "lang", "next"]), st.text(max_size=10)),
        st.one_of(st.sampled_from(PAYLOADS + ["-1", "0", "99999999999", "1e9"]), st.text()),
        max_size=4,
    ).map(urlencode),
    st.sampled_from(["q=%00", "q=%ff", "page=%", "q=" + "a" * 5000, "&&==&", "q[]=1&q[]=2"]),
)


def assert_safe(response):
    assert response.status_code < 500, response.status_code
    body = response.content.decode("utf-8", errors="replace")
    assert "Traceback" not in body
    lowered = body.lower()
    for marker in REFLECTED:
        assert marker.lower() not in lowered, marker


@pytest.mark.django_db
@FUZZ
@given(path=paths(), query=query_strings)
def test_any_path_and_query(trust_site, path, query):
    # The WSGI environ a server builds for the request line, given directly: the test
    # client's get() would first parse the path as a URL, and "//[" is not one.
    response = Client().request(
        REQUEST_METHOD="GET",
        PATH_INFO=unquote_to_bytes(path).decode("iso-8859-1"),
        QUERY_STRING=query,
    )

    assert_safe(response)


@pytest.mark.django_db
@FUZZ
@given(
    language=languages,
    query=st.one_of(st.sampled_from(PAYLOADS), st.text(max_size=300)),
    page=st.one_of(st.none(), st.text(max_size=12), st.integers()),
)
def test_search_with_any_words(trust_site, language, query, page):
    params = {"q": query} if page is None else {"q": query, "page": page}

    response = Client().get(f"/{language}/search/", params)

    assert_safe(response)


@pytest.mark.django_db
@FUZZ
@given(
    path=st.sampled_from(["/", "/en/", "/pl/schools/", "/ar/history/", "/en/no-such-page/"]),
    accept_language=st.one_of(
        HEADER_TEXT, st.sampled_from(["pl,en;q=0.5", "zh-Hans", "ar;q=abc", "*", ";;;,,,"])
    ),
    cookie=st.one_of(
        HEADER_TEXT,
        st.sampled_from(
            [
                "django_language=xx",
                "django_language=" + SCRIPT,
                "sessionid=nonsense",
                "csrftoken=" + "a" * 4096,
                "=;=;;",
            ]
        ),
    ),
)
def test_any_language_and_cookie_headers(trust_site, path, accept_language, cookie):
    response = Client().get(path, HTTP_ACCEPT_LANGUAGE=accept_language, HTTP_COOKIE=cookie)

    assert_safe(response)


@pytest.mark.django_db
@FUZZ
@given(
    path=st.sampled_from(["/en/", "/pl/schools/", "/en/history/"]),
    host=st.one_of(
        st.sampled_from(["evil.example", "testserver.evil.example", "bad host", "[::1"]),
        HEADER_TEXT.filter(not_allowed),
    ),
)
def test_a_host_not_allowed_is_refused(trust_site, path, host):
    response = Client().get(path, HTTP_HOST=host)

    assert response.status_code == 400
    assert_safe(response)


@pytest.mark.django_db
@FUZZ
@given(host=st.sampled_from(django_settings.ALLOWED_HOSTS), port=st.sampled_from(["", ":80"]))
def test_an_allowed_host_is_served(trust_site, host, port):
    response = Client().get("/en/", HTTP_HOST=host + port)

    assert response.status_code == 200
    assert_safe(response)


@pytest.mark.django_db
@FUZZ
@given(
    path=st.sampled_from(
        ["/en/", "/pl/schools/", "/en/history/", "/en/search/", "/en/no-such-page/"]
    ),
    data=st.dictionaries(
        st.one_of(st.sampled_from(["q", "csrfmiddlewaretoken", "password"]), st.text(max_size=10)),
        st.one_of(st.sampled_from(PAYLOADS), st.text(max_size=200)),
        max_size=5,
    ),
    enforce_csrf=st.booleans(),
)
def test_any_form_post(trust_site, path, data, enforce_csrf):
    response = Client(enforce_csrf_checks=enforce_csrf).post(path, data)

    assert_safe(response)
