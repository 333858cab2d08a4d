from django.db.models import QuerySet
from knox.models import AuthToken

from api.models import ApiToken, TokenInfo, TokenUsage
from tracker.models import Region
from tracker.selectors import RegionScope, region_scope


def tokens_for_admin() -> QuerySet[ApiToken]:
    """Tokens with their user, name and issuer, in one query."""
    return ApiToken.objects.select_related("user", "info", "info__created_by").order_by("-created")


def token_regions(*, token) -> list[Region]:
    """The regions a token is limited to (empty: no limit). One query."""
    if not isinstance(token, AuthToken):
        return []
    through = TokenInfo.regions.through
    return list(Region.objects.filter(pk__in=through.objects.filter(tokeninfo_id=token.pk).values("region_id")))


def request_scope(request) -> RegionScope:
    """Where this API request may reach: the user's teams (tracker.selectors.region_scope), narrowed to the
    token's regions when the token is limited to some. Every API read and write goes through it; kept on the
    request, so it costs two queries at most per request."""
    cached = getattr(request, "_tracker_region_scope", None)
    if cached is None:
        cached = region_scope(user=request.user, token_regions=token_regions(token=getattr(request, "auth", None)))
        request._tracker_region_scope = cached
    return cached


def usage_for_admin() -> QuerySet[TokenUsage]:
    """Usage rows with their token's name and user, in one query."""
    return TokenUsage.objects.select_related("token__info", "token__user")
