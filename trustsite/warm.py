"""What a gunicorn worker would otherwise load during its first requests, loaded once in
the master before the workers are forked from it (gunicorn.conf.py, with preload_app):
every language's translation catalogues, the site's own templates compiled, the URL
patterns of every language and the cache's client library. A worker that max_requests
replaces then starts warm.

Nothing here asks the database or the cache, so no connection is opened in the master
and none is shared across the fork."""

from pathlib import Path

from django.conf import settings
from django.template import engines
from django.urls import reverse
from django.utils import translation


def site_templates(engine):
    """The names of the templates in the site's own directories (not those of the
    installed packages, which the admin loads when it is used)."""
    base = Path(settings.BASE_DIR).resolve()
    for directory in engine.template_dirs:
        directory = Path(directory).resolve()
        if base not in directory.parents and directory != base:
            continue
        if ".venv" in directory.parts or "site-packages" in directory.parts:
            continue
        for path in sorted(directory.rglob("*.html")):
            yield path.relative_to(directory).as_posix()


def warm():
    """Load what the first requests would; returns how many templates were compiled."""
    if any("RedisCache" in cache["BACKEND"] for cache in settings.CACHES.values()):
        # Django imports the client library on first use: a fifth of a second.
        import redis  # noqa: F401
    compiled = 0
    for engine in engines.all():
        for name in site_templates(engine):
            engine.get_template(name)
            compiled += 1
    for code, _name in settings.LANGUAGES:
        # Activating a language loads its catalogues; reversing fills its URL resolver.
        with translation.override(code):
            reverse("wagtail_serve", args=[""])
    return compiled
