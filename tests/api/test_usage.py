"""Per-client usage: requests per token per day (and HAPI's app_identifier), counted in the real Redis by one
pipelined round trip per request, copied to PostgreSQL by the flush task, read by admins."""

import base64
import logging
import time
from datetime import timedelta

import pytest
import redis
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from api import usage
from api.models import TokenUsage
from api.services import flush_usage, issue_token
from api.tasks import flush_api_usage
from tests.factories import UserFactory
from tracker.choices import Role

pytestmark = pytest.mark.django_db
HAPI = "/api/hapi/v1/affected-people/idps"


def _clear_counters():
    client = redis.Redis.from_url(settings.API_USAGE_REDIS_URL)
    for key in client.scan_iter(f"{usage.KEY_PREFIX}*"):
        client.delete(key)
    return client


@pytest.fixture
def counters():
    cache.clear()  # the throttle's budgets
    client = _clear_counters()
    yield client
    _clear_counters()


@pytest.fixture
def tokens():
    admin = UserFactory(is_superuser=True, is_staff=True)
    partner = UserFactory(role=Role.PARTNER, username="unhcr-sync")
    dashboard, dashboard_secret = issue_token(user=partner, name="UNHCR dashboard", acting_user=admin)
    script, script_secret = issue_token(user=partner, name="Nightly script", acting_user=admin)
    return {"admin": admin, "dashboard": (dashboard, dashboard_secret), "script": (script, script_secret)}


def _get(api, secret, path="/api/v1/regions/", **params):
    return api.get(path, params, HTTP_AUTHORIZATION=f"Token {secret}")


def _rows():
    return {
        (row.token_key, row.app_identifier): row.requests for row in TokenUsage.objects.filter(day=timezone.localdate())
    }


def test_requests_are_counted_per_token_and_hapi_app_then_flushed_once(api, counters, tokens):
    dashboard, dash_secret = tokens["dashboard"]
    script, script_secret = tokens["script"]
    app = base64.b64encode(b"flood-dashboard:data@example.org").decode()
    for _ in range(5):
        assert _get(api, dash_secret).status_code == 200
    for _ in range(3):
        assert _get(api, dash_secret, HAPI, app_identifier=app).status_code == 200
    assert _get(api, dash_secret, HAPI).status_code == 200
    assert _get(api, dash_secret, HAPI, limit="nope", app_identifier=app).status_code == 400  # made, so counted
    assert _get(api, script_secret, "/api/v1/figures/", app_identifier="not-here").status_code == 400  # counted, no app

    raw = counters.hgetall(usage.day_key(timezone.localdate()))
    assert raw == {
        f"{dashboard.token_key}|".encode(): b"6",
        f"{dashboard.token_key}|{app}".encode(): b"4",
        f"{script.token_key}|".encode(): b"1",
    }
    assert 0 < counters.ttl(usage.day_key(timezone.localdate())) <= settings.API_USAGE_KEEP_DAYS * 86400

    expected = {(dashboard.token_key, ""): 6, (dashboard.token_key, app): 4, (script.token_key, ""): 1}
    assert flush_api_usage.apply().get() == 3
    assert _rows() == expected
    assert flush_usage() == 3  # again: the same absolute counts, nothing added
    assert _rows() == expected
    assert TokenUsage.objects.count() == 3

    assert _get(api, script_secret).status_code == 200
    flush_usage()
    assert _rows()[(script.token_key, "")] == 2
    assert TokenUsage.objects.get(token_key=script.token_key).token_id == script.pk


def test_sessions_bad_tokens_and_other_pages_are_not_counted(api, client, counters, tokens):
    api.force_authenticate(None)
    assert api.get("/api/v1/regions/", HTTP_AUTHORIZATION="Token not-a-real-token").status_code == 401
    client.force_login(tokens["admin"])
    assert client.get("/api/v1/regions/").status_code == 200  # a staff browser session
    assert client.get("/admin/").status_code == 200
    assert counters.hgetall(usage.day_key(timezone.localdate())) == {}
    assert flush_usage() == 0


def test_counts_of_earlier_days_are_flushed_and_a_lost_redis_never_lowers_a_count(counters, tokens):
    dashboard, _ = tokens["dashboard"]
    today = timezone.localdate()
    yesterday = today - timedelta(days=1)
    counters.hset(usage.day_key(yesterday), f"{dashboard.token_key}|", 40)
    counters.hset(usage.day_key(today), f"{dashboard.token_key}|", 7)
    counters.hset(usage.day_key(today - timedelta(days=settings.API_USAGE_KEEP_DAYS)), f"{dashboard.token_key}|", 9)
    assert flush_usage(today=today) == 2  # the day past the keeping window is Redis's to expire, not read
    assert dict(TokenUsage.objects.values_list("day", "requests")) == {yesterday: 40, today: 7}
    counters.delete(usage.day_key(today))  # Redis restarted without its data
    counters.hset(usage.day_key(today), f"{dashboard.token_key}|", 2)
    flush_usage(today=today)
    assert TokenUsage.objects.get(day=today).requests == 7


def test_a_revoked_tokens_usage_is_kept(api, counters, tokens):
    dashboard, secret = tokens["dashboard"]
    _get(api, secret)
    flush_usage()
    dashboard.delete()
    row = TokenUsage.objects.get()
    assert row.token_id is None and row.requests == 1 and row.token_key == dashboard.token_key


def test_redis_down_the_request_is_served_logged_and_not_slowed(api, counters, tokens, settings, caplog):
    live_url = settings.API_USAGE_REDIS_URL
    settings.API_USAGE_REDIS_URL = "redis://127.0.0.1:1/0"  # nothing listens there
    _, secret = tokens["dashboard"]
    with caplog.at_level(logging.WARNING, logger="api.usage"):
        started = time.monotonic()
        statuses = [_get(api, secret).status_code for _ in range(5)]
        elapsed = time.monotonic() - started
    assert statuses == [200] * 5
    warnings = [r for r in caplog.records if r.name == "api.usage"]
    assert len(warnings) == 1 and "not counted" in warnings[0].getMessage()  # then paused, not one per request
    assert elapsed < 5
    with pytest.raises(redis.ConnectionError):
        flush_usage()  # the task fails visibly; the next beat tries again
    settings.API_USAGE_REDIS_URL = live_url
    assert _get(api, secret).status_code == 200
    assert flush_usage() == 1  # the live Redis counts again at once (the pause is per Redis)


def test_hostile_app_identifiers_are_trimmed_and_never_break_counting(api, counters, tokens):
    dashboard, secret = tokens["dashboard"]
    for value in ["x" * 5000, "a|b|c", "\x00\x1b[31mred", "ﻻ عربي ١٢٣"]:
        assert _get(api, secret, HAPI, app_identifier=value).status_code in (200, 400)  # made, so counted
    flush_usage()
    apps = set(TokenUsage.objects.values_list("app_identifier", flat=True))
    assert apps == {"x" * 200, "a|b|c", "[31mred", "ﻻ عربي ١٢٣"}


def test_admins_read_usage_others_cannot_and_nobody_edits_it(client, api, counters, tokens):
    dashboard, secret = tokens["dashboard"]
    app = base64.b64encode(b"flood-dashboard:data@example.org").decode()
    for _ in range(3):
        _get(api, secret, HAPI, app_identifier=app)
    flush_usage()
    client.force_login(tokens["admin"])
    page = client.get("/admin/api/tokenusage/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "UNHCR dashboard" in html and "unhcr-sync" in html and app in html
    assert "flood-dashboard:data@example.org" in html and ">3<" in html
    assert "Add API usage" not in html
    row = TokenUsage.objects.get()
    detail = client.get(f"/admin/api/tokenusage/{row.pk}/change/")
    assert detail.status_code == 200 and 'name="requests"' not in detail.content.decode()
    assert client.post(f"/admin/api/tokenusage/{row.pk}/delete/", {"post": "yes"}).status_code == 403
    assert client.get("/admin/api/tokenusage/add/").status_code == 403
    client.force_login(UserFactory(role=Role.REVIEWER))
    assert client.get("/admin/api/tokenusage/").status_code == 403


def test_one_round_trip_per_request(counters, tokens, monkeypatch):
    dashboard, _ = tokens["dashboard"]
    sent = []
    original = redis.client.Pipeline.execute

    def execute(self, *args, **kwargs):
        sent.append([c[0][0] for c in self.command_stack])
        return original(self, *args, **kwargs)

    monkeypatch.setattr(redis.client.Pipeline, "execute", execute)
    assert usage.count_request(token_key=dashboard.token_key, app_identifier="")
    assert sent == [["HINCRBY", "EXPIRE"]]


def test_the_flush_is_on_the_beat_schedule():
    entry = settings.CELERY_BEAT_SCHEDULE["flush-api-usage"]
    assert entry["task"] == flush_api_usage.name and entry["schedule"] > 0


def test_a_throttled_request_is_counted_too(api, counters, tokens, monkeypatch):
    from api.throttling import TokenRateThrottle

    monkeypatch.setattr(TokenRateThrottle, "THROTTLE_RATES", {"token": "2/min"})
    dashboard, secret = tokens["dashboard"]
    assert [_get(api, secret).status_code for _ in range(3)] == [200, 200, 429]
    flush_usage()
    assert _rows() == {(dashboard.token_key, ""): 3}


def test_the_rate_limit_counts_usage_in_its_own_round_trip(api, counters, tokens, monkeypatch):
    """The counters live in the cache's Redis (REDIS_URL for both): one round trip a request does both."""
    from redis.commands.core import Script

    dashboard, secret = tokens["dashboard"]
    scripts, pipelines = [], []
    run_script, run_pipeline = Script.__call__, redis.client.Pipeline.execute
    monkeypatch.setattr(Script, "__call__", lambda self, *a, **k: scripts.append(1) or run_script(self, *a, **k))
    monkeypatch.setattr(redis.client.Pipeline, "execute",
                        lambda self, *a, **k: pipelines.append(1) or run_pipeline(self, *a, **k))  # fmt: skip
    assert [_get(api, secret).status_code for _ in range(3)] == [200] * 3
    assert len(scripts) == 3 and pipelines == []  # one script call a request, no second trip for usage
    flush_usage()
    assert _rows() == {(dashboard.token_key, ""): 3}  # each counted once, not twice


def test_a_rate_limit_redis_down_serves_the_request_and_says_so_once(api, counters, tokens, settings, caplog):
    from api import throttling

    _, secret = tokens["dashboard"]
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                                   "LOCATION": "redis://127.0.0.1:1/0"}}  # fmt: skip  # nothing listens there
    try:
        with caplog.at_level(logging.ERROR, logger="api.throttling"):
            statuses = [_get(api, secret).status_code for _ in range(4)]
        assert statuses == [200] * 4  # served, not a 500
        errors = [r for r in caplog.records if r.name == "api.throttling"]
        assert len(errors) == 1 and "rate limit off" in errors[0].getMessage()  # then paused, not one per request
    finally:
        throttling._paused_until = 0.0


def test_the_usage_page_says_when_nothing_is_counted(client, counters, tokens, settings):
    client.force_login(tokens["admin"])
    live = client.get("/admin/api/tokenusage/").content.decode()
    assert "Counts are copied from Redis every" in live and "not being counted" not in live
    settings.API_USAGE_REDIS_URL = ""
    off = client.get("/admin/api/tokenusage/").content.decode()
    assert "API usage is not being counted here" in off
