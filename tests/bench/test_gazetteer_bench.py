"""The gazetteer benchmark runs (at --smoke size) and its checks pass: README counts, idempotent loads, indexed
prefix search."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]


def test_the_gazetteer_bench_smoke_run_passes_its_checks():
    db = settings.DATABASES["default"]
    auth = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
    url = f"postgres://{auth}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "gazetteer.py"), "--smoke"],
        capture_output=True, text=True, timeout=900, cwd=ROOT, env={**os.environ, "DATABASE_URL": url},
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    out = result.stdout
    assert "ok   units per level {'country': 1, 'admin1': 14, 'admin2': 61, 'admin3': 270, 'locality': 5251}" in out
    assert "ok   load 2 is idempotent" in out and "ok   load 3 is idempotent" in out
    assert "ok   the prefix search uses an index" in out and "all checks passed" in out
