"""Test runs: fast hashing, local cache, no debug, throwaway media."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "tests-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
MEDIA_ROOT = tempfile.mkdtemp(prefix="trustsite-test-media-")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Serve static files from the finders: tests never run collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Tests count queries on uncached pages; the page cache's own tests switch it on.
PAGE_CACHE_TIMEOUT = 0
# Login throttling would lock out tests that log in often; its own test switches it on.
AXES_ENABLED = False
