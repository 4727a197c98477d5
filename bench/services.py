"""The production shape on 127.0.0.1, for `make bench`, `make flood` and the Varnish test:
the environment of the production settings, manage.py, gunicorn and PostgreSQL."""

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def psql(sql):
    subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-q", "-c", sql],
        check=True,
    )


def production_env(database_url, workdir, **extra):
    """The production settings' environment, on plain HTTP at 127.0.0.1, with a fresh
    secret and everything the site writes kept in `workdir`."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "trustsite.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url,
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "CACHE_DIR": str(workdir / "cache"),
        "SECURE_COOKIES": "false",
        "SECURE_SSL_REDIRECT": "false",  # plain HTTP on 127.0.0.1
        "LOG_LEVEL": "WARNING",
        **extra,
    }


def manage(env, *args, capture=False):
    return subprocess.run(  # noqa: S603 - our own manage.py
        [PY, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=capture,
        text=True,
    )


def status(url):
    """The HTTP status a GET of `url` answers (raises OSError if nothing answers)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - 127.0.0.1 only
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


class Service:
    """A process in a session of its own, its output in `log`, started and waited for
    until `ready()` is true; `stop()` ends it and everything it started."""

    def __init__(self, args, log, ready, env=None, timeout=30):
        self.log = open(log, "w")  # noqa: SIM115
        self.proc = subprocess.Popen(  # noqa: S603 - our own servers
            args,
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if ready():
                    return
            except OSError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"{Path(args[0]).name} did not start; see {log}")

    def stop(self):
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
        self.log.close()


class Gunicorn(Service):
    """gunicorn with the repository's configuration and 2 sync workers, answering."""

    def __init__(self, env, port, log):
        self.port = port
        args = [PY, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--workers", "2"]
        args += ["--bind", f"127.0.0.1:{port}", "trustsite.wsgi:application"]
        healthz = f"http://127.0.0.1:{port}/healthz"
        super().__init__(args, log, ready=lambda: status(healthz) == 200, env=env)
