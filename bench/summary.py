"""The weekly summary for all regions over 1,000,000 figures, against hand-written SQL for the same totals.

Uses the database bench/api.py loads (`tracker_bench_api`, loading it if needed). Times build_summary for a
subscription that follows everything (flow for 12 weeks and stock, roll-up to the country, hot spots, newly
verified figures, data health) against the two hand-written totals queries (flow and stock, GROUP BY and
DISTINCT ON) with the same roll-up; prints medians of alternating rounds and the ratio.
Run: .venv/bin/python bench/summary.py [N_FIGURES] [ROUNDS]   (`--smoke`: 2,000 figures, 2 rounds)
"""

import importlib.util
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

spec = importlib.util.spec_from_file_location("bench_api", Path(__file__).resolve().parent / "api.py")
bench_api = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench_api)  # sets up Django on the benchmark database

import psycopg  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from summaries.models import Subscription  # noqa: E402
from summaries.selectors import CHART_WEEKS, DEFAULT_TERMS, build_summary  # noqa: E402
from tracker.models import Region  # noqa: E402

MONDAY = date(2019, 6, 3)


def main():
    rounds = 2 if bench_api.SMOKE else int(bench_api.ARGS[1]) if len(bench_api.ARGS) > 1 else 9
    bench_api.call_command("migrate", verbosity=0)
    bench_api.load(bench_api.N)
    subscription, _ = Subscription.objects.get_or_create(email="everything@example.org")
    subscription.regions.clear()
    root = Region.objects.get(parent__isnull=True)
    region = {"id": root.pk, "path": root.path}
    sunday = MONDAY + timedelta(days=6)
    chart_start = MONDAY - timedelta(weeks=CHART_WEEKS - 1)

    def baseline(conn):
        bench_api.baseline_totals(conn, region, chart_start, sunday, "week", "flow", DEFAULT_TERMS)
        bench_api.baseline_totals(conn, region, chart_start - timedelta(weeks=52), sunday, "week", "stock",
                                  DEFAULT_TERMS)  # fmt: skip

    with CaptureQueriesContext(connection) as captured:
        summary = build_summary(subscription=subscription, monday=MONDAY)
    assert summary.lines and summary.lines[0].flow, "no figures in the benchmark week"
    api_times, base_times = [], []
    with psycopg.connect(bench_api.os.environ["DATABASE_URL"]) as conn:
        for _ in range(rounds):
            started = time.perf_counter()
            build_summary(subscription=subscription, monday=MONDAY)
            api_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            baseline(conn)
            base_times.append(time.perf_counter() - started)
    api_s, base_s = statistics.median(api_times), statistics.median(base_times)
    print(f"summary for all regions, week {summary.week}: {len(captured)} queries; medians of {rounds} rounds")
    print(f"build_summary {api_s * 1000:8.1f} ms   hand-written SQL totals {base_s * 1000:8.1f} ms   "
          f"ratio {api_s / base_s:5.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
