#!/usr/bin/env bash
# Installs requirements.lock into two throw-away virtualenvs, one with the pip this Python ships (no upgrade:
# 23.2.1 for Python 3.11) and one with the newest pip, and imports what the old pip used to miss.
# Usage: bash scripts/check_lock.sh [python3.11]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${1:-python3.11}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
for kind in bundled newest; do
  "$PYTHON" -m venv "$WORK/$kind"
  if [ "$kind" = newest ]; then "$WORK/$kind/bin/python" -m pip install -q --upgrade pip; fi
  echo "$kind: $("$WORK/$kind/bin/pip" --version)"
  "$WORK/$kind/bin/pip" install -q --require-hashes -r "$ROOT/requirements.lock"
  "$WORK/$kind/bin/python" -c "import lxml.html.clean, trafilatura, django, csp, axes"
  "$WORK/$kind/bin/pip" check
done
echo "requirements.lock installs with both"
