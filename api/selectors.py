from django.contrib.auth.models import Permission
from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import CharField, F, OuterRef, QuerySet, Value
from django.db.models.functions import Concat
from knox.models import AuthToken

from api.models import ApiToken


def tokens_for_admin() -> QuerySet[ApiToken]:
    """Tokens with their user, name and issuer, in one query."""
    return ApiToken.objects.select_related("user", "info", "info__created_by").order_by("-created")


def _permission_labels(**lookup) -> ArraySubquery:
    """'app_label.codename' of the permissions matching `lookup`, as ModelBackend names them."""
    labels = (
        Permission.objects.filter(**lookup)
        .order_by()
        .values(label=Concat(F("content_type__app_label"), Value("."), F("codename"), output_field=CharField()))
    )
    return ArraySubquery(labels)


def tokens_with_permissions(*, token_key: str) -> QuerySet[AuthToken]:
    """The tokens with this key (almost always one), each with its user and the user's own and group permissions
    (`user_perms`, `group_perms`), in one query."""
    return (
        AuthToken.objects.filter(token_key=token_key)
        .select_related("user")
        .annotate(
            user_perms=_permission_labels(user=OuterRef("user_id")),
            group_perms=_permission_labels(group__user=OuterRef("user_id")),
        )
    )
