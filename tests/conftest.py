import pytest
from django.conf import settings
from django.db import connection
from django.utils import translation

from tests.factories import UserFactory
from tracker.choices import Role


def pytest_report_header(config):
    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    return [f"database engine: {engine} (tests must run on PostgreSQL)", f"redis: {settings.CELERY_BROKER_URL}"]


@pytest.fixture(autouse=True, scope="session")
def _announce_database(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        assert connection.vendor == "postgresql", "the test suite runs on PostgreSQL only"
        with connection.cursor() as cursor:
            cursor.execute("select version()")
            print(f"\nrunning on {cursor.fetchone()[0]}")


@pytest.fixture(autouse=True)
def _each_test_starts_in_the_default_language():
    """A request in French or Arabic leaves that language active in the thread (LocaleMiddleware activates it per
    request and nothing resets it after), so the next test would read its messages in French. Each test starts in
    the default language, whatever the test before it asked for."""
    yield
    translation.deactivate()


@pytest.fixture
def editor(db):
    return UserFactory(role=Role.EDITOR)


@pytest.fixture
def reviewer(db):
    return UserFactory(role=Role.REVIEWER)


@pytest.fixture
def partner(db):
    return UserFactory(role=Role.PARTNER)


@pytest.fixture
def feed_server():
    from tests.httpserver import FeedServer

    server = FeedServer().start()
    yield server
    server.stop()


@pytest.fixture
def fast_http(settings):
    """Keep retries real but quick: three attempts, 10 ms base backoff, a 1 s timeout."""
    settings.INGEST = {**settings.INGEST, "RETRIES": 3, "BACKOFF_SECONDS": 0.01, "TIMEOUT_SECONDS": 1.0}
    return settings.INGEST


@pytest.fixture
def gap_weeks(db):
    """Idleb: a report (W04, W05), no report (W06), a report from its sub-regions (W07). See tests/gap_weeks.py."""
    from tests.gap_weeks import build_gap_weeks

    return build_gap_weeks()


@pytest.fixture
def eager_tasks():
    """Celery tasks run in the caller, as the embedded default (development settings) runs them."""
    from config.celery import app

    before = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = before
