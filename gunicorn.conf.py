"""Gunicorn settings for the trust site. Every value can be changed from the environment.

Run as `gunicorn -c gunicorn.conf.py trustsite.wsgi:application` (the Dockerfile's CMD).
Any other gunicorn option can be given through GUNICORN_CMD_ARGS.
"""

import os


def cpu_count():
    """CPUs this process may run on: a container's affinity, not the host's total."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS has no sched_getaffinity
        return os.cpu_count() or 1


bind = os.environ.get("BIND") or f"0.0.0.0:{os.environ.get('PORT', '8000')}"

# Pages render synchronously and mostly wait on the database: 2 x CPUs + 1 sync
# workers is gunicorn's own rule of thumb. Each holds one persistent database
# connection, so hosts x workers must stay under PostgreSQL's max_connections.
workers = int(os.environ.get("WEB_CONCURRENCY") or 2 * cpu_count() + 1)

# A request still running after `timeout` seconds is killed; on shutdown or
# reload a worker gets `graceful_timeout` seconds to finish what it has.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))

# Recycle workers now and then so slow leaks never add up; the jitter keeps
# them from all restarting at the same moment.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "1000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "100"))

# Load the site once in the master and fork the workers from it: a recycled worker is
# ready at once, where one that imports Django and Wagtail itself takes about 1.5 s of
# a core while its next request waits (`make bench` saw p99 of 1.2-1.8 s on every row,
# the static file's too, and requests timing out at 32 connections). Nothing opens a
# database or cache connection at import, so none is shared across the fork. A new
# release needs a restart of gunicorn (as a new container is), not a HUP.
preload_app = os.environ.get("GUNICORN_PRELOAD", "true").lower() != "false"


def when_ready(server):
    """With the site preloaded, and before the workers are forked: load once what each
    worker would load on its first requests (trustsite.warm), so that a replaced worker
    answers its first request as fast as its thousandth."""
    if server.cfg.preload_app:
        from trustsite.warm import warm

        server.log.info("Warmed %d templates, the translations and the URL patterns", warm())


# Worker heartbeat files in memory: on a disk-backed /tmp (common in containers)
# the heartbeat can stall a worker.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108

# Nothing here uses gunicornc, and a control socket in $HOME would be shared by
# every gunicorn the same user starts.
control_socket_disable = True

# Access log on stdout, errors on stderr: the platform collects both.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# client, request line, status, bytes, milliseconds, referrer, user agent, forwarded-for
access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(M)sms "%(f)s" "%(a)s" xff="%({x-forwarded-for}i)s"'
