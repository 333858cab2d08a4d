"""Ingest throughput: a 1,000-item local feed through a real Celery worker on Redis, against a plain loop.

Both run in the same process tree on the same PostgreSQL (database `tracker_bench`, created and migrated here)
and the same local HTTP server; the ratio shows what the queue costs. Needs PostgreSQL and Redis running
(scripts/test.sh starts them). Run: .venv/bin/python bench/ingest.py [N]   (`--smoke`: 20 items)
"""

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PG = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:54329/tracker").rsplit("/", 1)[0]
SMOKE = "--smoke" in sys.argv
DB = "tracker_bench_smoke" if SMOKE else "tracker_bench"
os.environ["DATABASE_URL"] = f"{PG}/{DB}"
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:63799/0")
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"

import psycopg  # noqa: E402

with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
    if SMOKE:  # a smoke run starts from an empty database, whatever schema an earlier checkout left there
        conn.execute(f"drop database if exists {DB} with (force)")
    if not conn.execute("select 1 from pg_database where datname = %s", (DB,)).fetchone():
        conn.execute(f"create database {DB}")

import django  # noqa: E402

django.setup()

import redis  # noqa: E402
from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402

from ingest import services, tasks  # noqa: E402
from ingest.models import Feed, FeedItem, ItemStatus  # noqa: E402
from tests.httpserver import FeedServer, Reply, rss  # noqa: E402
from tracker.demo import load_reference_data  # noqa: E402

PLACES = ["Saraqeb", "Ariha", "Binnish", "Sarmin", "Idlib", "Maarat al-Numan", "Khan Shaykhun", "Dana"]


def reset():
    call_command("flush", interactive=False, verbosity=0)
    load_reference_data()


def feed_body(n):
    return rss(*[
        (f"Report {i}", f"http://127.0.0.1/report/{i}",
         f"Report {i}. Some {1000 + i} people fled {PLACES[i % len(PLACES)]} on Tuesday, local officials said. "
         f"At least {i % 7 + 2} people were killed in the shelling, SOHR said.")
        for i in range(n)
    ])  # fmt: skip


def plain_loop(url):
    feed = services.register_feed(name="bench loop", url=url, kind="rss")
    started = time.perf_counter()
    result = services.poll_feed(feed=feed)
    for item in FeedItem.objects.filter(pk__in=result.new_item_ids):
        services.process_item(item=item)
    return time.perf_counter() - started


def through_worker(url, n):
    redis.Redis.from_url(settings.CELERY_BROKER_URL).flushdb()
    feed = services.register_feed(name="bench worker", url=url, kind="rss")
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "--concurrency=2", "--without-mingle",
         "--without-gossip", "--loglevel=WARNING"],
        cwd=ROOT, env=dict(os.environ), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        time.sleep(3)  # let the worker connect before the clock starts
        started = time.perf_counter()
        tasks.poll_feed.delay(feed.pk)
        while FeedItem.objects.filter(status=ItemStatus.DONE).count() < n:
            time.sleep(0.05)
            if time.perf_counter() - started > 900:
                raise SystemExit("worker did not finish in 15 minutes")
        return time.perf_counter() - started
    finally:
        worker.terminate()
        worker.wait(30)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = 20 if "--smoke" in sys.argv else int(args[0]) if args else 1000
    call_command("migrate", verbosity=0)
    server = FeedServer().start()
    url = server.route("/feed.xml", Reply(feed_body(n)))
    try:
        reset()
        loop_seconds = plain_loop(url)
        loop_figures = django.apps.apps.get_model("tracker", "DisplacementFigure").objects.count()
        reset()
        worker_seconds = through_worker(url, n)
        worker_figures = django.apps.apps.get_model("tracker", "DisplacementFigure").objects.count()
    finally:
        server.stop()
    assert loop_figures == worker_figures == n, (loop_figures, worker_figures)
    print(f"{n} items, {n} figures each way")
    print(f"plain loop, one process : {loop_seconds:7.2f} s  {n / loop_seconds:8.1f} items/s")
    print(f"Celery worker on Redis  : {worker_seconds:7.2f} s  {n / worker_seconds:8.1f} items/s (2 processes)")
    print(f"ratio worker / loop     : {worker_seconds / loop_seconds:7.2f}x the time")
    Feed.objects.all().delete()


if __name__ == "__main__":
    main()
