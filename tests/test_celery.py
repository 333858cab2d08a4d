"""A worker's database connection lives as a web request's does (config.celery.TrackerTask): kept between tasks
while CONN_MAX_AGE allows, replaced when it is older or broken, never closed under an eager task's caller."""

import psycopg
import pytest
from django.db import OperationalError, connection

from ingest.models import Feed
from ingest.tasks import poll_due_feeds


def _backend() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def _as_the_worker_runs(task, body=_backend):
    """The hooks the worker calls around a task's body (Celery's tracer), with the body in between."""
    task.push_request(is_eager=False)
    try:
        task.before_start("task-id", (), {})
        try:
            return body()
        finally:
            task.after_return("SUCCESS", None, "task-id", (), {}, None)
    finally:
        task.pop_request()


@pytest.fixture
def conn_max_age(transactional_db, monkeypatch):
    def set_to(seconds):
        monkeypatch.setitem(connection.settings_dict, "CONN_MAX_AGE", seconds)
        connection.close()

    yield set_to
    connection.close()


def test_the_connection_is_kept_between_tasks_while_conn_max_age_allows(conn_max_age):
    conn_max_age(60)
    first = _as_the_worker_runs(poll_due_feeds)
    assert _as_the_worker_runs(poll_due_feeds) == first  # no new PostgreSQL backend per task
    assert connection.connection is not None


def test_with_conn_max_age_0_every_task_has_a_connection_of_its_own(conn_max_age):
    conn_max_age(0)
    first = _as_the_worker_runs(poll_due_feeds)
    assert connection.connection is None  # closed after the task
    assert _as_the_worker_runs(poll_due_feeds) != first


def test_a_broken_connection_fails_one_task_and_the_next_gets_a_new_one(conn_max_age):
    conn_max_age(60)
    dead = _as_the_worker_runs(poll_due_feeds)
    db = connection.settings_dict
    with psycopg.connect(host=db["HOST"], port=db["PORT"], user=db["USER"], dbname=db["NAME"],
                         autocommit=True) as other:  # fmt: skip
        other.execute("SELECT pg_terminate_backend(%s)", [dead])  # a database restart, as the worker sees it
    with pytest.raises(OperationalError):
        _as_the_worker_runs(poll_due_feeds)  # (the task's retry policy takes it from here)
    assert _as_the_worker_runs(poll_due_feeds) != dead


@pytest.mark.django_db
def test_an_eager_task_leaves_its_callers_connection_and_transaction_alone():
    feed = Feed.objects.create(name="due", url="https://example.org/feed", kind="rss")
    assert connection.in_atomic_block
    assert poll_due_feeds.apply().get() == 1
    assert Feed.objects.get(pk=feed.pk).next_poll_at is not None  # the same transaction, still usable
