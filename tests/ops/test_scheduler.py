"""Scheduled work on the embedded default: the beat schedule run in-process, by `run_dev` (scripts/run.sh)."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from celery.schedules import crontab

from config.celery import app as celery_app
from ingest.models import FeedKind, RunOutcome
from ingest.services import register_feed
from ops.scheduler import InProcessScheduler
from summaries.models import SummaryDispatch
from tests.httpserver import Reply, rss

ROOT = Path(__file__).resolve().parents[2]
FEED = rss(("Ariha", "http://127.0.0.1/ariha", "Some 4,000 people fled Ariha on Tuesday, OCHA said."))


@pytest.fixture
def eager():
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = False


@pytest.mark.django_db(transaction=True)
def test_the_schedule_polls_due_feeds_at_once_and_waits_for_monday(feed_server, fast_http, eager):
    feed = register_feed(name="Scheduled", url=feed_server.route("/s.xml", Reply(FEED)), kind=FeedKind.RSS)
    scheduler = InProcessScheduler(app=celery_app)
    assert scheduler.describe() == [
        "poll-due-feeds: ingest.tasks.poll_due_feeds, every 60 s, first run now",
        "flush-api-usage: api.tasks.flush_api_usage, every 300 s, first run now",
        "weekly-summaries: summaries.tasks.send_weekly_summaries, at minute 0 of hour 6, day of week mon (UTC)",
    ]
    wait = scheduler.tick()
    assert [name for name, outcome in scheduler.runs if outcome == "ok"] == ["poll-due-feeds", "flush-api-usage"]
    assert feed.runs.get().outcome == RunOutcome.SUCCESS and feed.items.get().status == "done"
    assert 0 < wait <= 30
    assert scheduler.tick() and len(scheduler.runs) == 2  # nothing due again within the minute
    assert not SummaryDispatch.objects.exists()
    weekly = scheduler.entries["weekly-summaries"]
    assert isinstance(weekly.schedule, crontab) and 0 < weekly.is_due()[1] <= 7 * 24 * 3600


@pytest.mark.django_db(transaction=True)
def test_a_failing_task_is_logged_and_the_schedule_goes_on(caplog):
    schedule = {"broken": {"task": "ingest.tasks.poll_feed", "schedule": 60.0, "args": ("not-an-id",)}}
    scheduler = InProcessScheduler(app=celery_app, beat_schedule=schedule)
    scheduler.tick()
    ((name, outcome),) = scheduler.runs
    assert name == "broken" and "not-an-id" in outcome
    assert "scheduled broken (ingest.tasks.poll_feed) failed" in caplog.text


@pytest.mark.django_db(transaction=True)
def test_an_unknown_task_fails_its_entry_and_the_others_still_run(caplog, eager):
    schedule = {"gone": {"task": "nowhere.tasks.vanished", "schedule": 60.0},
                "flush": {"task": "api.tasks.flush_api_usage", "schedule": 60.0}}  # fmt: skip
    scheduler = InProcessScheduler(app=celery_app, beat_schedule=schedule)
    scheduler.tick()
    assert dict(scheduler.runs)["flush"] == "ok"
    assert dict(scheduler.runs)["gone"].startswith("NotRegistered")
    assert "scheduled gone (nowhere.tasks.vanished) failed" in caplog.text


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_run_dev_on_sqlite_serves_and_polls_feeds_without_beat_or_worker(tmp_path, feed_server):
    """What scripts/run.sh starts: one process, SQLite, and a registered feed gets polled on its own."""
    url = feed_server.route("/dev.xml", Reply(FEED))
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "DJANGO_SETTINGS_MODULE": "config.settings.dev",
           "DATABASE_URL": f"sqlite:///{tmp_path / 'dev.sqlite3'}", "INGEST_RETRIES": "1"}  # fmt: skip
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v", "0"], env=env, check=True, cwd=ROOT, timeout=300)
    subprocess.run([*manage, "load_demo"], env=env, check=True, cwd=ROOT, timeout=300, capture_output=True)
    subprocess.run([*manage, "add_feed", "Dev feed", url], env=env, check=True, cwd=ROOT, timeout=60,
                   capture_output=True)  # fmt: skip
    port = _free_port()
    server = subprocess.Popen([*manage, "run_dev", "--noreload", f"127.0.0.1:{port}"], env=env, cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)  # fmt: skip
    try:
        assert feed_server.event("/dev.xml").wait(60), "the feed was not polled"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        assert httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200
        done = ""
        for _ in range(100):  # the item is processed in the same tick, just after the fetch
            done = subprocess.run([*manage, "shell", "-c", "from ingest.models import FeedItem; print(list("
                                   "FeedItem.objects.filter(feed__name='Dev feed').values_list('status', flat=True)))"],
                                  env=env, cwd=ROOT, timeout=60, capture_output=True, text=True).stdout  # fmt: skip
            if "done" in done:
                break
            time.sleep(0.3)
        assert "['done']" in done
        # the partner API reads through its SQLite fallbacks (no arrays): names and breakdowns on every row
        make_token = (
            "from knox.models import AuthToken; from django.contrib.auth import get_user_model; "
            "print(AuthToken.objects.create(user=get_user_model().objects.get(username='partner'))[1])"
        )
        token = subprocess.run([*manage, "shell", "-c", make_token], env=env, cwd=ROOT, timeout=60,
                               capture_output=True, text=True, check=True).stdout.split()[-1]  # fmt: skip
        page = httpx.get(f"http://127.0.0.1:{port}/api/v1/figures/?page_size=50", timeout=10,
                         headers={"Authorization": f"Token {token}"})  # fmt: skip
        assert page.status_code == 200, page.text
        rows = page.json()["results"]
        assert page.json()["next"] is None  # every figure the partner sees is on this page
        assert rows and all(isinstance(row["breakdown"], list) for row in rows)
        assert all(bool(row["region_name"]) == bool(row["region"]) for row in rows)
        assert all((row["source_url"] is not None) == bool(row["source"]) for row in rows)  # a source may lack a URL
        assert all(bool(row["reporting_body_name"]) == bool(row["reporting_body"]) for row in rows)
        one = httpx.get(f"http://127.0.0.1:{port}/api/v1/figures/{rows[0]['id']}/", timeout=10,
                        headers={"Authorization": f"Token {token}"})  # fmt: skip
        assert one.status_code == 200 and one.json() == rows[0]
        # keyset pages on SQLite (row values): forwards to the end and back, every figure once, in both orders
        for ordering in ("period_end", "-persons"):
            forward, url = [], f"http://127.0.0.1:{port}/api/v1/figures/?ordering={ordering}&page_size=1"
            while url:
                page = httpx.get(url, timeout=10, headers={"Authorization": f"Token {token}"}).json()
                forward.append([row["id"] for row in page["results"]])
                last, url = url, page["next"]
            backward, url = [], httpx.get(last, timeout=10, headers={"Authorization": f"Token {token}"}).json()
            url = url["previous"]
            while url:
                page = httpx.get(url, timeout=10, headers={"Authorization": f"Token {token}"}).json()
                backward.insert(0, [row["id"] for row in page["results"]])
                url = page["previous"]
            ids = [i for chunk in forward for i in chunk]
            assert sorted(ids) == sorted(row["id"] for row in rows) and backward == forward[:-1], ordering
    finally:
        server.terminate()
        output = server.communicate(timeout=20)[0]
    assert "Scheduled work runs in this process" in output and "poll-due-feeds" in output
    assert "scheduled flush-api-usage (api.tasks.flush_api_usage) ran" in output  # every task module is loaded
    assert "Traceback" not in output
