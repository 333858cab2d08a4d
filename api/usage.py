"""Per-client usage: requests per API token per day, and per `app_identifier` for the HAPI-shaped endpoint.

Counting stays out of the request's latency: `UsageMiddleware` makes ONE pipelined round trip to Redis per
request that a token authenticated (HINCRBY on the day's hash, field "<token key>|<app_identifier>", and EXPIRE
on that hash), with a short socket timeout. When Redis is down or slow the request is served all the same: the
failure is logged and counting pauses for a few seconds, so that a dead Redis costs
nothing per request. `api.services.flush_usage` (the periodic task `api.tasks.flush_api_usage`) copies the
counters into `api.TokenUsage`, where admins read them.

When the counters live in the Redis of Django's cache (the default: both are REDIS_URL), the rate limit's script
(api/throttling.py) counts the request in its own round trip, and this middleware does not count it again: one
Redis round trip per request for both.

Only token-authenticated requests are counted (a browser session is staff, not a client); a request refused for a
bad token has no token to count under. A throttled request (429) is counted: the client made it.
"""

import logging
import time
from datetime import date
from functools import cache

import redis
from django.conf import settings
from django.utils import timezone

logger = logging.getLogger(__name__)

KEY_PREFIX = "api-usage:"
FIELD_SEPARATOR = "|"  # never in a knox token key (hex); an app_identifier may contain it, split at the first
APP_IDENTIFIER_MAX = 200
PAUSE_AFTER_FAILURE = 5.0  # seconds without counting after Redis failed: a dead Redis costs no request a timeout
_paused_until: dict[str, float] = {}  # per Redis URL


def day_key(day: date) -> str:
    return f"{KEY_PREFIX}{day.isoformat()}"


@cache
def _client_for(url: str) -> redis.Redis:
    timeout = settings.API_USAGE_REDIS_TIMEOUT
    return redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)


def usage_redis() -> redis.Redis | None:
    """The Redis the counters live in (API_USAGE_REDIS_URL); None when counting is off (no Redis configured)."""
    url = settings.API_USAGE_REDIS_URL
    return _client_for(url) if url else None


def app_identifier_of(request) -> str:
    """The HAPI `app_identifier` of a call to the HAPI-shaped endpoints ('' for any other call)."""
    match = getattr(request, "resolver_match", None)
    if match is None or match.namespace != "api" or not (match.url_name or "").startswith("hapi-"):
        return ""
    return "".join(ch for ch in request.GET.get("app_identifier", "") if ch.isprintable()).strip()[:APP_IDENTIFIER_MAX]


def _field(token_key: str, app_identifier: str) -> str:
    return f"{token_key}{FIELD_SEPARATOR}{app_identifier}"


def _shares_the_cache_redis(url: str, cache_location: str) -> bool:
    return bool(url) and url == cache_location


def usage_counted_here(request) -> tuple[str, str, int] | None:
    """For the rate limit's script: (the day's hash, this request's field, the hash's ttl) when the counters live
    in the cache's Redis and this request has a token, and then the request is marked counted; else None."""
    token_key = getattr(getattr(request, "auth", None), "token_key", None)
    location = settings.CACHES["default"].get("LOCATION", "")
    if not token_key or not _shares_the_cache_redis(settings.API_USAGE_REDIS_URL, str(location)):
        return None
    django_request = getattr(request, "_request", request)
    django_request.usage_counted = True
    field = _field(token_key, app_identifier_of(django_request))
    return day_key(timezone.localdate()), field, settings.API_USAGE_KEEP_DAYS * 86400


def count_request(*, token_key: str, app_identifier: str = "") -> bool:
    """Count one request: one pipelined round trip. Never raises; False when it was not counted."""
    url = settings.API_USAGE_REDIS_URL
    if not url:
        return False
    now = time.monotonic()
    if now < _paused_until.get(url, 0.0):
        return False
    client = _client_for(url)
    key = day_key(timezone.localdate())
    try:
        pipe = client.pipeline(transaction=False)
        pipe.hincrby(key, _field(token_key, app_identifier), 1)
        pipe.expire(key, settings.API_USAGE_KEEP_DAYS * 86400)
        pipe.execute()
    except redis.RedisError as exc:
        _paused_until[url] = now + PAUSE_AFTER_FAILURE
        # logged once per failure, so at most once per pause per process; the requests in a pause are not counted
        logger.warning("API usage not counted for %g s: Redis unreachable: %s", PAUSE_AFTER_FAILURE, exc)
        return False
    return True


class UsageMiddleware:
    """Counts each request a token authenticated, after the response is made (DRF sets `request.auth`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        token_key = getattr(getattr(request, "auth", None), "token_key", None)
        if token_key and not getattr(request, "usage_counted", False):  # not counted by the rate limit already
            count_request(token_key=token_key, app_identifier=app_identifier_of(request))
        return response


def decoded_app_identifier(value: str) -> str:
    """HAPI's app_identifier is base64 of "application name:e-mail"; that text, or '' when it is not one."""
    import base64
    import binascii

    try:
        text = base64.b64decode(value + "=" * (-len(value) % 4), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return ""
    return text if ":" in text and text.isprintable() else ""
