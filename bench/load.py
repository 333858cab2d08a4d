"""Load: the app under gunicorn (production settings) on 127.0.0.1 with PostgreSQL, driven by wrk.

Uses the 1,000,000-figure database of bench/api.py. Bounded runs (DURATION seconds each) on the figures list
and the totals endpoint with a partner token, plus /healthz as the baseline (the same stack without the
database): requests/s, p50 and p99 latency, errors. Needs `wrk` (Debian package) and PostgreSQL and Redis.
Run: .venv/bin/python bench/load.py [N_FIGURES] [DURATION]   (`--smoke`: 2,000 figures, 1 s runs)
"""

import importlib.util
import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

spec = importlib.util.spec_from_file_location("bench_api", Path(__file__).resolve().parent / "api.py")
bench_api = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench_api)

from knox.models import AuthToken  # noqa: E402

from tests.factories import UserFactory  # noqa: E402
from tracker.choices import Role  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PORT = 8123
BASE = f"http://127.0.0.1:{PORT}"


def start_gunicorn():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.prod",
        "DJANGO_SECRET_KEY": "bench-" + "x" * 60,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "ACCESS_LOG_LEVEL": "WARNING",
        "API_RATE": "100000000/hour",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind", f"127.0.0.1:{PORT}",
         "--workers", "4", "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    for _ in range(100):
        try:
            if urllib.request.urlopen(f"{BASE}/readyz", timeout=2).status == 200:  # noqa: S310 (loopback)
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("gunicorn did not become ready")


def wrk(url, token, duration, connections):
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", "--timeout", "10s",
         "-H", f"Authorization: Token {token}", url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip

    def ms(label):
        match = re.search(rf"^\s+{label}\s+([\d.]+)(us|ms|s)\b", out, re.MULTILINE)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    requests = int(re.search(r"(\d+) requests in", out).group(1))
    non_2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
    socket = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), "p50": ms("50%"), "p99": ms("99%"),
            "requests": requests, "errors": non_2xx + socket}  # fmt: skip


def main():
    duration = 1 if bench_api.SMOKE else int(bench_api.ARGS[1]) if len(bench_api.ARGS) > 1 else 15
    bench_api.call_command("migrate", verbosity=0)
    bench_api.load(bench_api.N)
    token = AuthToken.objects.create(user=UserFactory(role=Role.PARTNER, username=f"load-{time.time_ns()}"))[1]
    server = start_gunicorn()
    try:
        runs = [
            ("/healthz (baseline)", f"{BASE}/healthz", 16),
            ("figures list", f"{BASE}/api/v1/figures/?region=SY07&period_after=2020-02-01&period_before=2020-02-29",
             16),
            ("totals", f"{BASE}/api/v1/totals/?region=SY07&period=month&start=2019-01-01&end=2019-03-31", 4),
        ]  # fmt: skip
        results = {name: wrk(url, token, duration, conns) for name, url, conns in runs}
    finally:
        server.terminate()
        server.wait(30)
    base = results["/healthz (baseline)"]["rps"]
    print(f"gunicorn, 4 workers, 2 cores, {duration}s per run; production settings; "
          f"PostgreSQL with {bench_api.DisplacementFigure.objects.count():,} figures")  # fmt: skip
    for name, r in results.items():
        print(f"{name:<20} {r['rps']:8.1f} req/s ({r['rps'] / base:5.2f}x healthz)  p50 {r['p50']:7.1f} ms  "
              f"p99 {r['p99']:7.1f} ms  {r['requests']} requests, {r['errors']} errors")  # fmt: skip
    if any(r["errors"] for r in results.values()):
        raise SystemExit("errors under load")


if __name__ == "__main__":
    main()
