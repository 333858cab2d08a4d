"""The situation dashboard (GET /) over 1,000,000 figures, against hand-written SQL doing the same reads.

Uses the database bench/api.py loads (`tracker_bench_api`, loading it if needed; `--smoke`: 2,000 figures in
bench/api.py's smoke database, 2 rounds). Times the whole page through the Django stack for a staff user
(key numbers for the week and the month, flow and stock, with the week and month before; review backlog and
the oldest waiting item; failing feeds; open conflicts; latest verified figures; the 12-week series of the top
regions) against the same totals by hand (bench/api.py's GROUP BY / DISTINCT ON SQL with the roll-up) plus
the backlog and latest-figures queries in raw psycopg. Prints the query count, medians of alternating rounds and
the ratio.
Run: .venv/bin/python bench/dashboard.py [N_FIGURES] [ROUNDS]   (`--smoke`: 2,000 figures, 2 rounds)
"""

import importlib.util
import os
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

spec = importlib.util.spec_from_file_location("bench_api", Path(__file__).resolve().parent / "api.py")
bench_api = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench_api)  # sets up Django on the benchmark database

import psycopg  # noqa: E402
from django.core import signals  # noqa: E402
from django.db import close_old_connections, connection  # noqa: E402
from django.test import Client  # noqa: E402

from summaries.selectors import DEFAULT_TERMS  # noqa: E402
from tests.factories import UserFactory  # noqa: E402
from tracker.choices import Role  # noqa: E402
from tracker.models import Region  # noqa: E402

WEEK = "2020-W06"
MONDAY = date(2020, 2, 3)


def main():
    n = 2_000 if bench_api.SMOKE else int(bench_api.ARGS[0]) if bench_api.ARGS else 1_000_000
    rounds = 2 if bench_api.SMOKE else int(bench_api.ARGS[1]) if len(bench_api.ARGS) > 1 else 9
    bench_api.call_command("migrate", verbosity=0)
    bench_api.load(n)
    user = UserFactory(role=Role.EDITOR, username=f"dashboard-bench-{time.time_ns()}")
    # one connection for the whole run, as the baseline has (the test client would close it after each request)
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    root = Region.objects.get(parent__isnull=True)
    region = {"id": root.pk, "path": root.path}
    sunday = MONDAY + timedelta(days=6)

    def baseline(conn):
        for granularity, start, end in (("week", MONDAY - timedelta(days=7), sunday),
                                        ("month", date(2019, 12, 1), date(2020, 1, 31))):  # fmt: skip
            for category in ("flow", "stock"):
                bench_api.baseline_totals(conn, region, start, end, granularity, category, DEFAULT_TERMS)
        bench_api.baseline_totals(conn, region, MONDAY - timedelta(weeks=11), sunday, "week", "flow", DEFAULT_TERMS)
        conn.execute("""SELECT f.*, count(*) OVER () FROM tracker_displacementfigure f
                        WHERE f.status IN ('extracted', 'in_review') ORDER BY f.created_at, f.id LIMIT 1""").fetchall()
        conn.execute("""SELECT f.*, r.name, b.name FROM tracker_displacementfigure f
                        JOIN tracker_region r ON r.id = f.region_id
                        LEFT JOIN tracker_reportingbody b ON b.id = f.reporting_body_id
                        WHERE f.status = 'verified' ORDER BY f.reviewed_at DESC NULLS LAST, f.id DESC
                        LIMIT 6""").fetchall()  # fmt: skip

    captured = []
    with connection.execute_wrapper(lambda execute, sql, *args: captured.append(sql) or execute(sql, *args)):
        response = client.get(f"/?week={WEEK}")
    assert response.status_code == 200 and b'id="key-numbers"' in response.content, response.status_code
    page_times, base_times = [], []
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        for _ in range(rounds):
            started = time.perf_counter()
            client.get(f"/?week={WEEK}")
            page_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            baseline(conn)
            base_times.append(time.perf_counter() - started)
    page_s, base_s = statistics.median(page_times), statistics.median(base_times)
    print(f"dashboard on {n:,} figures, week {WEEK}: {len(captured)} queries; medians of {rounds} round(s)")
    print(f"GET /        {page_s * 1000:8.1f} ms   hand-written SQL {base_s * 1000:8.1f} ms   "
          f"ratio {page_s / base_s:5.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
