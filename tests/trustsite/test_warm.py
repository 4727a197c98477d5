"""gunicorn loads the site once in its master and warms it before forking the workers, so
that a worker max_requests replaces answers its first request warm (trustsite.warm)."""

import runpy
from pathlib import Path

from django.conf import settings
from django.template import engines

from trustsite.warm import site_templates, warm

ROOT = Path(settings.BASE_DIR)


def test_every_template_of_the_site_is_compiled_without_the_database():
    """No `db` fixture: pytest-django refuses any query, so a connection that the forked
    workers would share can't be opened here."""
    ours = {
        path.name
        for path in ROOT.glob("*/templates/**/*.html")
        if ".venv" not in path.parts and "node_modules" not in path.parts
    } | {path.name for path in (ROOT / "templates").glob("*.html")}
    names = list(site_templates(engines["django"]))
    assert {Path(name).name for name in names} == ours
    assert not any(name.startswith("wagtailadmin/") for name in names)
    assert warm() == len(names) > 50


class FakeServer:
    def __init__(self, preload):
        self.cfg = type("Cfg", (), {"preload_app": preload})()
        self.logged = []
        self.log = type("Log", (), {"info": lambda _, *args: self.logged.append(args)})()


def test_gunicorn_preloads_and_warms_the_site_before_forking():
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert config["preload_app"] is True
    server = FakeServer(preload=True)
    config["when_ready"](server)
    assert server.logged and server.logged[0][1] > 50
    without = FakeServer(preload=False)
    config["when_ready"](without)
    assert without.logged == []
