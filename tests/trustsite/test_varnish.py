"""The production shape, tested: Debian's Varnish with deploy/varnish/default.vcl in
front of gunicorn with the production settings, on free 127.0.0.1 ports, started here
and stopped after (make varnish-test; needs `apt-get install -y varnish`).

A vision update is published through the admin's own forms, through Varnish; a partner
is renamed and a page unpublished with Wagtail's own save and unpublish from another
process (`manage.py shell`). Either way the purges travel over HTTP from the
application to Varnish, as they do in production."""

import http.cookiejar
import re
import socket
import textwrap
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import pytest

from bench.services import Gunicorn, free_port, manage, production_env
from bench.varnish import VARNISHD, Varnish
from tests.admin_forms import admin_form_data

pytestmark = pytest.mark.varnish

ADMIN = "varnish-admin"
ADMIN_PASSWORD = "varnish-tests-only"  # noqa: S105 - a throwaway database


class Stack:
    """gunicorn with the production settings on a SQLite file, and Varnish in front."""

    def __init__(self, work):
        self.app_port = free_port()
        self.varnish_port = free_port()
        self.env = production_env(
            f"sqlite:///{work / 'db.sqlite3'}",
            work,
            FRONTEND_CACHE_PURGE_URL=f"http://127.0.0.1:{self.varnish_port}/",
            DJANGO_SUPERUSER_PASSWORD=ADMIN_PASSWORD,
        )
        self.work = work
        self.app = None
        self.varnish = None

    def manage(self, *args):
        return manage(self.env, *args, capture=True).stdout

    def shell(self, code):
        return self.manage("shell", "-c", textwrap.dedent(code))

    def start(self):
        self.manage("migrate", "--noinput")
        self.manage("load_trust_content")
        self.manage("createsuperuser", "--noinput", f"--username={ADMIN}", "--email=a@example.org")
        self.manage("collectstatic", "--noinput")
        self.app = Gunicorn(self.env, self.app_port, self.work / "gunicorn.log")
        self.varnish = Varnish(self.app_port, self.varnish_port, self.work / "varnish.log")

    def stop_app(self):
        if self.app:
            self.app.stop()

    def stop(self):
        self.stop_app()
        if self.varnish:
            self.varnish.stop()

    def url(self, path):
        return f"http://127.0.0.1:{self.varnish_port}{path}"

    def get(self, path, headers=None):
        """(status, X-Cache, body) of a GET through Varnish."""
        request = urllib.request.Request(self.url(path), headers=headers or {})  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
                return response.status, response.headers.get("X-Cache"), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("X-Cache"), error.read().decode()


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    if not Path(VARNISHD).exists():
        pytest.fail("varnishd is missing: apt-get install -y varnish", pytrace=False)
    stack = Stack(tmp_path_factory.mktemp("varnish"))
    try:
        stack.start()
        yield stack
    finally:
        stack.stop()


def cached(stack, path):
    """Ask twice: the second answer comes from Varnish."""
    stack.get(path)
    status, x_cache, body = stack.get(path)
    assert (status, x_cache) == (200, "hit"), path
    return body


PAGES_OF_AN_UPDATE = [
    "/{lang}/vision/updates/",
    "/{lang}/vision/updates/feed/",
    "/{lang}/vision/staff/",
    "/{lang}/",
]


def test_anonymous_pages_are_kept_and_tracking_parameters_ignored(stack):
    cached(stack, "/en/schools/")
    assert stack.get("/en/schools/?utm_source=newsletter&fbclid=x")[1] == "hit"
    assert stack.get("/en/schools/?phase=primary")[1] == "miss"  # a filter pages read


@pytest.mark.parametrize(
    ("path", "headers"),
    [
        ("/admin/login/", {}),
        ("/en/schools/", {"Cookie": "sessionid=someone"}),
        ("/en/ask/", {}),
        ("/healthz", {}),
    ],
)
def test_the_admin_sessions_and_the_enquiry_form_pass(stack, path, headers):
    stack.get(path, headers)
    assert stack.get(path, headers)[1] == "miss"


def test_a_post_passes_to_the_application(stack):
    request = urllib.request.Request(stack.url("/en/ask/"), data=b"x=1", method="POST")  # noqa: S310
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)  # noqa: S310
    assert refused.value.code == 403  # Django's CSRF check answered: it reached the site


def test_purge_is_refused_from_another_address(stack):
    with socket.socket() as s:
        s.bind(("127.0.0.2", 0))
        s.connect(("127.0.0.1", stack.varnish_port))
        s.sendall(b"PURGE /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        assert s.recv(100).split(b"\r\n")[0] == b"HTTP/1.1 405 Not allowed"


class AdminBrowser:
    """The admin as a browser uses it, through Varnish: its login form, then its forms
    posted back with the data they were rendered with (tests/admin_forms.py)."""

    def __init__(self, stack):
        self.stack = stack
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def get(self, path):
        with self.opener.open(self.stack.url(path), timeout=30) as response:
            return SimpleNamespace(status_code=response.status, content=response.read())

    def post(self, path, data):
        # Django takes the CSRF cookie's own value in place of the form's masked one.
        token = next(c.value for c in self.cookies if c.name == "csrftoken")
        data = {**data, "csrfmiddlewaretoken": token}
        body = urllib.parse.urlencode(data, doseq=True).encode()
        with self.opener.open(self.stack.url(path), body, timeout=60) as response:
            return response.status, response.geturl(), response.read().decode()

    def log_in(self, username, password):
        self.get("/admin/login/")  # sets the CSRF cookie
        _status, url, _body = self.post(
            "/admin/login/", {"username": username, "password": password}
        )
        assert "/admin/login/" not in url, "login refused"


def test_a_published_update_shows_everywhere_on_the_very_next_request(stack):
    for lang in ("en", "pl"):
        for path in PAGES_OF_AN_UPDATE:
            assert "Varnish test update" not in cached(stack, path.format(lang=lang))
    ids = stack.shell(
        """
        from vision.models import VisionAudiencePage as Audience, VisionUpdateIndexPage as Index
        print(Index.objects.get().pk, Audience.objects.get(slug="staff").pk)
        """
    ).split()
    index, staff = ids[-2], ids[-1]
    admin = AdminBrowser(stack)
    admin.log_in(ADMIN, ADMIN_PASSWORD)
    add = f"/admin/pages/add/vision/visionupdatepage/{index}/"
    data = admin_form_data(
        admin.get(add),
        title_en="Varnish test update",
        slug="varnish-test",
        summary_en="Tested through Varnish.",
        audiences=[staff],
    )
    data["action-publish"] = "action-publish"
    status, url, body = admin.post(add, data)
    errors = re.findall(r'id="([\w-]+)-errors"', body)
    assert status == 200 and "/admin/pages/add/" not in url, errors
    for lang in ("en", "pl"):
        for path in [*PAGES_OF_AN_UPDATE, "/{lang}/vision/updates/varnish-test/"]:
            status, x_cache, body = stack.get(path.format(lang=lang))
            assert status == 200 and "Varnish test update" in body, (path, lang, x_cache)


def test_a_renamed_partner_shows_on_the_partners_page(stack):
    cached(stack, "/en/partners/")
    stack.shell(
        """
        from partners.models import Partner
        partner = Partner.objects.get(name_en="The WEA")
        partner.name = "The WEA (renamed)"
        partner.save()
        """
    )
    assert "The WEA (renamed)" in stack.get("/en/partners/")[2]


def test_an_unpublished_page_is_gone_through_varnish(stack):
    cached(stack, "/en/aims/")
    stack.shell(
        """
        from vision.models import AimsPage
        AimsPage.objects.get().unpublish()
        """
    )
    assert stack.get("/en/aims/")[0] == 404


def test_with_the_application_down_varnish_serves_what_it_holds(stack):
    held = cached(stack, "/en/history/")
    stack.stop_app()
    deadline = time.monotonic() + 30
    while stack.get("/varnish-health")[0] != 503 and time.monotonic() < deadline:
        time.sleep(0.5)
    assert stack.get("/varnish-health")[0] == 503
    status, _x_cache, body = stack.get("/en/history/")
    assert (status, body) == (200, held)
