"""Writes for API tokens: issue and revoke. Only users with the permission to add API tokens (superusers, or whom
an admin grants it) issue or revoke them. Usage counters are copied from Redis here too."""

import base64
from datetime import date, datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from knox.models import AuthToken

from api.models import ApiToken, TokenInfo, TokenUsage
from api.usage import FIELD_SEPARATOR, day_key, usage_redis

ISSUE_PERMISSION = "api.add_apitoken"
REVOKE_PERMISSION = "api.delete_apitoken"


def default_token_expiry(*, now: datetime | None = None) -> datetime:
    return (now or timezone.now()) + settings.REST_KNOX["TOKEN_TTL"]


def _check_expiry(expires_at: datetime, now: datetime) -> None:
    if expires_at <= now:
        raise ValidationError({"expires_at": "The expiry must be in the future."})
    longest = timedelta(days=settings.API_TOKEN_MAX_DAYS)
    if expires_at - now > longest:
        raise ValidationError(
            {"expires_at": f"A token can be valid for at most {settings.API_TOKEN_MAX_DAYS} days (API_TOKEN_MAX_DAYS)."}
        )


@transaction.atomic
def issue_token(
    *,
    user,
    name: str,
    acting_user,
    purpose: str = "",
    expires_at: datetime | None = None,
    demo: bool = False,
    regions=(),
) -> tuple[ApiToken, str]:
    """A new token for `user`; returns it and its secret, which is shown once and stored only as a hash.
    `regions`: limit the token to these regions' subtrees (on top of the user's own teams); none: no limit."""
    if acting_user is not None and not acting_user.has_perm(ISSUE_PERMISSION):
        raise PermissionDenied("Only administrators issue API tokens.")
    if not user.is_active:
        raise ValidationError({"user": f"{user} is not active: an inactive user's token would not work."})
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": "Give the token a name, so that it can be told apart from the others."})
    now = timezone.now()
    expires_at = expires_at or default_token_expiry(now=now)
    _check_expiry(expires_at, now)
    instance, secret = AuthToken.objects.create(user=user, expiry=expires_at - now)
    info = TokenInfo.objects.create(
        token=instance, name=name[:100], purpose=purpose.strip(), created_by=acting_user, demo=demo
    )
    if regions:
        info.regions.set(regions)
    return ApiToken.objects.select_related("user", "info").get(pk=instance.pk), secret


@transaction.atomic
def revoke_tokens(*, tokens, acting_user) -> int:
    if acting_user is not None and not acting_user.has_perm(REVOKE_PERMISSION):
        raise PermissionDenied("Only administrators revoke API tokens.")
    _, per_model = AuthToken.objects.filter(pk__in=[token.pk for token in tokens]).delete()
    return per_model.get(AuthToken._meta.label, 0)


@transaction.atomic
def replace_demo_token(*, user) -> tuple[ApiToken, str]:
    """The demo loader's token for `user`: its earlier demo tokens are revoked, every other token is left alone."""
    AuthToken.objects.filter(user=user, info__demo=True).delete()
    return issue_token(
        user=user, name="Demo partner token", purpose="Printed by load_demo.", acting_user=None, demo=True
    )


def flush_usage(*, today: date | None = None) -> int:
    """Copy the request counters of the last API_USAGE_KEEP_DAYS days from Redis into TokenUsage.

    Redis holds each day's absolute counts until they expire, so each row is set to the count (never added to):
    flushing twice, or two flushes at once, count nothing twice. A count never goes down: if Redis lost its data
    (restarted without persistence), the row keeps the higher number it had. Returns the rows written. Raises
    redis.RedisError when Redis cannot be read (the task is retried at the next beat).
    """
    client = usage_redis()
    if client is None:
        return 0
    today = today or timezone.localdate()
    days = [today - timedelta(days=n) for n in range(settings.API_USAGE_KEEP_DAYS)]
    pipe = client.pipeline(transaction=False)
    for day in days:
        pipe.hgetall(day_key(day))
    counts: dict[tuple[date, str, str], int] = {}
    for day, fields in zip(days, pipe.execute(), strict=True):
        for name, value in fields.items():
            token_key, _, app = name.decode("utf-8", errors="replace").partition(FIELD_SEPARATOR)
            counts[(day, token_key[:25], app[:200])] = int(value)
    if not counts:
        return 0
    now = timezone.now()
    with transaction.atomic():
        stored = {
            (row.day, row.token_key, row.app_identifier): row.requests
            for row in TokenUsage.objects.filter(day__in={day for day, _, _ in counts}).only(
                "day", "token_key", "app_identifier", "requests"
            )
        }
        tokens = dict(
            AuthToken.objects.filter(token_key__in={key for _, key, _ in counts}).values_list("token_key", "pk")
        )
        rows = [
            TokenUsage(day=day, token_key=key, app_identifier=app, token_id=tokens.get(key), flushed_at=now,
                       requests=max(count, stored.get((day, key, app), 0)))
            for (day, key, app), count in counts.items()
        ]  # fmt: skip
        TokenUsage.objects.bulk_create(
            rows,
            batch_size=1000,
            update_conflicts=True,
            unique_fields=["day", "token_key", "app_identifier"],
            update_fields=["requests", "token", "flushed_at"],
        )
    return len(rows)


def seed_demo_usage(*, token: AuthToken) -> None:
    """A week of made-up usage for the demo partner token, so that the usage page shows what it looks like."""
    today = timezone.localdate()
    app = base64.b64encode(b"demo-dashboard:partner@example.org").decode()
    rows = [
        TokenUsage(day=today - timedelta(days=n), token_key=token.token_key, token=token, app_identifier=identifier,
                   requests=requests, flushed_at=timezone.now())
        for n in range(1, 8)
        for identifier, requests in (("", 40 + 7 * n), (app, 12 + n))
    ]  # fmt: skip
    TokenUsage.objects.bulk_create(rows, ignore_conflicts=True)
