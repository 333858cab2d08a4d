"""Ingest throughput: documents/s and queries per document through the worker's batched path, against the
per-document path it replaced, measured in the same run, with 10k, 100k and 1M figures already stored.

  batched   : ingest.services.process_items on 50 items at a time — what the worker's process_feed_items task runs
  baseline  : the per-document path as it was: ingest.services.process_item on each item, with Django's own
              constraint validation (one SAVEPOINT + SELECT round trip per constraint of the figure)

Each size loads its existing figures with one INSERT … SELECT (columns from the model, so a new column cannot break
it), then runs alternating rounds (batched, baseline, batched, …) of fresh documents, each with two figures, some
restating stored figures (corroborations), and prints medians and ratios. Then one round through a real Celery
worker (`--pool=solo`: one process, one core) on Redis. Needs PostgreSQL and Redis.

Run: .venv/bin/python bench/ingest.py [SIZES…] [--docs N] [--rounds R]   e.g. 10000 100000 1000000
     `--smoke`: 1,000 figures, 100 documents, 1 round, on a database of its own (the test suite runs it).
Database: $BENCH_DB (default tracker_bench_ingest; "_smoke" appended with --smoke) next to $DATABASE_URL's.
"""

import os
import statistics
import subprocess
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SMOKE = "--smoke" in sys.argv
DB = os.environ.get("BENCH_DB", "tracker_bench_ingest") + ("_smoke" if SMOKE else "")

from _benchdb import use_bench_database  # noqa: E402

PG = use_bench_database(DB, fresh=SMOKE)

import redis  # noqa: E402
from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, models  # noqa: E402
from django.utils import timezone  # noqa: E402

from ingest import services, tasks  # noqa: E402
from ingest.models import Feed, FeedItem, ItemStatus  # noqa: E402
from tracker.demo import load_reference_data  # noqa: E402
from tracker.models import DisplacementFigure, FigureCorroboration, Region, Source  # noqa: E402

PLACES = ["Saraqeb", "Ariha", "Binnish", "Sarmin", "Maarat al-Numan", "Khan Shaykhun", "Dana", "Jisr al-Shughur"]
START = date(2020, 1, 1)
RUN = uuid.uuid4().hex[:8]  # this run's documents are its own, on a database an earlier run left


def _arguments():
    numbers, options, args = [], {"--docs": None, "--rounds": None}, sys.argv[1:]
    for i, arg in enumerate(args):
        if arg in options and i + 1 < len(args):
            options[arg] = int(args[i + 1])
        elif arg.isdigit() and (i == 0 or args[i - 1] not in options):
            numbers.append(int(arg))
    sizes = [1_000] if SMOKE else numbers or [10_000, 100_000, 1_000_000]
    docs = options["--docs"] or (100 if SMOKE else 1_000)
    rounds = options["--rounds"] or (1 if SMOKE else 3)
    return sizes, docs, rounds


def forget_documents() -> None:
    """Documents, their figures and corroborations from an earlier run go; the bulk-loaded figures stay."""
    FigureCorroboration.objects.all().delete()
    DisplacementFigure.objects.filter(source__isnull=False).delete()
    DisplacementFigure.history.all().delete()
    FeedItem.objects.all().delete()
    Source.objects.all().delete()
    Source.history.all().delete()


def resolve_places(feed: Feed) -> list[tuple[str, int]]:
    """(place, region id) as extraction resolves each place: one small document each (this also warms up the
    gazetteer, built once per process)."""
    texts = [f"Bench {RUN}. Some 10 people fled {place} on 1 January 2019, OCHA said." for place in PLACES]
    services.process_items(item_ids=make_items(feed, texts=texts))
    found = dict(DisplacementFigure.objects.filter(value=10).values_list("raw_location", "region_id"))
    return [(place, found[place]) for place in PLACES if found.get(place)]


def load_figures(total: int, places: list[tuple[str, int]]) -> None:
    """`total` stored figures in the places the documents name (values 1,000–40,999, periods in 2020), in SQL."""
    have = DisplacementFigure.objects.count()
    if have >= total:
        return
    now = timezone.now()
    overrides = {
        "value": "1000 + (g::bigint * 7919) %% 40000",
        "persons": "1000 + (g::bigint * 7919) %% 40000",
        "term": "'fled'",
        "period_start": "date '2020-01-01' + (g %% 300)",
        "period_end": "date '2020-01-01' + (g %% 300)",
        "region_id": "(%s::bigint[])[1 + g %% %s]",
        "status": "'extracted'",
    }
    columns, expressions, params = [], [], []
    for field in DisplacementFigure._meta.concrete_fields:
        if field.primary_key:
            continue
        columns.append(field.column)
        if field.column in overrides:
            expressions.append(overrides[field.column])
            if field.column == "region_id":
                params += [[region_id for _, region_id in places], len(places)]
        elif field.null and field.get_default() is None:
            expressions.append("NULL")
        else:
            default = now if isinstance(field, models.DateTimeField) else field.get_default()
            expressions.append("%s")
            params.append(field.get_db_prep_save(default, connection))
    table = DisplacementFigure._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(expressions)} "  # noqa: S608
            f"FROM generate_series(%s, %s) AS g",
            [*params, have + 1, total],
        )
        cursor.execute(f"ANALYZE {table}")


_serial = iter(range(10**9))


def documents(n: int, places: list[tuple[str, int]], stored: int) -> list[str]:
    """n documents with two figures each; every fourth restates a stored figure (same value, place and day)."""
    texts = []
    for _ in range(n):
        i = next(_serial)
        g = 1 + (i * 7919) % stored
        if i % 4 == 0:
            value, place, day = 1000 + (g * 7919) % 40000, places[g % len(places)][0], START + timedelta(g % 300)
        else:
            value, place, day = 50_000 + i, places[i % len(places)][0], START + timedelta(i % 300)
        other = places[(i + 3) % len(places)][0]
        texts.append(
            f"Report {RUN}-{i}. Some {value:,} people fled {place} on {day.day} {day:%B %Y} as shelling continued, "
            f"OCHA said. Markets in the town were closed.\n"
            f"In {other}, about {800 + i % 97} families were displaced on {day.day} {day:%B %Y}, according to "
            f"local officials. At least {i % 7 + 2} people were killed, SOHR said."
        )
    return texts


def make_items(feed: Feed, texts: list[str]) -> list[int]:
    rows = []
    for text in texts:
        url = f"https://reliefweb.int/report/syria/bench-{services.content_hash(text)[:16]}"
        rows.append(FeedItem(feed=feed, canonical_url=url, key=services.item_key(url=url, text=text),
                             title=text.split(".")[0], text=text))  # fmt: skip
    return [item.pk for item in FeedItem.objects.bulk_create(rows)]


def cpu_seconds() -> float:
    """CPU time of this process and of its PostgreSQL backend (when the server runs on this machine): what one
    core spends per document, whatever else the machine is doing."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        server = (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        server = 0.0
    return time.process_time() + server


class Counter:
    def __init__(self):
        self.queries = 0

    def __call__(self, execute, sql, params, many, context):
        self.queries += 1
        return execute(sql, params, many, context)


def batched(item_ids: list[int]) -> tuple[float, float, int]:
    counter = Counter()
    started, cpu = time.perf_counter(), cpu_seconds()
    with connection.execute_wrapper(counter):
        for start in range(0, len(item_ids), services.BATCH_SIZE):
            services.process_items(item_ids=item_ids[start : start + services.BATCH_SIZE])
    return time.perf_counter() - started, cpu_seconds() - cpu, counter.queries


def baseline(item_ids: list[int]) -> tuple[float, float, int]:
    """The per-document path as it was: one item per transaction, each constraint checked by a round trip."""
    counter = Counter()
    DisplacementFigure.validate_constraints = models.Model.validate_constraints  # Django's own: a query each
    try:
        started, cpu = time.perf_counter(), cpu_seconds()
        with connection.execute_wrapper(counter):
            for item in FeedItem.objects.filter(pk__in=item_ids).select_related("feed").order_by("pk"):
                services.process_item(item=item)
        return time.perf_counter() - started, cpu_seconds() - cpu, counter.queries
    finally:
        del DisplacementFigure.validate_constraints


def through_worker(feed: Feed, texts: list[str]) -> float:
    redis.Redis.from_url(settings.CELERY_BROKER_URL).flushdb()
    item_ids = make_items(feed, texts)
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool=solo", "--without-mingle",
         "--without-gossip", "--loglevel=WARNING"],
        cwd=ROOT, env=dict(os.environ), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        warm = FeedItem.objects.filter(pk__in=item_ids[:1])  # the worker connects and builds its gazetteer first
        tasks.queue_items(item_ids[:1])
        while warm.filter(status=ItemStatus.PENDING).exists():
            time.sleep(0.05)
        item_ids = item_ids[1:]
        started = time.perf_counter()
        tasks.queue_items(item_ids)  # outside a transaction: queued at once
        pending = FeedItem.objects.filter(pk__in=item_ids, status=ItemStatus.PENDING)
        while pending.exists():
            time.sleep(0.05)
            if time.perf_counter() - started > 900:
                raise SystemExit("worker did not finish in 15 minutes")
        return time.perf_counter() - started
    finally:
        worker.terminate()
        worker.wait(30)


def main():
    sizes, docs, rounds = _arguments()
    call_command("migrate", verbosity=0)
    if SMOKE or not Region.objects.exists():
        call_command("flush", interactive=False, verbosity=0)
        load_reference_data()
    forget_documents()
    feed, _ = Feed.objects.get_or_create(name="bench", defaults={"url": "", "kind": "rss", "active": False})
    places = resolve_places(feed)
    print(f"{docs} documents per round (2 figures each, 1 in 4 restating a stored figure), {rounds} rounds each way, "
          f"alternating; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")  # fmt: skip
    print("docs/s: wall clock; docs/cpu-s: per second of one core (this process + its PostgreSQL backend)")
    print(f"{'figures':>10} | {'batched docs/s':>14} {'docs/cpu-s':>10} {'q/doc':>5} | "
          f"{'baseline docs/s':>15} {'docs/cpu-s':>10} {'q/doc':>5} | {'ratio':>6} {'cpu ratio':>9}")  # fmt: skip
    rows = []
    for size in sizes:
        load_figures(size, places)
        runs = {batched: ([], [], []), baseline: ([], [], [])}
        for round_number in range(rounds):
            for run in (batched, baseline) if round_number % 2 == 0 else (baseline, batched):
                seconds, cpu, queries = run(make_items(feed, documents(docs, places, size)))
                for series, number in zip(runs[run], (docs / seconds, docs / cpu, queries / docs), strict=True):
                    series.append(number)
        fast, slow = ([statistics.median(series) for series in runs[run]] for run in (batched, baseline))
        rows.append((size, fast, slow))
        print(f"{size:>10,} | {fast[0]:>14.0f} {fast[1]:>10.0f} {fast[2]:>5.1f} | {slow[0]:>15.1f} {slow[1]:>10.1f} "
              f"{slow[2]:>5.1f} | {fast[0] / slow[0]:>5.1f}× {fast[1] / slow[1]:>8.1f}×")  # fmt: skip
    corroborations = FigureCorroboration.objects.count()
    print(f"corroborations written: {corroborations:,}; history rows: {DisplacementFigure.history.count():,}")
    texts = documents(docs if SMOKE else 2 * docs, places, sizes[-1])
    seconds = through_worker(feed, texts)
    print(f"Celery worker (--pool=solo: one process) on Redis: {len(texts) - 1} documents in {seconds:.2f} s, "
          f"{(len(texts) - 1) / seconds:.0f} docs/s")  # fmt: skip
    size, fast, slow = rows[-1]
    print(f"ratio batched / baseline at {size:,} figures: {fast[0] / slow[0]:.1f}x the documents/s")


if __name__ == "__main__":
    main()
