"""Faults, with real servers: Redis restarted while feeds ingest; PostgreSQL restarted under a running app.
(A worker killed with SIGKILL mid-document is tests/ingest/test_worker.py.)"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

from ingest import tasks
from ingest.models import FeedItem, FeedKind, ItemStatus
from ingest.services import register_feed
from tests.httpserver import Reply, rss
from tracker.demo import load_reference_data
from tracker.models import DisplacementFigure, Source

ROOT = Path(__file__).resolve().parents[2]
N_ITEMS = 12


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


class PrivateRedis:
    """A Redis of this test's own, with an append-only file so that a restart keeps the queue."""

    def __init__(self, tmp_path):
        self.port, self.dir = _free_port(), tmp_path / "redis"
        self.dir.mkdir()

    def start(self):
        subprocess.run(["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.dir),
                        "--appendonly", "yes", "--appendfsync", "always", "--save", "", "--daemonize", "yes",
                        "--logfile", str(self.dir / "log")], check=True)  # fmt: skip
        _wait(self.ping, 10, "redis to start")

    def ping(self) -> bool:
        return subprocess.run(["redis-cli", "-p", str(self.port), "ping"], capture_output=True, text=True,
                              check=False).stdout.strip() == "PONG"  # fmt: skip

    def stop(self):
        subprocess.run(["redis-cli", "-p", str(self.port), "shutdown"], capture_output=True, check=False)
        _wait(lambda: not self.ping(), 10, "redis to stop")

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"


def _database_url() -> str:
    db = connection.settings_dict
    return f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def test_redis_restarted_while_feeds_ingest_loses_and_doubles_nothing(transactional_db, feed_server, tmp_path,
                                                                     fast_http, settings):  # fmt: skip
    from config.celery import app

    load_reference_data()
    redis = PrivateRedis(tmp_path)
    redis.start()
    page = (
        "<html><body><article><p>Some {n} people fled Ariha on Tuesday, local officials said.</p>"
        "<p>Markets were closed and roads north were jammed for hours as families left.</p></article></body></html>"
    )
    items = []
    for n in range(N_ITEMS):
        url = feed_server.route(f"/a{n}", Reply(page.format(n=1000 + n).encode(), delay=0.4))
        items.append((f"Item {n}", url, ""))
    feed = register_feed(name="fault feed", url=feed_server.route("/feed.xml", Reply(rss(*items))), kind=FeedKind.RSS)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test", "DATABASE_URL": _database_url(),
           "REDIS_URL": redis.url, "CELERY_VISIBILITY_TIMEOUT": "5", "CELERY_UNACKED_RESTORE_INTERVAL": "1",
           "CELERY_UNACKED_RESTORE_THROTTLE": "1", "INGEST_BACKOFF_SECONDS": "0.05"}  # fmt: skip
    worker = subprocess.Popen([sys.executable, "-m", "celery", "-A", "config", "worker", "--pool=solo",
                               "--without-mingle", "--without-gossip", "--loglevel=WARNING"],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    previous = app.conf.broker_url
    try:
        app.conf.broker_url = redis.url
        with app.connection_for_write() as conn:
            tasks.poll_feed.apply_async(args=[feed.pk], connection=conn)
        _wait(lambda: FeedItem.objects.filter(status=ItemStatus.DONE).count() >= 2, 60, "ingest to start")
        redis.stop()  # the broker goes away mid-way…
        time.sleep(3)
        redis.start()  # …and comes back with its queue
        _wait(lambda: FeedItem.objects.filter(status=ItemStatus.DONE).count() == N_ITEMS, 120, "every item")
    finally:
        app.conf.broker_url = previous
        worker.terminate()
        worker.wait(20)
        redis.stop()
    assert FeedItem.objects.count() == N_ITEMS and Source.objects.count() == N_ITEMS
    assert sorted(DisplacementFigure.objects.values_list("value", flat=True)) == [1000 + n for n in range(N_ITEMS)]


def _pg_bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not found:
        pytest.fail("PostgreSQL server binaries are not installed: scripts/test.sh installs them")
    return found[-1].parent


@pytest.fixture
def pg_dir():
    """A directory the postgres user can reach (pytest's own tmp dirs are private to root)."""
    path = Path(tempfile.mkdtemp(prefix="tracker-fault-pg-"))
    if os.geteuid() == 0:
        shutil.chown(path, "postgres")
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_postgresql_restarted_under_a_running_app_recovers_without_an_app_restart(pg_dir):
    bindir, port, tmp_path = _pg_bin(), _free_port(), pg_dir
    data = tmp_path / "pg"
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    subprocess.run([*as_postgres, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                    "--no-sync"], check=True, capture_output=True)  # fmt: skip
    pg_ctl = [*as_postgres, str(bindir / "pg_ctl"), "-D", str(data), "-w", "-l", str(data / "log"),
              "-o", f"-c listen_addresses=127.0.0.1 -p {port} -k {tmp_path} -c fsync=off"]  # fmt: skip
    subprocess.run([*pg_ctl, "start"], check=True, capture_output=True)
    app_port = _free_port()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.prod", "DJANGO_SECRET_KEY": "f" * 64,
           "DJANGO_ALLOWED_HOSTS": "127.0.0.1", "DJANGO_SECURE_SSL_REDIRECT": "false",
           "DATABASE_URL": f"postgres://postgres@127.0.0.1:{port}/postgres", "ACCESS_LOG_LEVEL": "WARNING"}  # fmt: skip
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True, timeout=300)
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind",
                               f"127.0.0.1:{app_port}", "--workers", "2", "--log-level", "warning"],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip

    def ready() -> bool:
        try:
            return urllib.request.urlopen(f"http://127.0.0.1:{app_port}/readyz", timeout=3).status == 200  # noqa: S310
        except OSError:
            return False

    try:
        _wait(ready, 60, "the app")
        assert all(ready() for _ in range(20))  # warm: workers hold persistent connections now
        subprocess.run([*pg_ctl, "-m", "fast", "restart"], check=True, capture_output=True)
        _wait(ready, 30, "the app to recover")
        answers = [ready() for _ in range(30)]
        assert all(answers), answers
        assert server.poll() is None  # the same gunicorn, never restarted
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(20)
        subprocess.run([*pg_ctl, "-m", "immediate", "stop"], capture_output=True, check=False)
