#!/usr/bin/env bash
# Production smoke test: the Dockerfile's steps, run on this machine.
#
# With production settings against a PostgreSQL database of its own (and Redis
# when one answers), it migrates, loads the trust's content, collects static
# files, compiles messages, starts gunicorn with gunicorn.conf.py and asks it
# for pages, a compressed static file and the health probes. One PASS/FAIL
# line per check; exits non-zero if any fails. Run from anywhere:
#   PY=.venv/bin/python bash .ci/production-smoke.sh
set -euo pipefail

cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
PG=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA)
DB="trustsite_smoke_$$"
WORK=$(mktemp -d -t trustsite-smoke-XXXXXX)
LOG="$WORK/gunicorn.log"
GUNICORN_PID=""
FAILED=0
CHECKS=0

pass() { CHECKS=$((CHECKS + 1)); echo "PASS $1"; }
fail() { CHECKS=$((CHECKS + 1)); FAILED=$((FAILED + 1)); echo "FAIL $1"; }

stop_gunicorn() {
  if [[ -n $GUNICORN_PID ]] && kill -0 "$GUNICORN_PID" 2>/dev/null; then
    kill -TERM "$GUNICORN_PID"
    wait "$GUNICORN_PID" 2>/dev/null || true
  fi
  GUNICORN_PID=""
}

# compilemessages writes .mo files beside the .po files in the work tree: keep
# a copy of the ones there now, and leave the tree as it was found on exit.
list_mo() { find . -path ./.venv -prune -o -name '*.mo' -print | sort; }
MO_BEFORE=$(list_mo)
[[ -z $MO_BEFORE ]] || tar -cf "$WORK/mo-before.tar" -T - <<<"$MO_BEFORE"

cleanup() {
  stop_gunicorn
  comm -13 <(echo "$MO_BEFORE") <(list_mo) | xargs -r rm -f
  [[ ! -f $WORK/mo-before.tar ]] || tar -xf "$WORK/mo-before.tar"
  "${PG[@]}" -d postgres -c "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" >/dev/null 2>&1 || true
  if [[ -n ${REDIS_URL:-} ]]; then
    "$PY" - "$REDIS_URL" "$CACHE_KEY_PREFIX" <<'EOF' || true
import sys, redis
client = redis.Redis.from_url(sys.argv[1])
keys = list(client.scan_iter(f"{sys.argv[2]}:*"))
if keys:
    client.delete(*keys)
EOF
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

show_log() {
  echo "----- gunicorn log ($LOG) -----"
  cat "$LOG" 2>/dev/null || true
  echo "----- end of gunicorn log -----"
}

# Run one build/deploy step; on failure show its output and stop.
step() {
  local name=$1
  shift
  if "$@" >"$WORK/step.log" 2>&1; then
    pass "$name"
  else
    fail "$name"
    cat "$WORK/step.log"
    exit 1
  fi
}

# The environment a production host gets.
export DJANGO_SETTINGS_MODULE=trustsite.settings.production
SECRET_KEY=$("$PY" -c 'import secrets; print(secrets.token_urlsafe(50))')
export SECRET_KEY
export ALLOWED_HOSTS=127.0.0.1,localhost
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$DB"
export SECURE_COOKIES=false # plain http on 127.0.0.1
export SECURE_SSL_REDIRECT=false # plain http on 127.0.0.1
export STATIC_ROOT="$WORK/static"
export MEDIA_ROOT="$WORK/media"
export WEB_CONCURRENCY=2
# SMOKE_CACHE=redis or files picks the shared cache; by default Redis when one answers.
SMOKE_CACHE=${SMOKE_CACHE:-auto}
if [[ $SMOKE_CACHE == auto ]]; then
  SMOKE_CACHE=files
  "$PY" -c 'import redis; redis.Redis(host="127.0.0.1", socket_timeout=2).ping()' 2>/dev/null \
    && SMOKE_CACHE=redis
fi
if [[ $SMOKE_CACHE == redis ]]; then
  export REDIS_URL="redis://127.0.0.1:6379/15"
  export CACHE_KEY_PREFIX="trustsite-smoke-$$"
  echo "cache: Redis at $REDIS_URL, key prefix $CACHE_KEY_PREFIX"
else
  export CACHE_DIR="$WORK/cache"
  echo "cache: files in $CACHE_DIR"
fi

if ! command -v msgfmt >/dev/null; then
  if [[ $(id -u) -eq 0 ]]; then
    apt-get update -qq && apt-get install -y -qq gettext >/dev/null
  else
    echo "FAIL gettext: msgfmt is missing; install gettext (apt-get install gettext)"
    exit 1
  fi
fi

# Django's deployment checklist, with the secure defaults a real host runs with (HTTPS
# redirect, secure cookies), not the plain-HTTP overrides above: nothing may be reported.
step "check --deploy" env -u SECURE_COOKIES -u SECURE_SSL_REDIRECT \
  "$PY" manage.py check --deploy --fail-level DEBUG
step "create database $DB" "${PG[@]}" -d postgres -c "CREATE DATABASE \"$DB\""
step "migrate --noinput" "$PY" manage.py migrate --noinput
step "update_translation_fields" "$PY" manage.py update_translation_fields
step "load_trust_content" "$PY" manage.py load_trust_content
step "collectstatic --noinput" "$PY" manage.py collectstatic --noinput
step "compilemessages" "$PY" manage.py compilemessages --ignore .venv --ignore node_modules

PORT=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
BIND="127.0.0.1:$PORT" "$PY" -m gunicorn -c gunicorn.conf.py trustsite.wsgi:application >"$LOG" 2>&1 &
GUNICORN_PID=$!

up=""
for _ in $(seq 1 60); do
  if curl -fsS -o /dev/null "$BASE/healthz" 2>/dev/null; then
    up=yes
    break
  fi
  kill -0 "$GUNICORN_PID" 2>/dev/null || break
  sleep 0.5
done
if [[ -n $up ]]; then
  pass "gunicorn up on $BASE, /healthz 200"
else
  fail "gunicorn up on $BASE, /healthz 200"
  show_log
  exit 1
fi

expect_status() {
  local path=$1 want=$2 got
  got=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
  if [[ $got == "$want" ]]; then pass "GET $path -> $got"; else fail "GET $path -> $got (want $want)"; fi
}

expect_status /en/ 200
expect_status /pl/ 200
expect_status /en/schools/regents-park/ 200
expect_status /pl/schools/regents-park/ 200
expect_status /readyz 200

# A hashed static file, as the manifest names it: the site's stylesheet if there
# is one, otherwise any stylesheet collected (Wagtail ships several).
STATIC_FILE=$("$PY" - "$STATIC_ROOT/staticfiles.json" <<'EOF'
import json, sys
paths = json.load(open(sys.argv[1]))["paths"]
print(paths.get("css/site.css") or next(v for k, v in sorted(paths.items()) if k.endswith(".css")))
EOF
)
for encoding in br gzip; do
  headers=$(curl -s -D - -o /dev/null -H "Accept-Encoding: $encoding" "$BASE/static/$STATIC_FILE" | tr -d '\r')
  status=$(head -n1 <<<"$headers" | cut -d' ' -f2)
  if [[ $status == 200 ]] && grep -qi "^content-encoding: $encoding$" <<<"$headers" \
    && grep -qi '^cache-control:.*immutable' <<<"$headers"; then
    pass "GET /static/$STATIC_FILE ($encoding): Content-Encoding $encoding, Cache-Control immutable"
  else
    fail "GET /static/$STATIC_FILE ($encoding): status $status, headers:"
    grep -iE '^(content-encoding|cache-control):' <<<"$headers" || true
  fi
done

# The cache is shared by every process: a change published from another process
# (here a management command) shows at once in pages every worker serves, even
# pages they had cached.
MARKER="Smoke check $$"
for _ in 1 2 3 4; do curl -s -o /dev/null "$BASE/en/"; done
"$PY" manage.py shell -c "
from django.utils import translation
from home.models import HomePage
with translation.override('en'):
    home = HomePage.objects.get()
    home.title = '$MARKER'
    home.save_revision().publish()
" >"$WORK/step.log" 2>&1 || cat "$WORK/step.log"
fresh=0
for _ in 1 2 3 4 5 6; do
  # Not `curl | grep -q`: grep quitting early fails curl, and pipefail with it.
  body=$(curl -s "$BASE/en/")
  if [[ $body == *"$MARKER"* ]]; then fresh=$((fresh + 1)); fi
done
if [[ $fresh -eq 6 ]]; then
  pass "publish from another process shows at once: 6 of 6 requests"
else
  fail "publish from another process shows at once: $fresh of 6 requests"
fi

stop_gunicorn
if grep -q "Traceback" "$LOG"; then
  fail "gunicorn log free of tracebacks"
else
  pass "gunicorn log free of tracebacks"
fi

if [[ $FAILED -gt 0 ]]; then
  show_log
  echo "Production smoke: FAILED ($FAILED of $CHECKS checks)"
  exit 1
fi
echo "Production smoke: all $CHECKS checks passed"
