"""The production shape, tested: Debian's Varnish with deploy/varnish/default.vcl in
front of gunicorn with the production settings, on free 127.0.0.1 ports, started here
and stopped after (make varnish-test; needs `apt-get install -y varnish`).

Content is changed the way the admin changes it, with Wagtail's own publish and
unpublish and a snippet's save, from a separate process (`manage.py shell`), so the
purges travel over HTTP from the application to Varnish as they do in production."""

import os
import secrets
import signal
import socket
import subprocess
import sys
import textwrap
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bench.varnish import VARNISHD, Varnish

pytestmark = pytest.mark.varnish

ROOT = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=1)  # noqa: S310
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer")


class Stack:
    def __init__(self, work):
        self.work = work
        self.app_port = free_port()
        self.varnish_port = free_port()
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "trustsite.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(40),
            "ALLOWED_HOSTS": "127.0.0.1",
            "DATABASE_URL": f"sqlite:///{work / 'db.sqlite3'}",
            "CACHE_DIR": str(work / "cache"),
            "STATIC_ROOT": str(work / "static"),
            "MEDIA_ROOT": str(work / "media"),
            "SECURE_COOKIES": "false",
            "SECURE_SSL_REDIRECT": "false",
            "FRONTEND_CACHE_PURGE_URL": f"http://127.0.0.1:{self.varnish_port}/",
            "LOG_LEVEL": "WARNING",
        }
        self.log = open(work / "server.log", "w")  # noqa: SIM115
        self.app = None
        self.varnish = None

    def manage(self, *args):
        return subprocess.run(  # noqa: S603 - our own manage.py
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    def shell(self, code):
        return self.manage("shell", "-c", textwrap.dedent(code))

    def start_app(self):
        self.app = subprocess.Popen(  # noqa: S603 - our own gunicorn config
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-c",
                "gunicorn.conf.py",
                "--workers",
                "2",
                "--bind",
                f"127.0.0.1:{self.app_port}",
                "trustsite.wsgi:application",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_for(f"http://127.0.0.1:{self.app_port}/healthz")

    def stop_app(self):
        if self.app and self.app.poll() is None:
            os.killpg(self.app.pid, signal.SIGTERM)
            self.app.wait(timeout=20)

    def start_varnish(self):
        self.varnish = Varnish(self.app_port, self.varnish_port, self.log)

    def stop(self):
        self.stop_app()
        if self.varnish:
            self.varnish.stop()
        self.log.close()

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
        stack.manage("migrate", "--noinput")
        stack.manage("load_trust_content")
        stack.manage("collectstatic", "--noinput")
        stack.start_app()
        stack.start_varnish()
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
