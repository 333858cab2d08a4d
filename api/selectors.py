from django.db.models import QuerySet

from api.models import ApiToken, TokenUsage


def tokens_for_admin() -> QuerySet[ApiToken]:
    """Tokens with their user, name and issuer, in one query."""
    return ApiToken.objects.select_related("user", "info", "info__created_by").order_by("-created")


def usage_for_admin() -> QuerySet[TokenUsage]:
    """Usage rows with their token's name and user, in one query."""
    return TokenUsage.objects.select_related("token__info", "token__user")
