"""The real site in real Chromium: one server, one browser and one page list per session.

These tests run only through `make browser-test` (marker `browser`, left out of the
default run). They need Debian's Chromium, Java and the npm tools (`npm ci
--ignore-scripts`); when one is missing they fail and say which, never skip.

The site is served by gunicorn from a subprocess with test settings and a temporary
SQLite database built by `migrate` and `load_trust_content`, exactly as a visitor would
reach it; pytest-django's per-test database plays no part.
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-quic",
    "--disable-sync",
]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LANGUAGES = ("en", "pl", "ar")
ADMIN_USERNAME = "browser-admin"
ADMIN_PASSWORD = "browser-tests-only"  # noqa: S105 - a throwaway database

# Counts for the closing summary line, filled in by the tests as they run.
COUNTS = Counter()


def pytest_terminal_summary(terminalreporter):
    if not COUNTS:
        return
    terminalreporter.write_line(
        f"Browser checks: {COUNTS['pages']} pages checked ({'/'.join(LANGUAGES)}), "
        f"axe violations: {COUNTS['axe_violations']} "
        f"({COUNTS['axe_page_runs']} runs at 360 and 1280 px), "
        f"vnu errors: {COUNTS['vnu_errors']}, "
        f"CSP violations: {COUNTS['csp_violations']}, "
        f"keyboard checks: {COUNTS['keyboard_checks']} "
        f"({COUNTS['focus_stops']} focus stops)"
    )
    if COUNTS["phone_layouts"]:
        terminalreporter.write_line(
            f"Phone widths: {COUNTS['phone_layouts']} page layouts at 320 and 360 px in every "
            f"language, {COUNTS['phone_layouts_failed']} with a fault (sideways scrolling, a "
            "stranded breadcrumb separator or the Translate menu off the screen)"
        )


def require(condition, message):
    if not condition:
        pytest.fail(message, pytrace=False)


@dataclass
class SiteServer:
    base_url: str
    database: Path
    log: Path
    process: subprocess.Popen = field(repr=False)

    def url(self, path):
        return self.base_url + path

    def log_tail(self, lines=40):
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args, log):
    with log.open("a") as out:
        result = subprocess.run(  # noqa: S603 - our own manage.py
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, stdout=out, stderr=out
        )
    require(result.returncode == 0, f"manage.py {' '.join(args)} failed; see {log}")


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The site served by gunicorn on a free 127.0.0.1 port, with the trust's content and
    an admin account, from a database of its own."""
    work = tmp_path_factory.mktemp("site")
    database = work / "db.sqlite3"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "trustsite.settings.test",
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SUPERUSER_PASSWORD": ADMIN_PASSWORD,
        "PYTHONUNBUFFERED": "1",
    }
    log = work / "server.log"
    manage(env, "migrate", "--noinput", log=log)
    manage(env, "load_trust_content", log=log)
    manage(
        env,
        "createsuperuser",
        "--noinput",
        f"--username={ADMIN_USERNAME}",
        "--email=browser-admin@example.com",
        log=log,
    )

    port = free_port()
    env |= {"BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": "1"}
    with log.open("a") as out:
        process = subprocess.Popen(  # noqa: S603 - our own gunicorn config
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--threads", "4"]
            + ["trustsite.wsgi:application"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    server = SiteServer(
        base_url=f"http://127.0.0.1:{port}", database=database, log=log, process=process
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(server.url("/healthz"), timeout=2):  # noqa: S310
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"gunicorn did not start:\n{server.log_tail()}", pytrace=False)
                time.sleep(0.2)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def public_urls(site):
    """Every public page in English, Polish and Arabic, as the sitemap lists them, plus a
    search with results, a search with none and the 404 page in each language.

    Returns (path, expected status) pairs."""
    with urllib.request.urlopen(site.url("/sitemap.xml"), timeout=10) as response:  # noqa: S310
        sitemap = response.read().decode()
    wanted = re.compile(rf"^{re.escape(site.base_url)}(/(?:{'|'.join(LANGUAGES)})/.*)$")
    paths = []
    for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap):
        match = wanted.match(loc)
        if match:
            paths.append((match.group(1), 200))
    require(len(paths) >= 3 * len(LANGUAGES), f"the sitemap lists too few pages: {paths}")
    for code in LANGUAGES:
        paths += [
            (f"/{code}/search/?q=Southampton", 200),
            (f"/{code}/search/?q=zqxjv", 200),
            (f"/{code}/no-such-page-here/", 404),
        ]
    COUNTS["pages"] = len(paths)
    return paths


@pytest.fixture(scope="session")
def browser():
    """One Chromium for the whole session: Debian's, never a downloaded one."""
    require(
        CHROMIUM.exists(),
        f"{CHROMIUM} is missing: install Debian's Chromium (apt-get install -y chromium)",
    )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail(
            "Playwright is missing: pip install '.[dev]' (never `playwright install`)",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def axe_source():
    require(AXE_JS.exists(), f"{AXE_JS} is missing: run `npm ci --ignore-scripts`")
    return AXE_JS.read_text()


@pytest.fixture(scope="session")
def vnu_command():
    require(VNU_JAR.exists(), f"{VNU_JAR} is missing: run `npm ci --ignore-scripts`")
    java = shutil.which("java")
    require(java, "java is missing: apt-get install -y default-jre-headless")
    return [java, "-jar", str(VNU_JAR)]


# Records every Content-Security-Policy violation in every frame, including those no
# console message reports, where the page's own scripts cannot reach it.
CSP_RECORDER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"} in ${event.documentURI}`
  );
}, true);
"""


class CSPWatch:
    """CSP violations a page reports, from the console and from the DOM event."""

    def __init__(self, page):
        self.page = page
        self.console = []
        page.on("console", self.on_console)

    def on_console(self, message):
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            self.console.append(message.text)

    def violations(self):
        found = list(self.console)
        for frame in self.page.frames:
            try:
                found += frame.evaluate("window.__cspViolations || []")
            except Exception as error:  # a frame that went away is not a violation
                if "detached" not in str(error).lower():
                    raise
        return found

    def clear(self):
        self.console.clear()
        for frame in self.page.frames:
            frame.evaluate("window.__cspViolations = []")


@pytest.fixture(scope="session")
def new_context(browser):
    """Make a browser context that records CSP violations; closed at the session's end."""
    contexts = []

    def make(**options):
        context = browser.new_context(**options)
        context.add_init_script(CSP_RECORDER)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@dataclass
class ServedPage:
    path: str
    status: int
    html: str
    csp_violations: list


@pytest.fixture(scope="session")
def served_pages(site, public_urls, new_context):
    """Each public page as Chromium receives it under the site's real CSP: the served HTML
    (for the validator) and any CSP violation while it loads."""
    page = new_context().new_page()
    watch = CSPWatch(page)
    served = []
    for path, _status in public_urls:
        response = page.goto(site.url(path), wait_until="load")
        served.append(
            ServedPage(path, response.status, response.text(), csp_violations=watch.violations())
        )
        watch.console.clear()
    page.close()
    return served
