#!/bin/sh
# Bring the database up to this code's schema, then run the command (gunicorn by
# default). The same steps, in the same order, as .ci/production-smoke.sh.
# With several containers starting together, migrate from one release step and
# set MIGRATE_ON_START=false on the web containers (docs/DEPLOYING.md).
set -e
if [ "${MIGRATE_ON_START:-true}" = "true" ]; then
    python manage.py migrate --noinput
    python manage.py update_translation_fields
fi
exec "$@"
