"""Benchmark: pages against a static file of the same size, through the same gunicorn.

    python -m bench            (or: make bench)

Builds the site with load_trust_content in a fresh PostgreSQL database, collects static
files, writes the rendered home page into STATIC_ROOT as the baseline file (served by
whitenoise), then starts gunicorn with production settings on 127.0.0.1 (2 sync
workers) twice: with the page cache on (Redis, shared by both workers), also measured
through Varnish with deploy/varnish/default.vcl (hits, and the first request after a
purge), and with the page cache off. wrk
(bounded: 1 thread at 8 connections, 2 threads at 32, a few seconds each) measures
every page in English and Arabic. Prints requests/s, p50/p99 latency, bytes, SQL
queries per page and each figure's ratio to the baseline; stops everything it started
and drops its database. Needs wrk and varnish (apt-get install -y wrk varnish),
PostgreSQL and Redis.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from bench.services import PY, ROOT, Gunicorn, free_port, manage, production_env, psql
from bench.varnish import Varnish

DURATION = os.environ.get("BENCH_DURATION", "5s")
PAGES = [
    ("home", "/{lang}/"),
    ("school", "/{lang}/schools/st-marks/"),
    ("vision audience", "/{lang}/vision/children-and-learners/"),
]
LANGS = ["en", "ar"]
LOADS = [(1, 8), (2, 32)]  # (threads, connections)


def wrk(url, threads, connections):
    out = subprocess.run(
        ["wrk", "-t", str(threads), "-c", str(connections), "-d", DURATION, "--latency", url],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", out, re.M))
    # Errors are responses other than 2xx/3xx, and timeouts. wrk also counts "read"
    # errors when a sync worker closes a connection after its response: not failures.
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    timeouts = re.search(r"timeout (\d+)", out)
    errors = (int(non2xx.group(1)) if non2xx else 0) + (int(timeouts.group(1)) if timeouts else 0)
    return rps, to_ms(latency.get("50", "0ms")), to_ms(latency.get("99", "0ms")), errors


def to_ms(value):
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def size(url):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - 127.0.0.1 only
        return len(response.read())


def queries_per_page(env, paths):
    """SQL queries for one uncached request of each path, counted in-process."""
    code = (
        "import django, sys; django.setup()\n"
        "from django.test import Client; from django.db import connection\n"
        "from django.test.utils import CaptureQueriesContext\n"
        "c = Client()\n"
        "for p in sys.argv[1:]:\n"
        "    c.get(p)\n"
        "    with CaptureQueriesContext(connection) as q: r = c.get(p)\n"
        "    print(p, r.status_code, len(q))\n"
    )
    out = subprocess.run(
        [PY, "-c", code, *paths],
        cwd=ROOT,
        env={**env, "PAGE_CACHE_TIMEOUT": "0", "ALLOWED_HOSTS": "testserver,127.0.0.1"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {line.split()[0]: int(line.split()[2]) for line in out.splitlines() if line}


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install -y wrk")
    db = f"trustsite_bench_{os.getpid()}"
    workdir = Path(tempfile.mkdtemp(prefix="trustsite-bench-"))
    static_root = workdir / "static"
    env = production_env(
        f"postgres://postgres@127.0.0.1:5432/{db}",
        workdir,
        REDIS_URL=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9"),
        CACHE_KEY_PREFIX=db,
    )
    servers = []
    psql(f"CREATE DATABASE {db}")
    try:
        manage(env, "migrate", "--noinput", capture=True)
        manage(env, "load_trust_content", capture=True)
        manage(env, "collectstatic", "--noinput", capture=True)
        paths = [p.format(lang=lang) for _, p in PAGES for lang in LANGS]
        queries = queries_per_page(env, paths)

        port = free_port()
        server = Gunicorn({**env, "PAGE_CACHE_TIMEOUT": "600"}, port, workdir / "cached.log")
        servers.append(server)
        base = f"http://127.0.0.1:{port}"
        home = urllib.request.urlopen(f"{base}/en/", timeout=10).read()  # noqa: S310
        # The baseline: the home page's bytes as a static file, served by whitenoise.
        # gunicorn re-reads STATIC_ROOT only at start, so the file goes in first.
        server.stop()
        (static_root / "bench").mkdir(parents=True, exist_ok=True)
        (static_root / "bench" / "baseline.html").write_bytes(home)
        server = Gunicorn({**env, "PAGE_CACHE_TIMEOUT": "600"}, port, workdir / "cached.log")
        servers.append(server)

        results = {}

        def measure(label, lang, mode, path, base_url, threads, conns):
            url = f"{base_url}{path}"
            size(url)  # warm: the first request fills the page cache
            rps, p50, p99, errors = wrk(url, threads, conns)
            results[(label, lang, mode, conns)] = (rps, p50, p99, errors, size(url), path)

        for threads, conns in LOADS:
            measure(
                "static baseline",
                "-",
                "static",
                "/static/bench/baseline.html",
                base,
                threads,
                conns,
            )
            for label, pattern in PAGES:
                for lang in LANGS:
                    path = pattern.format(lang=lang)
                    measure(label, lang, "cached", path, base, threads, conns)

        # The same pages through Varnish (deploy/varnish/default.vcl) in front of this
        # gunicorn: served from Varnish's memory, and fetched again just after a purge.
        varnish = Varnish(port, free_port(), workdir / "varnish.log")
        servers.append(varnish)
        for threads, conns in LOADS:
            for label, pattern in PAGES:
                for lang in LANGS:
                    path = pattern.format(lang=lang)
                    measure(label, lang, "varnish", path, varnish.url(""), threads, conns)
        for label, pattern in PAGES:
            for lang in LANGS:
                path = pattern.format(lang=lang)
                results[(label, lang, "purged", 1)] = refetched(varnish, path)
        varnish.stop()
        server.stop()

        server = Gunicorn({**env, "PAGE_CACHE_TIMEOUT": "0"}, port, workdir / "uncached.log")
        servers.append(server)
        for threads, conns in LOADS:
            for label, pattern in PAGES:
                for lang in LANGS:
                    path = pattern.format(lang=lang)
                    measure(label, lang, "uncached", path, base, threads, conns)
        server.stop()
        report(results, queries)
    finally:
        for server in servers:
            server.stop()
        psql(f"DROP DATABASE IF EXISTS {db}")
        shutil.rmtree(workdir, ignore_errors=True)


def refetched(varnish, path, rounds=20):
    """A purge, then the next request, `rounds` times: (req/s, p50, p99, errors, bytes,
    path) of those next requests, which Varnish fetches from gunicorn (whose own page
    cache a purge leaves alone: the figure is Varnish's miss on the site's hit)."""
    times = []
    for _ in range(rounds):
        varnish.purge(path)
        began = time.perf_counter()
        nbytes = size(varnish.url(path))
        times.append((time.perf_counter() - began) * 1000)
    times.sort()
    p99 = times[min(len(times) - 1, round(len(times) * 0.99))]
    return (1000 / (sum(times) / len(times)), times[len(times) // 2], p99, 0, nbytes, path)


def report(results, queries):
    print(f"\nwrk {DURATION} per row; gunicorn 2 sync workers, production settings, Redis cache\n")
    header = (
        f"{'page':<16} {'lang':<4} {'mode':<9} {'conns':>5} {'req/s':>9} {'x base':>7} "
        f"{'p50 ms':>7} {'p99 ms':>7} {'errors':>6} {'bytes':>7} {'queries':>7}"
    )
    print(header)
    print("-" * len(header))
    for (label, lang, mode, conns), (rps, p50, p99, errors, nbytes, path) in results.items():
        baseline = results[("static baseline", "-", "static", max(conns, LOADS[0][1]))][0]
        # Served from a cache (a purge leaves the site's own page cache alone): none.
        from_cache = mode in ("cached", "static", "varnish", "purged")
        q = "0" if from_cache else str(queries.get(path, "?"))
        print(
            f"{label:<16} {lang:<4} {mode:<9} {conns:>5} {rps:>9.0f} {rps / baseline:>7.2f} "
            f"{p50:>7.2f} {p99:>7.2f} {errors:>6} {nbytes:>7} {q:>7}"
        )


if __name__ == "__main__":
    main()
