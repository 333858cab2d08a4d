"""Every benchmark runs at its `--smoke` size in the suite, so a schema change that breaks a bench breaks CI.

This asserts that each bench runs to the end and prints its comparison against its baseline, not a speed."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
SCRIPTS = sorted(p for p in BENCH.glob("*.py") if not p.name.startswith("_"))


def test_every_bench_has_a_smoke_size():
    missing = [p.name for p in SCRIPTS if "--smoke" not in p.read_text(encoding="utf-8")]
    assert missing == []


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_the_bench_runs_at_its_smoke_size_and_prints_its_ratios(script):
    result = subprocess.run(
        [sys.executable, str(script), "--smoke"],
        cwd=BENCH.parent, env={**os.environ, "PYTHONUNBUFFERED": "1"},
        capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert any(word in result.stdout for word in ("ratio", "×", "x healthz", "x the time")), result.stdout[-2000:]
