#!/usr/bin/env bash
# Runs the whole test suite against a real PostgreSQL and a real Redis on loopback.
# Installs them (and the Python packages) when missing. Extra arguments go to pytest.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
ensure_venv
ensure_postgres
ensure_database tracker
ensure_redis
ensure_chromium
ensure_gettext
ensure_wrk
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:$PGPORT/tracker}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:$REDIS_PORT/0}"
export DJANGO_SETTINGS_MODULE=config.settings.test
"$VENV/bin/ruff" check --quiet .
"$VENV/bin/ruff" format --check --quiet .
"$VENV/bin/python" manage.py makemigrations --check --dry-run >/dev/null
exec "$VENV/bin/pytest" "$@"
