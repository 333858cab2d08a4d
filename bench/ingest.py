"""Ingest throughput: documents/s and documents per CPU-second through the worker's task, through a real Celery
worker, and through the per-document path it replaced, measured in the same run, with 10k, 100k and 1M figures
and a tenth as many documents already stored.

  task      : ingest.tasks.process_feed_items, the task the worker runs (its own body, here in this process), on
              each batch of 50 that tasks.queue_items queues, with the connection handling config.celery.TrackerTask
              does around every task
  worker    : the same documents queued to a real Celery worker (`--pool=solo`: one process, one core) on Redis;
              its CPU is the worker process's and its PostgreSQL backend's
  baseline  : the per-document path as it was: ingest.services.process_item on each item, with Django's own
              constraint validation (one SAVEPOINT + SELECT round trip per constraint of the figure)

Every document is a retelling of one story (the worst case for near-duplicate linking: each has candidates, and
the story's common bands are shared by every stored document). Each size runs in a database of its own, kept for
the next run: its figures loaded with one INSERT … SELECT (columns from the model, so a new column cannot break
it), its stored documents (size / 10, in stories of 10) with their near-duplicate bands as ingest computes them;
then alternating rounds (task, worker, baseline; baseline, worker, task; …) of fresh documents, each with two
figures, one in four restating a stored figure (a corroboration); medians and ratios. docs/cpu-s counts the CPU
time of the process and of its PostgreSQL backend, read from /proc (the server runs on this machine).
Connections are kept as production keeps them (CONN_MAX_AGE); BENCH_CONN_MAX_AGE=0 gives every task a new one (as
workers did before TrackerTask kept them; the worker's CPU then cannot be read). Needs PostgreSQL and Redis.

Run: .venv/bin/python bench/ingest.py [SIZES…] [--docs N] [--rounds R]   e.g. 10000 100000 1000000
     `--smoke`: 1,000 figures, 100 documents, 1 round, on a database of its own (the test suite runs it).
Databases: $BENCH_DB (default tracker_bench_ingest) + "_<size>" (or "_smoke") next to $DATABASE_URL's.
"""

import math
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


SIZES, DOCS, ROUNDS = _arguments()
if len(SIZES) > 1:  # each size in a database of its own (kept for the next run): one run of this script each
    for size in SIZES:
        subprocess.run([sys.executable, __file__, str(size), "--docs", str(DOCS), "--rounds", str(ROUNDS)], check=True)
    sys.exit(0)
DB = f"{os.environ.get('BENCH_DB', 'tracker_bench_ingest')}_{'smoke' if SMOKE else SIZES[0]}"

from _benchdb import use_bench_database  # noqa: E402

PG = use_bench_database(DB, fresh=SMOKE)
# Connections kept as production keeps them (config.settings.prod: CONN_MAX_AGE), here long enough that a round
# never replaces one: the worker's and this process's backends can then be found and their CPU time read.
CONN_MAX_AGE = int(os.environ.get("BENCH_CONN_MAX_AGE", "600"))  # 0: a new connection per task

import redis  # noqa: E402
from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import close_old_connections, connection, models  # noqa: E402
from django.utils import timezone  # noqa: E402

from ingest import services, tasks  # noqa: E402
from ingest.models import Feed, FeedItem, ItemStatus  # noqa: E402
from tracker import stories  # noqa: E402
from tracker.demo import load_reference_data  # noqa: E402
from tracker.models import DisplacementFigure, FigureCorroboration, Region, Source, StoryBand  # noqa: E402

PLACES = ["Saraqeb", "Ariha", "Binnish", "Sarmin", "Maarat al-Numan", "Khan Shaykhun", "Dana", "Jisr al-Shughur"]
START = date(2020, 1, 1)
RUN = uuid.uuid4().hex[:8]  # this run's documents are its own, on a database an earlier run left


def forget_documents() -> None:
    """Documents, their figures and corroborations from an earlier run go; the bulk-loaded figures and documents
    stay."""
    FigureCorroboration.objects.all().delete()
    DisplacementFigure.objects.filter(source__isnull=False).delete()
    DisplacementFigure.history.all().delete()
    FeedItem.objects.all().delete()
    Source.objects.exclude(url__startswith=STORED).delete()
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
    return [text_of(next(_serial), f"Report {RUN}", places, stored) for _ in range(n)]


def text_of(i: int, label: str, places: list[tuple[str, int]], stored: int) -> str:
    """The bench's story, told the i-th time: every document is a retelling of every other (the worst case for
    near-duplicate linking: each has candidates, and its bands are shared by thousands of stored documents)."""
    g = 1 + (i * 7919) % stored
    if i % 4 == 0:
        value, place, day = 1000 + (g * 7919) % 40000, places[g % len(places)][0], START + timedelta(g % 300)
    else:
        value, place, day = 50_000 + i, places[i % len(places)][0], START + timedelta(i % 300)
    other = places[(i + 3) % len(places)][0]
    return (
        f"{label}-{i}. Some {value:,} people fled {place} on {day.day} {day:%B %Y} as shelling continued, "
        f"OCHA said. Markets in the town were closed.\n"
        f"In {other}, about {800 + i % 97} families were displaced on {day.day} {day:%B %Y}, according to "
        f"local officials. At least {i % 7 + 2} people were killed, SOHR said."
    )


STORED = "https://bench.invalid/stored/"  # the documents load_documents stores (kept from run to run)
STORY_SIZE = 10


def load_documents(total: int, places: list[tuple[str, int]], figures: int) -> None:
    """`total` stored documents, as ingest leaves them: retellings of the bench's story in stories of STORY_SIZE,
    each with its near-duplicate bands (tracker.stories, computed as ingest does), so that the band index holds
    32 rows a document and the story's common bands are shared by nearly all of them. No figures of their own."""
    have = Source.objects.filter(url__startswith=STORED).count()
    for start in range(have, total, 5_000):
        numbers = range(start, min(total, start + 5_000))
        texts = [text_of(j, "Stored report", places, figures) for j in numbers]
        sources = Source.objects.bulk_create(
            [Source(title=text.split(".")[0], url=f"{STORED}{j}", text=text, content_hash=services.content_hash(text))
             for j, text in zip(numbers, texts, strict=True)]
        )  # fmt: skip
        bands = [(source.pk, band) for source in sources for band in dict.fromkeys(stories.fingerprint(source.text)[1])]
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {StoryBand._meta.db_table} (source_id, band_hash) "  # noqa: S608
                "SELECT * FROM unnest(%s::bigint[], %s::bigint[])",
                [stories.sql_array(pk for pk, _ in bands), stories.sql_array(band for _, band in bands)],
            )
            cursor.execute(  # stories of STORY_SIZE documents, each named by its first
                f"UPDATE {Source._meta.db_table} SET story_id = id - (id - %s) %% %s WHERE id = ANY(%s::bigint[])",  # noqa: S608
                [sources[0].pk, STORY_SIZE, stories.sql_array(source.pk for source in sources)],
            )
    if have < total:
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {StoryBand._meta.db_table}")
            cursor.execute(f"ANALYZE {Source._meta.db_table}")


def make_items(feed: Feed, texts: list[str]) -> list[int]:
    rows = []
    for text in texts:
        url = f"https://reliefweb.int/report/syria/bench-{services.content_hash(text)[:16]}"
        rows.append(FeedItem(feed=feed, canonical_url=url, key=services.item_key(url=url, text=text),
                             title=text.split(".")[0], text=text))  # fmt: skip
    return [item.pk for item in FeedItem.objects.bulk_create(rows)]


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) a process of this machine has used, 0 when it cannot be read."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def cpu_seconds() -> float:
    """CPU time of this process and of its PostgreSQL backend (when the server runs on this machine): what one
    core spends per document, whatever else the machine is doing."""
    return time.process_time() + process_cpu(backend_pid())


def backend_pid() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


class Counter:
    def __init__(self):
        self.queries = 0

    def __call__(self, execute, sql, params, many, context):
        self.queries += 1
        return execute(sql, params, many, context)


def batched(item_ids: list[int]) -> tuple[float, float, int]:
    """The worker's task, process_feed_items, run here on each batch queue_items would send, as the worker runs it
    once it has the message: its own body, between the connection checks config.celery.TrackerTask makes around
    every task (a connection older than CONN_MAX_AGE is replaced: its replacement's CPU counts from its start)."""
    counter = Counter()
    started, cpu = time.perf_counter(), time.process_time()
    backends = {}  # backend pid -> [its CPU seconds when first seen (0 when it started in this round), last seen]
    for start in range(0, len(item_ids), services.BATCH_SIZE):
        close_old_connections()  # TrackerTask.before_start
        pid = backend_pid()
        backends.setdefault(pid, [0.0 if backends else process_cpu(pid), 0.0])
        with connection.execute_wrapper(counter):
            tasks.process_feed_items(item_ids[start : start + services.BATCH_SIZE])
        backends[pid][1] = process_cpu(pid)
        close_old_connections()  # TrackerTask.after_return
    server = sum(last - first for first, last in backends.values())
    return time.perf_counter() - started, time.process_time() - cpu + server, counter.queries


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


class Worker:
    """A real Celery worker (`--pool=solo`: one process, one core) on Redis, started once, warmed up (it connects
    and builds its gazetteer on its first task)."""

    def __init__(self, feed: Feed, places: list[tuple[str, int]]):
        redis.Redis.from_url(settings.CELERY_BROKER_URL).flushdb()
        url = f"{os.environ['DATABASE_URL']}?conn_max_age={CONN_MAX_AGE}&application_name=bench-worker"
        env = {**os.environ, "DATABASE_URL": url}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool=solo", "--without-mingle",
             "--without-gossip", "--loglevel=WARNING"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self.feed, self.places = feed, places
        try:
            self.run(1, 1000, measure=False)
        except BaseException:
            self.stop()
            raise

    def cpu(self) -> float:
        """CPU seconds of the worker process and of its database backend (named by its application_name); not a
        number when the worker replaces its connection at every task (its backends' time is then lost)."""
        if CONN_MAX_AGE == 0:
            return math.nan
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                "AND application_name = 'bench-worker'"
            )
            backends = [pid for (pid,) in cursor.fetchall()]
        if len(backends) != 1:
            raise SystemExit(f"expected the worker's one database connection, found {len(backends)}")
        return process_cpu(self.process.pid) + sum(process_cpu(pid) for pid in backends)

    def run(self, n: int, stored: int, measure: bool = True) -> tuple[float, float]:
        """(wall-clock seconds, CPU seconds of the worker and its backend) until n fresh documents, queued as ingest
        queues them (tasks.queue_items: a task per batch), are processed."""
        item_ids = make_items(self.feed, documents(n, self.places, stored))
        pending = FeedItem.objects.filter(pk__in=item_ids, status=ItemStatus.PENDING)
        started, cpu = time.perf_counter(), self.cpu() if measure else 0.0
        tasks.queue_items(item_ids)  # outside a transaction: queued at once
        while pending.exists():
            time.sleep(0.02)
            if self.process.poll() is not None:
                raise SystemExit("the Celery worker stopped")
            if time.perf_counter() - started > 900:
                raise SystemExit("the worker did not finish in 15 minutes")
        return time.perf_counter() - started, (self.cpu() - cpu) if measure else 0.0

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(30)


def main():
    sizes, docs, rounds = SIZES, DOCS, ROUNDS
    connection.settings_dict["CONN_MAX_AGE"] = CONN_MAX_AGE
    call_command("migrate", verbosity=0)
    if SMOKE or not Region.objects.exists():
        call_command("flush", interactive=False, verbosity=0)
        load_reference_data()
    forget_documents()
    feed, _ = Feed.objects.get_or_create(name="bench", defaults={"url": "", "kind": "rss", "active": False})
    places = resolve_places(feed)
    print(f"{docs} documents per round (2 figures each, 1 in 4 restating a stored figure, every one a retelling of "
          f"the stored documents' story), {rounds} rounds each way, alternating; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")  # fmt: skip
    print("task: process_feed_items run here, batch by batch; worker: the same documents queued to a Celery worker")
    print("docs/s: wall clock; docs/cpu-s: per second of one core (the process + its PostgreSQL backend)")
    print(f"{'figures':>10} {'documents':>9} | {'task docs/s':>11} {'docs/cpu-s':>10} {'q/doc':>5} | "
          f"{'worker docs/s':>13} {'docs/cpu-s':>10} | {'baseline docs/s':>15} {'docs/cpu-s':>10} {'q/doc':>5} | "
          f"{'ratio':>6} {'cpu ratio':>9}")  # fmt: skip
    worker = Worker(feed, places)
    try:
        rows = []
        for size in sizes:
            load_figures(size, places)
            load_documents(size // 10, places, size)
            runs = {batched: ([], [], []), "worker": ([], []), baseline: ([], [], [])}
            for round_number in range(rounds):
                order = (batched, "worker", baseline)
                for run in order if round_number % 2 == 0 else order[::-1]:
                    if run == "worker":
                        numbers = [docs / seconds for seconds in worker.run(docs, size)]
                    else:
                        seconds, cpu, queries = run(make_items(feed, documents(docs, places, size)))
                        numbers = [docs / seconds, docs / cpu, queries / docs]
                    for series, number in zip(runs[run], numbers, strict=True):
                        series.append(number)
            fast, real, slow = ([statistics.median(series) for series in runs[run]] for run in runs)
            rows.append((size, fast, slow))
            print(f"{size:>10,} {size // 10:>9,} | {fast[0]:>11.0f} {fast[1]:>10.0f} {fast[2]:>5.1f} | "
                  f"{real[0]:>13.0f} {real[1]:>10.0f} | {slow[0]:>15.1f} {slow[1]:>10.1f} {slow[2]:>5.1f} | "
                  f"{fast[0] / slow[0]:>5.1f}× {fast[1] / slow[1]:>8.1f}×")  # fmt: skip
    finally:
        worker.stop()
    corroborations = FigureCorroboration.objects.count()
    print(f"corroborations written: {corroborations:,}; history rows: {DisplacementFigure.history.count():,}")
    size, fast, slow = rows[-1]
    print(f"ratio task / baseline at {size:,} figures: {fast[0] / slow[0]:.1f}x the documents/s")


if __name__ == "__main__":
    main()
