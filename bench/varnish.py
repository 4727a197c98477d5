"""Debian's Varnish with deploy/varnish/default.vcl, in front of a local backend port:
started on a free 127.0.0.1 port and stopped after (by `make bench` and by
tests/trustsite/test_varnish.py)."""

import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VCL = ROOT / "deploy" / "varnish" / "default.vcl"
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"


def status(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - 127.0.0.1 only
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


class Varnish:
    def __init__(self, backend_port, port, log, storage="malloc,64m"):
        self.port = port
        # Varnish reads its configuration as its own unprivileged user: a directory of
        # its own that it may read.
        self.workdir = Path(tempfile.mkdtemp(prefix="trust-varnish-"))
        self.workdir.chmod(0o755)
        vcl = self.workdir / "default.vcl"
        vcl.write_text(VCL.read_text().replace('.port = "8000"', f'.port = "{backend_port}"'))
        vcl.chmod(0o644)
        self.proc = subprocess.Popen(  # noqa: S603 - Debian's varnishd, our VCL
            [
                VARNISHD,
                "-F",
                "-a",
                f"127.0.0.1:{port}",
                "-f",
                str(vcl),
                "-n",
                str(self.workdir / "instance"),
                "-s",
                storage,
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        # Up, and its probe has found the backend healthy.
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if status(self.url("/varnish-health")) == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        self.stop()
        raise RuntimeError("Varnish did not start, or never found its backend healthy")

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def purge(self, path):
        request = urllib.request.Request(self.url(path), method="PURGE")  # noqa: S310
        with urllib.request.urlopen(request, timeout=5):  # noqa: S310 - 127.0.0.1 only
            pass

    def stop(self):
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
        shutil.rmtree(self.workdir, ignore_errors=True)
