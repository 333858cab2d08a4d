from django.db.models import QuerySet

from api.models import ApiToken


def tokens_for_admin() -> QuerySet[ApiToken]:
    """Tokens with their user, name and issuer, in one query."""
    return ApiToken.objects.select_related("user", "info", "info__created_by").order_by("-created")
