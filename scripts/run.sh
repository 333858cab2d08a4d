#!/usr/bin/env bash
# Runs the tracker on the embedded default: SQLite, Celery tasks and the beat schedule in-process, demo data loaded.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
ensure_venv
export DJANGO_SETTINGS_MODULE=config.settings.dev
"$VENV/bin/python" manage.py migrate --no-input -v 0
"$VENV/bin/python" manage.py load_demo ${DEMO_PASSWORD:+--password "$DEMO_PASSWORD"}
# the web server plus the scheduled work (feed polling every minute, the Monday summaries) in one process
exec "$VENV/bin/python" manage.py run_dev 127.0.0.1:8000
