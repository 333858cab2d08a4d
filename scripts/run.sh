#!/usr/bin/env bash
# Runs the tracker on the embedded default: SQLite, Celery tasks and the beat schedule in-process, demo data loaded.
# Usage: bash scripts/run.sh [PORT | ADDRESS:PORT] [run_dev options, e.g. --no-scheduler]   (default 127.0.0.1:8000)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
ADDRPORT="127.0.0.1:8000"
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
  case "$1" in
    *:*) ADDRPORT="$1" ;;
    *[!0-9]*|"") echo "usage: bash scripts/run.sh [PORT | ADDRESS:PORT] [run_dev options]" >&2; exit 2 ;;
    *) ADDRPORT="127.0.0.1:$1" ;;
  esac
  shift
fi
ensure_venv
export DJANGO_SETTINGS_MODULE=config.settings.dev
"$VENV/bin/python" manage.py migrate --no-input -v 0
"$VENV/bin/python" manage.py load_demo --url "http://$ADDRPORT" ${DEMO_PASSWORD:+--password "$DEMO_PASSWORD"}
# the web server plus the scheduled work (feed polling every minute, the Monday summaries) in one process
exec "$VENV/bin/python" manage.py run_dev "$ADDRPORT" "$@"
