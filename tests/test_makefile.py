"""The Makefile's `make run`: it serves on PORT, and a busy port stops it before any setup."""

import os
import shutil
import socket
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

MAKE = shutil.which("make")

pytestmark = pytest.mark.skipif(MAKE is None, reason="needs make")


def make(*args):
    # Not the flags of a `make test` this runs under (its VENV, PYTHON or -j).
    env = {k: v for k, v in os.environ.items() if k not in {"MAKEFLAGS", "MFLAGS", "MAKELEVEL"}}
    return subprocess.run(  # noqa: S603 - our own Makefile
        [MAKE, "--no-print-directory", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_run_serves_on_the_port_given(tmp_path):
    result = make("-n", "run", "PORT=8001", f"VENV={tmp_path / 'venv'}")
    assert result.returncode == 0, result.stderr
    assert "manage.py runserver 127.0.0.1:8001" in result.stdout
    assert "runserver 127.0.0.1:8000" not in result.stdout


def test_a_busy_port_stops_run_before_any_setup(tmp_path):
    venv = tmp_path / "venv"
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = make("run", f"PORT={port}", f"VENV={venv}")
    assert result.returncode != 0
    assert f"Port {port} is already in use" in result.stderr
    # No virtualenv made, so nothing migrated and no admin password reset.
    assert not venv.exists()
    assert "manage.py" not in result.stdout
