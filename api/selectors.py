from functools import cache

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Max, QuerySet
from knox.models import AuthToken

from api.models import ApiToken, TokenInfo, TokenUsage
from tracker.fastrows import fast_cursor
from tracker.models import Region, Team
from tracker.selectors import RegionScope, region_scope


def tokens_for_admin() -> QuerySet[ApiToken]:
    """Tokens with their user, name and issuer, in one query."""
    return ApiToken.objects.select_related("user", "info", "info__created_by").order_by("-created")


def tokens_with_last_use(*, queryset: QuerySet[ApiToken]) -> QuerySet[ApiToken]:
    """The tokens with `last_used`: the last day the usage counters recorded a request (None: none recorded).
    One query."""
    return queryset.annotate(last_used=Max("usage__day"))


def token_regions(*, token) -> list[Region]:
    """The regions a token is limited to (empty: no limit). One query."""
    if not isinstance(token, AuthToken):
        return []
    through = TokenInfo.regions.through
    return list(Region.objects.filter(pk__in=through.objects.filter(tokeninfo_id=token.pk).values("region_id")))


class _Path:
    """A region as far as a scope needs it: its materialized path."""

    def __init__(self, path: str) -> None:
        self.path = path


def request_scope(request) -> RegionScope:
    """Where this API request may reach: the user's teams (tracker.selectors.region_scope), narrowed to the
    token's regions when the token is limited to some. Every API read and write goes through it; kept on the
    request, so it costs two queries at most per request."""
    cached = getattr(request, "_tracker_region_scope", None)
    if cached is None:
        token = getattr(request, "auth", None)
        paths = getattr(token, "region_paths", None)  # read with the token (PostgreSQL), else asked here
        regions = token_regions(token=token) if paths is None else [_Path(path) for path in paths]
        cached = region_scope(user=request.user, token_regions=regions)
        request._tracker_region_scope = cached
    return cached


def usage_for_admin() -> QuerySet[TokenUsage]:
    """Usage rows with their token's name and user, in one query."""
    return TokenUsage.objects.select_related("token__info", "token__user")


@cache
def _token_query() -> tuple[str, list[str], list[str]]:
    """The SQL of tokens_with_permissions and the attribute names of its token and user columns, built once."""
    user_model = get_user_model()
    token_fields = [f for f in AuthToken._meta.concrete_fields]
    user_fields = [f for f in user_model._meta.concrete_fields]
    perm, ctype = Permission._meta.db_table, ContentType._meta.db_table
    user_perms = user_model.user_permissions.through._meta.db_table
    user_groups = user_model.groups.through._meta.db_table
    group_perms = Group.permissions.through._meta.db_table
    label = f'c.app_label || \'.\' || p.codename FROM "{perm}" p JOIN "{ctype}" c ON c.id = p.content_type_id'
    team, region = Team._meta.db_table, Region._meta.db_table
    team_members, team_regions = Team.members.through._meta, Team.regions.through._meta
    token_regions_ = TokenInfo.regions.through._meta
    tm_team, tm_user = (team_members.get_field(n).column for n in ("team", "user"))
    tr_team, tr_region = (team_regions.get_field(n).column for n in ("team", "region"))
    tk_info, tk_region = (token_regions_.get_field(n).column for n in ("tokeninfo", "region"))
    columns = [f't."{f.column}"' for f in token_fields] + [f'u."{f.column}"' for f in user_fields]
    # names from the models' metadata; the one value is a parameter
    sql = f"""
        SELECT {", ".join(columns)},
               ARRAY(SELECT {label} JOIN "{user_perms}" up ON up.permission_id = p.id WHERE up.user_id = u.id),
               ARRAY(SELECT {label} JOIN "{group_perms}" gp ON gp.permission_id = p.id
                     JOIN "{user_groups}" ug ON ug.group_id = gp.group_id WHERE ug.user_id = u.id),
               ARRAY(SELECT CASE WHEN tt.is_global THEN 'G' ELSE 'T' END || COALESCE(r.path, '')
                     FROM "{team_members.db_table}" tm JOIN "{team}" tt ON tt.id = tm."{tm_team}"
                     LEFT JOIN "{team_regions.db_table}" tr ON tr."{tr_team}" = tt.id
                     LEFT JOIN "{region}" r ON r.id = tr."{tr_region}" WHERE tm."{tm_user}" = u.id),
               ARRAY(SELECT r.path FROM "{token_regions_.db_table}" tk JOIN "{region}" r ON r.id = tk."{tk_region}"
                     WHERE tk."{tk_info}" = t.digest)
        FROM "{AuthToken._meta.db_table}" t JOIN "{user_model._meta.db_table}" u ON u.id = t.user_id
        WHERE t.token_key = %s
    """  # noqa: S608
    return sql, [f.attname for f in token_fields], [f.attname for f in user_fields]


def tokens_with_permissions(*, token_key: str) -> list[AuthToken]:
    """The tokens with this key (almost always one), each with its user loaded, the user's own and group
    permissions as ModelBackend names them ('app_label.codename') in `user_perms` and `group_perms`, the user's
    teams' rows in `team_rows` (tracker.selectors.prime_region_scope) and the token's region limit's paths in
    `region_paths`: one query
    (a prepared statement), however many permissions and groups the user has."""
    if connections[DEFAULT_DB_ALIAS].vendor != "postgresql":  # SQLite (run_dev): knox's query; permissions lazily
        return list(AuthToken.objects.filter(token_key=token_key).select_related("user"))
    sql, token_names, user_names = _token_query()
    with fast_cursor() as cursor:
        cursor.execute(sql, [token_key])
        rows = cursor.fetchall()
    user_model, n_token, n_user = get_user_model(), len(token_names), len(user_names)
    tokens = []
    for row in rows:
        token = AuthToken.from_db(DEFAULT_DB_ALIAS, token_names, row[:n_token])
        user = user_model.from_db(DEFAULT_DB_ALIAS, user_names, row[n_token : n_token + n_user])
        AuthToken.user.field.set_cached_value(token, user)
        token.user_perms, token.group_perms = row[-4], row[-3]
        token.team_rows = [(code[0] == "G", code[1:] or None) for code in row[-2]]
        token.region_paths = list(row[-1])
        tokens.append(token)
    return tokens
