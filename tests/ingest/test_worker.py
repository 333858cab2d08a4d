"""Real Celery workers on the real Redis broker: work is queued after commit, and survives a killed worker."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.db import connection

from ingest import tasks
from ingest.models import FeedItem, FeedKind, ItemStatus
from ingest.services import register_feed
from tests.httpserver import Reply, rss
from tracker.demo import load_reference_data
from tracker.models import DisplacementFigure, Source

ROOT = Path(__file__).resolve().parents[2]
ARTICLE_PAGE = (
    b"<html><body><nav>Home | World</nav><article><h1>Flight from Ariha</h1>"
    b"<p>Some 5,000 people fled Ariha on Tuesday as government forces advanced, local officials said.</p>"
    b"<p>Markets in the town were closed and the roads north were jammed with traffic for hours.</p>"
    b"</article></body></html>"
)


def _wait_for(predicate, timeout=60.0, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


class Workers:
    def __init__(self):
        self.processes: list[subprocess.Popen] = []

    def start(self) -> subprocess.Popen:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": _database_url(),
            "REDIS_URL": settings.CELERY_BROKER_URL,
            "CELERY_VISIBILITY_TIMEOUT": "3",
            "CELERY_UNACKED_RESTORE_INTERVAL": "1",
            "CELERY_UNACKED_RESTORE_THROTTLE": "1",
            "INGEST_BACKOFF_SECONDS": "0.05",
        }
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool=solo", "--without-mingle",
             "--without-gossip", "--without-heartbeat", "--loglevel=WARNING"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        self.processes.append(process)
        return process

    def stop(self):
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()


def _database_url() -> str:
    db = connection.settings_dict
    return f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


@pytest.fixture
def workers(transactional_db, fast_http):
    redis.Redis.from_url(settings.CELERY_BROKER_URL).flushdb()
    load_reference_data()
    pool = Workers()
    yield pool
    pool.stop()


def test_a_feed_polled_by_a_worker_stores_its_items_once(workers, feed_server):
    url = feed_server.route(
        "/feed.xml",
        Reply(rss(("Ariha", "http://127.0.0.1/ariha", "Some 5,000 people fled Ariha on Tuesday, OCHA said."),
                  ("Binnish", "http://127.0.0.1/binnish", "Some 300 families fled Binnish on Monday, SOHR said."))),
    )  # fmt: skip
    feed = register_feed(name="worker feed", url=url, kind=FeedKind.RSS)
    workers.start()
    tasks.poll_feed.delay(feed.pk)
    tasks.poll_feed.delay(feed.pk)  # a second poll of the same feed finds only duplicates
    _wait_for(lambda: FeedItem.objects.filter(status=ItemStatus.DONE).count() == 2, what="two items processed")
    _wait_for(lambda: feed.runs.count() == 2 and not feed.runs.filter(finished_at=None).exists(), what="two runs")
    assert Source.objects.count() == 2
    assert sorted(DisplacementFigure.objects.values_list("value", flat=True)) == [300, 5000]


def test_a_worker_killed_mid_document_leaves_it_processed_exactly_once(workers, feed_server):
    article = feed_server.route("/article", Reply(ARTICLE_PAGE, delay=8), Reply(ARTICLE_PAGE))
    url = feed_server.route("/links.xml", Reply(rss(("Ariha", article, ""))))
    feed = register_feed(name="kill feed", url=url, kind=FeedKind.RSS)
    first = workers.start()
    tasks.poll_feed.delay(feed.pk)
    assert feed_server.event("/article").wait(60), "article never asked"
    os.kill(first.pid, signal.SIGKILL)
    first.wait(10)
    assert FeedItem.objects.get().status == ItemStatus.PENDING
    workers.start()
    _wait_for(lambda: FeedItem.objects.get().status == ItemStatus.DONE, timeout=90, what="redelivered item")
    assert feed_server.hits("/article") == 2
    assert Source.objects.count() == 1
    assert list(DisplacementFigure.objects.values_list("value", flat=True)) == [5000]
