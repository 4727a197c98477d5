"""Production: everything that differs between hosts comes from the environment.

Refuses to start without SECRET_KEY. docs/DEPLOYING.md lists every variable read
here. DATABASE_URL falls back to the SQLite file only for a one-host trial: any
deployment with more than one process or host needs PostgreSQL.
"""

import os
import tempfile

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def env_list(name):
    """A comma-separated environment variable as a list, blanks dropped."""
    return [item.strip() for item in os.environ.get(name, "").split(",") if item.strip()]


def env_flag(name, default):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


DEBUG = False

try:
    SECRET_KEY = os.environ["SECRET_KEY"]
except KeyError as exc:
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable.") from exc
if not SECRET_KEY.strip():
    raise ImproperlyConfigured("SECRET_KEY is empty.")

# "localhost" is always allowed so the container's own HEALTHCHECK can ask for /healthz.
ALLOWED_HOSTS = [*env_list("ALLOWED_HOSTS"), "localhost"]
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Persistent connections, checked before reuse so a database restart costs one
# reconnect rather than one failed request per worker.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",  # noqa: F405
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
        # Needed behind PgBouncer in transaction mode.
        disable_server_side_cursors=env_flag("DISABLE_SERVER_SIDE_CURSORS", default=False),
    )
}

# Every process must see the same cache: the page cache and the site-tree
# snapshots are keyed by a content generation kept in it, so a worker with a
# cache of its own would go on serving pages as they were before a publish.
# Redis shares it across hosts; without Redis, files share it between the
# workers (and management commands) of one host.
CACHE_OPTIONS = {
    "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "trustsite"),
    "TIMEOUT": int(os.environ.get("CACHE_TIMEOUT", "300")),
}
if REDIS_URL := os.environ.get("REDIS_URL", ""):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            **CACHE_OPTIONS,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get(
                "CACHE_DIR", os.path.join(tempfile.gettempdir(), "trustsite-cache")
            ),
            # The file cache's bound: a write that finds MAX_ENTRIES files first deletes
            # one in CULL_FREQUENCY of them (docs/DEPLOYING.md, "Page cache memory
            # bound"). Redis has no such option: its bound is the server's maxmemory.
            "OPTIONS": {
                "MAX_ENTRIES": int(os.environ.get("CACHE_MAX_ENTRIES", "5000")),
                "CULL_FREQUENCY": int(os.environ.get("CACHE_CULL_FREQUENCY", "3")),
            },
            **CACHE_OPTIONS,
        }
    }

# Whitenoise serves collected files itself: hashed names, gzip and brotli copies,
# and a ten-year `immutable` Cache-Control on every hashed file.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}

STATIC_ROOT = os.environ.get("STATIC_ROOT", str(STATIC_ROOT))  # noqa: F405
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(MEDIA_ROOT))  # noqa: F405
MEDIA_URL = os.environ.get("MEDIA_URL", MEDIA_URL)  # noqa: F405
# Uploads go to an S3-compatible bucket when one is named; credentials come from
# AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (or an instance role) through boto3.
if AWS_STORAGE_BUCKET_NAME := os.environ.get("AWS_STORAGE_BUCKET_NAME", ""):
    STORAGES["default"] = {  # noqa: F405
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "location": os.environ.get("AWS_LOCATION", "media"),
            # Wagtail names renditions itself; never let one upload replace another.
            "file_overwrite": False,
            # Signed URLs expire, and a cached page would keep serving dead links.
            "querystring_auth": env_flag("AWS_QUERYSTRING_AUTH", default=False),
        },
    }

# Mail: the approval workflow emails trustees when a change is submitted, and the
# submitter when it is approved or rejected. With no EMAIL_HOST, mail is written to the
# logs instead of failing against a mail server that is not there.
if EMAIL_HOST := os.environ.get("EMAIL_HOST", ""):
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_flag("EMAIL_USE_TLS", default=True)
    EMAIL_TIMEOUT = 10
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# How many proxies in front append the address they saw to X-Forwarded-For: login
# throttling then locks the reader's own address, not the proxy's (trustsite.security).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", default=True)
# Probes come over plain HTTP from inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 60 * 60)))
# Off unless asked for: HSTS on subdomains or in the browsers' preload list binds every
# host under the trust's domain to HTTPS, which this site alone cannot promise.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=False)
SECURE_HSTS_PRELOAD = env_flag("SECURE_HSTS_PRELOAD", default=False)
SILENCED_SYSTEM_CHECKS = [
    # X_FRAME_OPTIONS is SAMEORIGIN, not DENY, because the admin previews pages in a frame.
    "security.W019",
    *([] if SECURE_HSTS_INCLUDE_SUBDOMAINS else ["security.W005"]),
    *([] if SECURE_HSTS_PRELOAD else ["security.W021"]),
]
SESSION_COOKIE_SECURE = env_flag("SECURE_COOKIES", default=True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE

# A CDN in front: purge a page's URL in every language when it is published.
WAGTAILFRONTENDCACHE = {}
if cloudflare_zone := os.environ.get("CLOUDFLARE_ZONE_ID", ""):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": cloudflare_zone,
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_API_TOKEN", ""),
    }
if cloudfront_distribution := os.environ.get("CLOUDFRONT_DISTRIBUTION_ID", ""):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": cloudfront_distribution,
    }
if purge_url := os.environ.get("FRONTEND_CACHE_PURGE_URL", ""):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": purge_url,
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]  # noqa: F405
    WAGTAILFRONTENDCACHE_LANGUAGES = [code for code, _name in LANGUAGES]  # noqa: F405

# One line per record on stdout, for the platform's log collector.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"},
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "plain",
        },
    },
    "root": {"handlers": ["stdout"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Replaces Django's own handlers here: email, and a console one muted when DEBUG is off.
        "django": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
    },
}
