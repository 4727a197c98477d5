# The trust site: gunicorn serving Django + Wagtail, static files served by whitenoise.
# Builds and starts with the same steps .ci/production-smoke.sh runs on every CI run.
#   docker build -t trustsite .
#   docker run -p 8000:8000 -e SECRET_KEY=... -e ALLOWED_HOSTS=... -e DATABASE_URL=... trustsite
# Bookworm: its postgresql-client (15) is the one backup_site is tested with.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=trustsite.settings.production \
    PORT=8000

# gettext for compilemessages; the PostgreSQL client for backup_site and restore_site.
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext postgresql-client \
    && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 10001 trust
WORKDIR /app

# The pinned dependencies alone first, so a code change reuses this layer.
COPY pyproject.toml /tmp/build/
RUN pip install /tmp/build && rm -rf /tmp/build

COPY . .
# Production settings refuse to load without SECRET_KEY; these two steps use
# neither the key nor the database, so a throwaway one is given to them alone.
RUN SECRET_KEY=build-only-not-secret python manage.py collectstatic --noinput \
    && SECRET_KEY=build-only-not-secret python manage.py compilemessages --ignore .venv \
    && mkdir -p media && chown trust:trust media

USER trust
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD python -c "import os, urllib.request; urllib.request.urlopen(f'http://localhost:{os.environ[\"PORT\"]}/healthz', timeout=4)"
ENTRYPOINT ["/app/docker-entrypoint.sh"]
CMD ["gunicorn", "-c", "gunicorn.conf.py", "trustsite.wsgi:application"]
