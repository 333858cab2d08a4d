"""Every Celery task has soft and hard time limits and the one retry policy; a real worker stops a stuck item at
its soft limit and records why (the item never stays pending unseen)."""

import os
import subprocess
import sys
import time
from pathlib import Path

import redis
from django.conf import settings
from django.db import OperationalError, connection

from config.celery import RETRY_POLICY, TrackerTask, app
from ingest import tasks
from ingest.http import TransientFetchError
from ingest.models import FeedItem, FeedKind, ItemStatus
from ingest.services import register_feed
from tests.httpserver import Reply, rss

ROOT = Path(__file__).resolve().parents[2]


def _limits(task):
    soft = task.soft_time_limit or app.conf.task_soft_time_limit
    hard = task.time_limit or app.conf.task_time_limit
    return soft, hard


def test_every_task_has_a_soft_and_a_hard_time_limit():
    app.loader.import_default_modules()
    ours = {name: task for name, task in app.tasks.items() if not name.startswith("celery.")}
    assert {
        "ingest.tasks.poll_feed",
        "ingest.tasks.process_feed_item",
        "ingest.tasks.process_feed_items",
        "ingest.tasks.poll_due_feeds",
    } <= set(ours)
    for name, task in ours.items():
        soft, hard = _limits(task)
        assert soft and hard and soft < hard, name
        assert isinstance(task, TrackerTask) and task.acks_late, name
    assert _limits(tasks.poll_due_feeds) == (30, 60)


def test_ingest_tasks_share_the_one_retry_policy():
    for task in (tasks.poll_feed, tasks.process_feed_item, tasks.process_feed_items, tasks.poll_due_feeds):
        assert (task.retry_backoff, task.retry_backoff_max, task.retry_jitter, task.max_retries) == (
            RETRY_POLICY["retry_backoff"], RETRY_POLICY["retry_backoff_max"], RETRY_POLICY["retry_jitter"],
            RETRY_POLICY["max_retries"],
        )  # fmt: skip
        assert OperationalError in task.autoretry_for
    assert TransientFetchError in tasks.process_feed_item.autoretry_for


def _database_url() -> str:
    db = connection.settings_dict
    return f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def test_a_worker_stops_a_stuck_item_at_its_soft_time_limit(transactional_db, feed_server):
    redis.Redis.from_url(settings.CELERY_BROKER_URL).flushdb()
    article = feed_server.route("/article", Reply(b"<html><body><p>late</p></body></html>", delay=60))
    feed = register_feed(
        name="stuck", url=feed_server.route("/feed.xml", Reply(rss(("Ariha", article, "")))), kind=FeedKind.RSS
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": _database_url(),
        "REDIS_URL": settings.CELERY_BROKER_URL,
        "CELERY_TASK_SOFT_TIME_LIMIT": "2",
        "CELERY_TASK_TIME_LIMIT": "20",
        "INGEST_TIMEOUT_SECONDS": "90",  # the fetch's own budget would allow far longer than the task may take
        "INGEST_DEADLINE_SECONDS": "90",
    }
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool=prefork", "--concurrency=1",
         "--without-mingle", "--without-gossip", "--without-heartbeat", "--loglevel=WARNING"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        tasks.poll_feed.delay(feed.pk)
        assert feed_server.event("/article").wait(60), "the article was never asked for"
        asked = time.monotonic()
        deadline = asked + 30
        while time.monotonic() < deadline and not FeedItem.objects.filter(status=ItemStatus.FAILED).exists():
            time.sleep(0.2)
        item = FeedItem.objects.get()
        assert item.status == ItemStatus.FAILED and "time limit" in item.error_text
        assert time.monotonic() - asked < 15  # stopped at the 2 s soft limit, not after the server's 60 s
    finally:
        worker.terminate()
        worker.wait(20)
