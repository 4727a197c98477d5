"""The production shape, tested: Debian's Varnish with deploy/varnish/default.vcl in
front of gunicorn with the production settings, on free 127.0.0.1 ports, started here
and stopped after (make varnish-test; needs `apt-get install -y varnish`).

Content is changed the way the admin changes it, with Wagtail's own publish and
unpublish and a snippet's save, from a separate process (`manage.py shell`), so the
purges travel over HTTP from the application to Varnish as they do in production."""

import socket
import textwrap
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bench.services import Gunicorn, free_port, manage, production_env
from bench.varnish import VARNISHD, Varnish

pytestmark = pytest.mark.varnish


class Stack:
    """gunicorn with the production settings on a SQLite file, and Varnish in front."""

    def __init__(self, work):
        self.app_port = free_port()
        self.varnish_port = free_port()
        self.env = production_env(
            f"sqlite:///{work / 'db.sqlite3'}",
            work,
            FRONTEND_CACHE_PURGE_URL=f"http://127.0.0.1:{self.varnish_port}/",
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


def test_a_published_update_shows_everywhere_on_the_very_next_request(stack):
    for lang in ("en", "pl"):
        for path in PAGES_OF_AN_UPDATE:
            assert "Varnish test update" not in cached(stack, path.format(lang=lang))
    stack.shell(
        """
        from django.utils import timezone
        from vision.models import VisionUpdateIndexPage, VisionAudiencePage, VisionUpdatePage
        index = VisionUpdateIndexPage.objects.get()
        update = VisionUpdatePage(title="Varnish test update", slug="varnish-test",
                                  date=timezone.localdate(), summary="Tested through Varnish.")
        index.add_child(instance=update)
        update.audiences.set([VisionAudiencePage.objects.get(slug="staff")])
        update.save_revision().publish()
        """
    )
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
