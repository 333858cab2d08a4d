"""Writes for API tokens: issue and revoke. Only users with the permission to add API tokens (superusers, or whom
an admin grants it) issue or revoke them."""

from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from knox.models import AuthToken

from api.models import ApiToken, TokenInfo

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
    *, user, name: str, acting_user, purpose: str = "", expires_at: datetime | None = None, demo: bool = False,
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
