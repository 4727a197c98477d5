"""Debian's Varnish with deploy/varnish/default.vcl, in front of a local backend port:
started on a free 127.0.0.1 port and stopped after (by `make bench` and by
tests/trustsite/test_varnish.py)."""

import shutil
import tempfile
import urllib.request
from pathlib import Path

from bench.services import ROOT, Service, status

VCL = ROOT / "deploy" / "varnish" / "default.vcl"
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"


class Varnish(Service):
    def __init__(self, backend_port, port, log, storage="malloc,64m"):
        self.port = port
        # Varnish reads its configuration as its own unprivileged user: a directory of
        # its own that it may read.
        self.workdir = Path(tempfile.mkdtemp(prefix="trust-varnish-"))
        self.workdir.chmod(0o755)
        vcl = self.workdir / "default.vcl"
        vcl.write_text(VCL.read_text().replace('.port = "8000"', f'.port = "{backend_port}"'))
        vcl.chmod(0o644)
        args = [VARNISHD, "-F", "-a", f"127.0.0.1:{port}", "-f", str(vcl)]
        args += ["-n", str(self.workdir / "instance"), "-s", storage]
        # Up, and its probe has found the backend healthy.
        super().__init__(args, log, ready=lambda: status(self.url("/varnish-health")) == 200)

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def purge(self, path):
        request = urllib.request.Request(self.url(path), method="PURGE")  # noqa: S310
        with urllib.request.urlopen(request, timeout=5):  # noqa: S310 - 127.0.0.1 only
            pass

    def stop(self):
        super().stop()
        shutil.rmtree(self.workdir, ignore_errors=True)
