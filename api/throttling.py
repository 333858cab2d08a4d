"""The per-token rate limit: a sliding window counted atomically in Redis, one round trip per request.

DRF's SimpleRateThrottle keeps a pickled list of request times per client: it reads the list, appends, and writes
it back, so the list grows with the budget (3,600 entries at 3600/hour), every request pays to unpickle and pickle
it, and two concurrent requests both read the same list and one of them is lost (a client running requests in
parallel gets more than its budget).

Here each client has one counter per window (the window is the rate's period: a minute for "60/min"). A small Lua
script, run atomically by Redis in one round trip, reads this window's and the previous window's counters,
estimates the requests of the last full period as `previous × (the part of the previous window still inside the
period) + current`, and counts the request only when it fits the budget. Refused requests do not count, so a client
that waits for the Retry-After the 429 gives gets in. The counters expire on their own after two periods.

With a cache other than Redis (development), the same arithmetic runs on the cache's add/incr (atomic in
Django's local-memory cache), without the check-and-count being one step.

The same script counts the request for per-client usage (api/usage.py) when the usage counters live in the
cache's Redis (the default: both are REDIS_URL), so a token request makes one Redis round trip, not two.

Redis unreachable: the request is served without a limit (a proxy in front is the first line; this is the
backstop), the failure is logged once and the limit pauses for a few seconds, as usage counting does.
"""

import logging
import math
import time
import weakref

import redis
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from rest_framework.throttling import SimpleRateThrottle

from api.usage import usage_counted_here

logger = logging.getLogger(__name__)
PAUSE_AFTER_FAILURE = 5.0  # seconds without a limit after Redis failed: a dead Redis costs no request a timeout
_paused_until = 0.0

# KEYS: this window's counter, the previous window's[, the day's usage hash]. ARGV: weight of the previous window,
# the budget, the ttl[, the usage field, the usage hash's ttl]. Usage counts every request, refused or not.
_SLIDING_WINDOW = """
if KEYS[3] then
    redis.call('HINCRBY', KEYS[3], ARGV[4], 1)
    redis.call('EXPIRE', KEYS[3], ARGV[5])
end
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local previous = tonumber(redis.call('GET', KEYS[2]) or '0')
if previous * tonumber(ARGV[1]) + current + 1 > tonumber(ARGV[2]) then
    return {0, current, previous}
end
current = redis.call('INCR', KEYS[1])
if current == 1 then redis.call('EXPIRE', KEYS[1], ARGV[3]) end
return {1, current, previous}
"""
_script = None  # redis-py's Script: EVALSHA, loading the script once per server when it is missing


_clients: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # the cache's writing client, per cache object


def _client_of(cache: RedisCache):
    """The cache's Redis client for writes, made once per cache object (Django's get_client() builds a new client
    object on each call; the connection pool under it is the same)."""
    client = _clients.get(cache)
    if client is None:
        client = _clients[cache] = cache._cache.get_client(write=True)
    return client


def _run_script(client, *, keys, args):
    global _script
    if _script is None:
        _script = client.register_script(_SLIDING_WINDOW)
    return _script(keys=keys, args=args, client=client)


def take_from_budget(
    key: str, *, limit: int, period: int, now: float | None = None, usage: tuple[str, str, int] | None = None
) -> tuple[bool, float]:
    """Count one request against `limit` per `period` seconds for `key`; (allowed, seconds to wait when not).
    `usage` (hash key, field, ttl): also count it there, in the same round trip (Redis only)."""
    global _paused_until
    now = time.time() if now is None else now
    window = int(now // period)
    elapsed = (now % period) / period  # how far into this window we are, 0..1
    weight = 1.0 - elapsed  # the share of the previous window still inside the sliding period
    current_key, previous_key = f"{key}:{window}", f"{key}:{window - 1}"
    cache = caches["default"]
    if isinstance(cache, RedisCache):
        if time.monotonic() < _paused_until:
            return True, 0.0
        keys = [cache.make_and_validate_key(current_key), cache.make_and_validate_key(previous_key)]
        args = [repr(weight), limit, period * 2]
        if usage is not None:
            keys.append(usage[0])
            args += [usage[1], usage[2]]
        client = _client_of(cache)
        try:
            allowed, current, previous = _run_script(client, keys=keys, args=args)
        except redis.RedisError as exc:
            _paused_until = time.monotonic() + PAUSE_AFTER_FAILURE
            logger.error("API rate limit off for %g s: Redis unreachable: %s", PAUSE_AFTER_FAILURE, exc)
            return True, 0.0
    else:
        counts = cache.get_many([current_key, previous_key])
        current, previous = counts.get(current_key, 0), counts.get(previous_key, 0)
        allowed = previous * weight + current + 1 <= limit
        if allowed:
            cache.add(current_key, 0, timeout=period * 2)
            cache.incr(current_key)
    if allowed:
        return True, 0.0
    return False, _wait(current=int(current), previous=int(previous), limit=limit, period=period, elapsed=elapsed)


def _wait(*, current: int, previous: int, limit: int, period: int, elapsed: float) -> float:
    """Seconds until one more request fits: when enough of the previous window has slid out of the period, or,
    when this window alone is full, until the next window begins (plus what its predecessor then weighs)."""
    if current + 1 <= limit and previous:
        # previous × (1 − e') + current + 1 ≤ limit  ⇔  e' ≥ 1 − (limit − current − 1) / previous
        needed = 1.0 - (limit - current - 1) / previous
        return max(1.0, math.ceil((needed - elapsed) * period))
    rest_of_window = (1.0 - elapsed) * period
    # in the next window this one is the previous: current × (1 − e') + 1 ≤ limit
    needed = max(0.0, 1.0 - (limit - 1) / current) if current else 0.0
    return max(1.0, math.ceil(rest_of_window + needed * period))


class TokenRateThrottle(SimpleRateThrottle):
    """One budget per API token (per user for browser sessions); the 429 says when to come back."""

    scope = "token"

    def get_cache_key(self, request, view):
        if not request.user or not request.user.is_authenticated:
            return None
        token_key = getattr(request.auth, "token_key", None)
        ident = f"token:{token_key}" if token_key else f"user:{request.user.pk}"
        return self.cache_format % {"scope": self.scope, "ident": ident}

    def allow_request(self, request, view):
        if self.rate is None:
            return True
        key = self.get_cache_key(request, view)
        if key is None:
            return True
        usage = usage_counted_here(request)
        allowed, self._wait_seconds = take_from_budget(key, limit=self.num_requests, period=self.duration, usage=usage)
        return allowed

    def wait(self):
        return self._wait_seconds
