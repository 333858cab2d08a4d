"""The API's fast paths (README, "Partner API" and "Benchmarks"): token, user and permissions in one query, the
atomic per-token rate limit, rows read through the fast cursor, and the list's query shapes. Each test checks what
a partner or an operator would notice when it breaks: a query count growing with the page, a token or permission
query repeated, a budget overrun under concurrency, a row that differs from the ORM's."""

import tempfile
import threading
from datetime import UTC, date, timedelta

import pytest
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext
from knox.models import AuthToken
from psycopg import pq

from api import filters as api_filters
from api.selectors import tokens_with_permissions
from api.throttling import TokenRateThrottle, take_from_budget
from tests.factories import FigureFactory, UserFactory, global_team
from tracker.choices import Role
from tracker.models import DisplacementFigure
from tracker.selectors import FIGURE_ROW_FIELDS, figure_rows, with_names_and_breakdown

pytestmark = pytest.mark.django_db


def _token_for(user):
    return AuthToken.objects.create(user=user, expiry=timedelta(days=1))[1]


def _get(api, token, url):
    return api.get(url, HTTP_AUTHORIZATION=f"Token {token}")


@pytest.fixture
def many_figures(world):
    for n in range(60):
        figure = FigureFactory(value=100 + n, region=world["town"], reporting_body=world["ocha"],
                               period_start=date(2020, 3, 1), period_end=date(2020, 3, 2))  # fmt: skip
        DisplacementFigure.objects.filter(pk=figure.pk).update(status="verified", reviewed_at=figure.created_at)
    return world


@pytest.mark.parametrize("role", [Role.PARTNER, Role.REVIEWER])
@pytest.mark.parametrize("query", ["", "region=SY07&period_after=2020-01-01&period_before=2020-12-31&unit=person"])
def test_a_list_costs_the_same_queries_for_1_and_50_rows_and_asks_for_the_token_once(api, many_figures, role, query):
    token = _token_for(UserFactory(role=role))
    counts = []
    for size in (1, 50):
        with CaptureQueriesContext(connection) as captured, _RoundTrips() as trips:
            response = _get(api, token, f"/api/v1/figures/?page_size={size}&{query}")
        assert response.status_code == 200, response.content
        assert len(response.json()["results"]) == size
        sqls = [q["sql"] for q in captured.captured_queries]
        assert sum("knox_authtoken" in sql for sql in sqls) == 1  # the token, once
        assert sum("auth_permission" in sql for sql in sqls) == 1  # the permissions: in that same query
        assert sum("auth_group" in sql for sql in sqls) == 1
        assert sum("tracker_team" in sql for sql in sqls) == 1  # the user's teams: in that same query too
        assert sum("api_tokeninfo_regions" in sql for sql in sqls) == 1  # and the token's region limit
        counts.append((len(sqls), trips.count))
    # token with permissions; (the region, its places;) the page; its breakdowns and names: each one round trip
    assert counts[0] == counts[1] and counts[0][0] == counts[0][1] <= 5, counts


class _RoundTrips:
    """Counts the round trips to PostgreSQL in libpq's trace of the connection: a simple query is one Query
    message, an extended one (bound on the server, prepared) ends with one Sync."""

    def __enter__(self):
        connection.ensure_connection()
        self.file = tempfile.TemporaryFile()
        self.pgconn = connection.connection.pgconn
        self.pgconn.trace(self.file.fileno())
        self.pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS)
        return self

    def __exit__(self, *exc):
        self.pgconn.untrace()
        self.file.seek(0)
        sent = [line.split(b"\t") for line in self.file.read().splitlines() if line.startswith(b"F\t")]
        self.count = sum(len(fields) > 2 and fields[2] in (b"Sync", b"Query") for fields in sent)
        self.file.close()


def test_a_figure_costs_three_round_trips(api, many_figures, django_assert_num_queries):
    token = _token_for(UserFactory(role=Role.PARTNER))
    figure = many_figures["verified"]
    # token with user, permissions, teams and limit; the row; its breakdown and names
    with django_assert_num_queries(3), _RoundTrips() as trips:
        response = _get(api, token, f"/api/v1/figures/{figure.pk}/")
    assert response.status_code == 200 and response.json()["id"] == figure.pk
    assert trips.count == 3


def _prepared_statements():
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return [row[0] for row in cursor.fetchall()]


def test_the_token_look_up_and_an_unfiltered_read_are_planned_once_but_a_filtered_list_every_time(api, many_figures):
    """Planning the token query cost more than running it (1.1 ms against 0.1 at 10k figures): repeated on one
    connection it is prepared. A filtered list is planned with its values each time (its best plan depends on
    them)."""
    token = _token_for(UserFactory(role=Role.PARTNER))
    figure = many_figures["verified"]
    for _ in range(7):  # more than the connection's prepare_threshold (config.settings: 5)
        assert _get(api, token, f"/api/v1/figures/{figure.pk}/").status_code == 200
        assert _get(api, token, "/api/v1/figures/?page_size=10").status_code == 200
        assert _get(api, token, "/api/v1/figures/?term=displaced&page_size=10").status_code == 200
    prepared = _prepared_statements()
    assert sum("knox_authtoken" in sql for sql in prepared) == 1
    assert sum("tracker_figurebreakdown" in sql for sql in prepared) == 1  # one text whatever the page's size
    figure_reads = [sql for sql in prepared if 'FROM "tracker_displacementfigure"' in sql]
    assert any('"id" = $' in sql for sql in figure_reads)  # the detail
    assert figure_reads and not any('"term" = $' in sql or '"term" IN' in sql for sql in figure_reads)


JOINED = {
    "location_as_written": F("raw_location"),
    "reporting_body_as_written": F("raw_reporting_body"),
    "region_name": F("region__name"),
    "region_pcode": F("region__pcode"),
    "reporting_body_name": F("reporting_body__name"),
    "source_url": F("source__url"),
}


def test_the_fast_rows_are_the_rows_the_orm_gives(many_figures):
    queryset = DisplacementFigure.objects.order_by("id")
    fast = list(figure_rows(queryset))
    plain = list(
        queryset.values(
            *FIGURE_ROW_FIELDS, location_as_written=F("raw_location"), reporting_body_as_written=F("raw_reporting_body")
        )
    )  # Django's own
    assert fast == plain and len(fast) == 62
    stamp = fast[0]["created_at"]
    assert stamp.utcoffset() == timedelta(0) and stamp == DisplacementFigure.objects.get(pk=fast[0]["id"]).created_at
    assert [r["id"] for r in figure_rows(queryset)[:5]] == [r["id"] for r in plain[:5]]
    # a streamed read (exports) keeps Django's server-side cursor, and the same rows
    assert list(figure_rows(queryset).iterator(chunk_size=7)) == plain


def test_the_names_added_to_the_rows_are_what_the_joins_give(many_figures, django_assert_num_queries):
    unverified = DisplacementFigure.objects.exclude(status="verified").order_by("id")
    DisplacementFigure.objects.filter(pk__in=list(unverified.values_list("id", flat=True)[:3])).update(
        reporting_body=None, source=None, region=None
    )  # rows that name nothing get None, as a join would give
    queryset = DisplacementFigure.objects.order_by("id")
    rows = list(figure_rows(queryset))
    with django_assert_num_queries(1), _RoundTrips() as trips:  # breakdowns, regions, bodies, sources: one query
        complete = with_names_and_breakdown(rows)
    assert trips.count == 1
    joined = list(queryset.values("id", **JOINED))
    assert [{key: row[key] for key in ("id", *JOINED)} for row in complete] == joined
    assert any(row["region_name"] is None for row in complete) and any(row["region_name"] for row in complete)


@pytest.mark.parametrize("role", ["partner", "editor", "reviewer", "direct"])
def test_the_one_query_reads_the_permissions_modelbackend_would(world, role):
    user = UserFactory(role=Role.PARTNER) if role in ("partner", "direct") else world[role]
    if role == "direct":
        user.user_permissions.add(Permission.objects.get(codename="change_region"))
    token_key = AuthToken.objects.create(user=user)[0].token_key
    (token,) = tokens_with_permissions(token_key=token_key)
    fresh = type(user).objects.get(pk=user.pk)
    backend = ModelBackend()
    assert set(token.user_perms) == backend.get_user_permissions(fresh)
    assert set(token.group_perms) == backend.get_group_permissions(fresh)
    assert token.user == user and token.user.username == user.username


def test_permission_changes_apply_on_the_next_request(api, world):
    """Nothing about a user's rights is cached between requests: a partner made editor may see drafts at once."""
    user = UserFactory(role=Role.PARTNER)
    token = _token_for(user)
    assert _get(api, token, "/api/v1/figures/?status=draft").json()["results"] == []
    user.groups.add(world["editor"].groups.get())
    user.teams.add(global_team())  # staff see figures where a team of theirs works
    assert [r["id"] for r in _get(api, token, "/api/v1/figures/?status=draft").json()["results"]] == [world["draft"].pk]
    user.is_active = False
    user.save()
    assert _get(api, token, "/api/v1/figures/").status_code == 401


def test_an_expired_token_is_deleted_when_presented_and_others_are_left_alone(api):
    user = UserFactory(role=Role.PARTNER)
    expired, secret = AuthToken.objects.create(user=user, expiry=timedelta(seconds=-1))
    other_expired = AuthToken.objects.create(user=user, expiry=timedelta(seconds=-1))[0]
    assert _get(api, secret, "/api/v1/regions/").status_code == 401
    assert not AuthToken.objects.filter(pk=expired.pk).exists()
    assert AuthToken.objects.filter(pk=other_expired.pk).exists()  # removed when it is presented, not before
    assert _get(api, "0" * 64, "/api/v1/regions/").status_code == 401
    assert _get(api, "not hex at all" + "z" * 50, "/api/v1/regions/").status_code == 401


def test_a_superuser_token_reads_everything(api, world):
    token = _token_for(UserFactory(is_superuser=True, is_staff=True))
    assert len(_get(api, token, "/api/v1/figures/").json()["results"]) == 2


def test_the_budget_holds_under_concurrent_requests():
    """20 threads × 10 requests against a budget of 50: exactly 50 pass (a read-modify-write throttle lets more)."""
    cache.clear()
    allowed, lock = [], threading.Lock()

    def hammer():
        for _ in range(10):
            ok, _ = take_from_budget("throttle_test:concurrent", limit=50, period=3600)
            with lock:
                allowed.append(ok)

    threads = [threading.Thread(target=hammer) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert allowed.count(True) == 50 and allowed.count(False) == 150


def test_the_window_slides_and_refusals_do_not_count():
    cache.clear()
    key, start = "throttle_test:sliding", 1_000_020 * 60.0  # the start of a one-minute window
    assert all(take_from_budget(key, limit=10, period=60, now=start + 1)[0] for _ in range(10))
    ok, wait = take_from_budget(key, limit=10, period=60, now=start + 2)
    assert not ok and 60 <= wait <= 120  # until enough of this window has slid out of the last minute
    for _ in range(50):  # a client that ignores Retry-After does not push its own wait further
        take_from_budget(key, limit=10, period=60, now=start + 3)
    assert not take_from_budget(key, limit=10, period=60, now=start + 61)[0]  # the last minute had 10
    # half-way through the next window, half of the previous window's requests still count: room for 5
    assert [take_from_budget(key, limit=10, period=60, now=start + 90)[0] for _ in range(6)] == [True] * 5 + [False]
    assert take_from_budget(key, limit=10, period=60, now=start + 181)[0]  # two windows later: all forgotten


def test_a_throttled_token_is_told_when_to_come_back(api, monkeypatch):
    cache.clear()
    monkeypatch.setattr(TokenRateThrottle, "THROTTLE_RATES", {"token": "2/hour"})
    token = _token_for(UserFactory(role=Role.PARTNER))
    assert [_get(api, token, "/api/v1/regions/").status_code for _ in range(3)] == [200, 200, 429]
    refused = _get(api, token, "/api/v1/regions/")
    assert refused.status_code == 429 and 1 <= int(refused["Retry-After"]) <= 7200


def test_a_large_region_filters_by_its_path_and_gives_the_same_figures(api, world, monkeypatch):
    token = _token_for(UserFactory(role=Role.REVIEWER))
    by_ids = _get(api, token, "/api/v1/figures/?region=SY").json()["results"]
    monkeypatch.setattr(api_filters, "SUBTREE_AS_IDS", 0)
    with CaptureQueriesContext(connection) as captured:
        by_path = _get(api, token, "/api/v1/figures/?region=SY").json()["results"]
    assert by_ids == by_path and len(by_ids) == 2
    assert any("LIKE" in q["sql"] and "tracker_displacementfigure" in q["sql"] for q in captured.captured_queries)


@pytest.mark.parametrize(
    "query,expected",
    [
        ("period_after=2020-02-05", {"verified", "draft"}),  # verified ends on 5 Feb: kept
        ("period_after=2020-02-06", {"draft"}),
        ("period_before=2020-01-31", set()),
        ("period_before=2020-02-01", {"verified", "draft"}),  # both start on 1 Feb
        ("period_after=2020-02-06&period_before=2020-02-09", {"draft"}),
    ],
)
def test_the_period_filters_keep_their_meaning(api, world, query, expected):
    token = _token_for(world["reviewer"])
    ids = {r["id"] for r in _get(api, token, f"/api/v1/figures/?{query}").json()["results"]}
    assert ids == {world[name].pk for name in expected}


def test_the_timestamps_are_written_as_before(api, world):
    token = _token_for(UserFactory(role=Role.PARTNER))
    row = _get(api, token, f"/api/v1/figures/{world['verified'].pk}/").json()
    stamp = world["verified"].updated_at.astimezone(UTC)
    assert row["updated_at"] == stamp.isoformat() and row["updated_at"].endswith("+00:00")


def test_a_figure_is_read_without_compiling_once_its_kind_of_reader_has_read_one(api, many_figures, monkeypatch):
    """The detail's statement is compiled once per kind of reader (scope, sees unverified or not), then reused."""
    from django.db.models.sql.compiler import SQLCompiler

    token = _token_for(UserFactory(role=Role.PARTNER))
    figure = many_figures["verified"]
    assert _get(api, token, f"/api/v1/figures/{figure.pk}/").status_code == 200
    compiled = []
    as_sql = SQLCompiler.as_sql
    other = DisplacementFigure.objects.filter(status="verified").exclude(pk=figure.pk).first()
    monkeypatch.setattr(SQLCompiler, "as_sql", lambda self, *a, **k: compiled.append(1) or as_sql(self, *a, **k))
    response = _get(api, token, f"/api/v1/figures/{other.pk}/")
    assert response.status_code == 200 and response.json()["id"] == other.pk and compiled == []
    draft = FigureFactory(region=many_figures["town"])  # not verified: a partner's detail does not find it
    assert _get(api, token, f"/api/v1/figures/{draft.pk}/").status_code == 404
    assert _get(api, token, "/api/v1/figures/99999999999999999999/").status_code == 404
