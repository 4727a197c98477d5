"""Load check: a flood of enquiries from one address against the production shape.

    python -m bench.enquiry_flood     (or: make flood)

Builds the site in a fresh PostgreSQL database, starts gunicorn with production settings
(2 sync workers, Redis) on 127.0.0.1, opens the enquiry form once as a robot would (one
CSRF token, one signed start time), waits past the least fill time, then sends POSTS
enquiries from 8 threads, each with its own email address, so that only the throttle
per client address holds them back. Meanwhile a reader asks for the home page every
50 ms. Prints what came back, how many enquiries were stored against the allowance, and
the reader's latencies; fails if more were stored than the allowance or anything
answered 500. Stops everything it started and drops its database.
"""

import concurrent.futures
import http.client
import http.cookiejar
import os
import re
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

from bench.services import Gunicorn, free_port, manage, production_env, psql

POSTS = int(os.environ.get("FLOOD_POSTS", "1000"))
THREADS = 8
ALLOWANCE = 10  # enquiries.receiving.DEFAULT_LIMITS["address"]


def open_form(base):
    """The form's hidden fields and CSRF cookie, as one GET gives them."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    html = opener.open(f"{base}/en/ask/", timeout=10).read().decode()  # noqa: S310
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    started = re.search(r'name="started" value="([^"]+)"', html).group(1)
    school = re.search(r'name="school" value="(\d+)"', html).group(1)
    topic = re.search(r'name="topic" value="(\d+)"', html).group(1)
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
    return cookie, {
        "csrfmiddlewaretoken": token,
        "started": started,
        "school": school,
        "topic": topic,
        "question": "Flood test",
        "name": "Robot",
        "reply_by": "email",
        "reply_language": "en",
        "website": "",
    }


def post(port, cookie, fields, n):
    body = urllib.parse.urlencode({**fields, "email": f"robot{n}@example.org"})
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(
            "POST",
            "/en/ask/",
            body,
            {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie},
        )
        return connection.getresponse().status
    except OSError as error:
        return type(error).__name__
    finally:
        connection.close()


def read_home(base, stop, seen):
    while not stop.is_set():
        began = time.perf_counter()
        try:
            with urllib.request.urlopen(f"{base}/en/", timeout=30) as response:  # noqa: S310
                response.read()
                seen.append((response.status, time.perf_counter() - began))
        except Exception as error:  # an error page or a refused connection: record it
            seen.append((getattr(error, "code", type(error).__name__), None))
        time.sleep(0.05)


def main():
    db = f"trustsite_flood_{os.getpid()}"
    workdir = Path(tempfile.mkdtemp(prefix="trustsite-flood-"))
    env = production_env(
        f"postgres://postgres@127.0.0.1:5432/{db}",
        workdir,
        REDIS_URL=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9"),
        CACHE_KEY_PREFIX=db,
    )
    psql(f"CREATE DATABASE {db}")
    server = None
    try:
        manage(env, "migrate", "--noinput", capture=True)
        manage(env, "load_trust_content", capture=True)
        manage(env, "collectstatic", "--noinput", capture=True)
        port = free_port()
        server = Gunicorn(env, port, workdir / "gunicorn.log")
        base = f"http://127.0.0.1:{port}"
        cookie, fields = open_form(base)
        time.sleep(3.5)  # past the least time a person takes to fill the form in

        stop = threading.Event()
        seen = []
        reader = threading.Thread(target=read_home, args=(base, stop, seen))
        reader.start()
        began = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(THREADS) as pool:
            answers = Counter(pool.map(lambda n: post(port, cookie, fields, n), range(POSTS)))
        elapsed = time.perf_counter() - began
        stop.set()
        reader.join()

        out = manage(
            env,
            "shell",
            "-c",
            "from enquiries.models import Enquiry, RejectedPosts; "
            "print(Enquiry.objects.count()); "
            "print(dict(RejectedPosts.objects.values_list('reason', 'count')))",
            capture=True,
        ).stdout.splitlines()
        stored = int(out[-2])
        times = sorted(t for status, t in seen if t is not None)
        reader_statuses = Counter(status for status, _t in seen)
        print(f"Enquiry flood: {POSTS} posts from one address, {THREADS} at a time")
        print(f"  answers: {dict(sorted(answers.items(), key=str))}")
        print(f"  stored: {stored} (the allowance per address: {ALLOWANCE})")
        print(f"  turned away and counted: {out[-1]}")
        print(f"  {elapsed:.1f} s, {POSTS / elapsed:.0f} posts/s")
        if times:
            p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
            print(
                f"  home page meanwhile: {len(seen)} requests, {dict(reader_statuses)}, "
                f"p50 {statistics.median(times) * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms"
            )
        failed = stored > ALLOWANCE or answers.get(500) or set(reader_statuses) - {200}
        if failed:
            sys.exit("FAILED: more stored than the allowance, a 500, or the site stopped answering")
    finally:
        if server:
            server.stop()
        psql(f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")


if __name__ == "__main__":
    main()
