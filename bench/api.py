"""API speed at 10k to 1M figures: the figures list, its narrow filters, the detail and the totals endpoint, each
against a hand-written baseline (raw psycopg + orjson) timed in the same run.

Loads N figures into PostgreSQL with COPY (database `<your database>_bench_api_<N>`, created here and kept, so a
second run at the same size starts at once), then times, alternating API and baseline round by round so that
both see the same noise:
  - list, first page:      GET /api/v1/figures/?page_size=100 (no filter)
  - list, governorate+month: ?region=SY07&period_after=…&period_before=… (a subtree, one month)
  - list, town+month:      ?region=<one town>&period_after=…&period_before=… (the narrow filter)
  - list, town+month, same work: the baseline also checks the token, the user, the role and finds the region
  - detail:                GET /api/v1/figures/<id>/
  - totals:                GET /api/v1/totals/?region=SY07&period=month&… against hand-written SQL (GROUP BY and
                           DISTINCT ON) with the same roll-up.
Every API call goes through the whole stack: middleware, knox token auth, the role check, the per-token throttle
(on, with a budget the bench cannot exhaust), the filters and the cursor page. Before timing, each API answer is
compared with its baseline's (the same rows, field by field), so the two do the same work.
Prints medians and ratios (API ÷ baseline). Needs PostgreSQL and Redis running.
Run: .venv/bin/python bench/api.py [N_FIGURES] [ROUNDS]; `--smoke` runs 2,000 figures and 2 rounds on a fresh
database of its own (`<your database>_bench_api_smoke`), as the test suite does, so that the bench cannot rot.
"""

import os
import random
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SMOKE = "--smoke" in sys.argv
ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
N = 2_000 if SMOKE else int(ARGS[0]) if ARGS else 1_000_000
os.environ.setdefault("API_RATE", "1000000/hour")
os.environ.setdefault("ACCESS_LOG_LEVEL", "WARNING")  # one log line per request is the log sink's cost, not the API's

import orjson  # noqa: E402
import psycopg  # noqa: E402
from _benchdb import base_name, use_bench_database  # noqa: E402
from psycopg.rows import dict_row  # noqa: E402

DB = f"{base_name()}_bench_api_{'smoke' if SMOKE else N}"
PG = use_bench_database(DB, fresh=SMOKE)

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from knox.models import AuthToken  # noqa: E402
from tqdm import tqdm  # noqa: E402

from tests.factories import UserFactory  # noqa: E402
from tracker.choices import RegionLevel, Role  # noqa: E402
from tracker.demo import load_reference_data  # noqa: E402
from tracker.models import DisplacementFigure, Region, ReportingBody, Source  # noqa: E402
from tracker.selectors import _bucket_end  # noqa: E402

START, END = date(2020, 2, 1), date(2020, 2, 29)
N_SOURCES = 500


def copy_rows(model, rows):
    """COPY rows in, every column of the model filled: what a row does not give takes the field's default, so a
    column added to the model later cannot break the bench."""
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    columns = [f.column for f in fields]
    defaults = {f.attname: (None if f.null and not f.has_default() else f.get_default()) for f in fields}
    with connection.cursor() as cursor:
        copy_sql = f"COPY {model._meta.db_table} ({', '.join(columns)}) FROM STDIN"
        with cursor.cursor.copy(copy_sql) as copy:  # psycopg 3 COPY
            for row in rows:
                copy.write_row([row.get(f.attname, defaults[f.attname]) for f in fields])
        cursor.execute(f"ANALYZE {model._meta.db_table}")


def copy_figures(rows):
    copy_rows(DisplacementFigure, rows)


def load(n):
    """n figures over two years, the demo gazetteer's regions and the starter bodies; 80 % verified, some with
    a source document. Kept between runs (a database per size)."""
    if DisplacementFigure.objects.count() == n:
        return
    call_command("flush", interactive=False, verbosity=0)
    load_reference_data()
    now = datetime.now(UTC)
    copy_rows(Source, ({"title": f"Report {i}", "url": f"https://example.org/report/{i}", "text": f"Report {i}.",
                        "content_hash": f"{i:064x}", "created_at": now, "updated_at": now}
                       for i in range(N_SOURCES)))  # fmt: skip
    regions = list(Region.objects.values_list("id", flat=True))
    bodies = list(ReportingBody.objects.values_list("id", flat=True))
    sources = list(Source.objects.values_list("id", flat=True))
    rng = random.Random(7)

    def rows():
        for _ in tqdm(range(n), desc="figures", unit="row", mininterval=2, disable=SMOKE):
            start = date(2019, 1, 1) + timedelta(days=rng.randrange(730))
            value = rng.randrange(10, 50_000)
            verified = rng.random() < 0.8
            yield {
                "created_at": now, "updated_at": now, "value": value, "persons": value, "period_start": start,
                "period_end": start + timedelta(days=rng.randrange(14)), "region_id": rng.choice(regions),
                "term": rng.choice(["displaced", "fled", "returned"]),
                "category": rng.choice(["flow", "flow", "stock"]), "reporting_body_id": rng.choice(bodies),
                "source_id": rng.choice(sources) if rng.random() < 0.3 else None,
                "role": rng.choice(["triangulation"] * 9 + ["recommended"]),
                "status": "verified" if verified else "extracted", "reviewed_at": now if verified else None,
            }  # fmt: skip

    copy_figures(rows())
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE tracker_displacementfigure")


FIGURE_SELECT = """
    SELECT f.id, f.value, f.value_high, f.qualifier, f.unit, f.household_size, f.persons, f.term, f.category,
           f.period_start, f.period_end, f.period_accuracy, f.region_id AS region, f.reporting_body_id AS
           reporting_body, f.source_id AS source, f.event_id AS event, f.quote, f.quote_start, f.quote_end,
           f.role, f.status, f.reviewed_at, f.created_at, f.updated_at, f.cause, f.hazard, f.housing_destroyed,
           r.name AS region_name, r.pcode AS region_pcode, f.raw_location AS location_as_written,
           f.raw_reporting_body AS reporting_body_as_written, b.name AS reporting_body_name, s.url AS source_url
    FROM tracker_displacementfigure f
    LEFT JOIN tracker_region r ON r.id = f.region_id
    LEFT JOIN tracker_reportingbody b ON b.id = f.reporting_body_id
    LEFT JOIN tracker_source s ON s.id = f.source_id
"""


def _dumps(data):
    return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS, default=str)


def _with_breakdown(conn, rows):
    """Each row's breakdown by sex and age, as the API adds it: one query for the page."""
    parts = {row["id"]: [] for row in rows}
    for row in rows:
        row["breakdown"] = parts[row["id"]]
    if parts:
        found = conn.cursor(row_factory=dict_row).execute(
            'SELECT figure_id, sex, age_from, age_to, "group", count, share, qualifier FROM tracker_figurebreakdown '
            "WHERE figure_id = ANY(%s) ORDER BY figure_id, id",
            (list(parts),),
        )
        for part in found:
            parts[part.pop("figure_id")].append(part)
    return rows


def baseline_list(conn, region_ids=None, after=None, before=None):
    """The page by hand: one SELECT and orjson. The best shape found with EXPLAIN at 1M, given the same help the
    API has: the subtree's region ids known in advance, the period as one range overlap (its GiST index)."""
    where, params = ["f.status = 'verified'"], []
    if region_ids is not None:
        where.append("f.region_id = ANY(%s::bigint[])")
        params.append(region_ids)
    if after is not None or before is not None:
        where.append("daterange(f.period_start, f.period_end, '[]') && daterange(%s::date, %s::date, '[]')")
        params += [after, before]
    sql = f"{FIGURE_SELECT} WHERE {' AND '.join(where)} ORDER BY f.id LIMIT 101"
    rows = conn.cursor(row_factory=dict_row).execute(sql, params).fetchall()
    return _dumps({"next": None, "previous": None, "results": _with_breakdown(conn, rows[:100])})


def baseline_list_same_work(conn, token, region_id, after, before):
    """What the endpoint does, by hand: check the token, the user and the role, find the region, then list."""
    from hmac import compare_digest

    from knox.crypto import hash_token

    digest, user_id, expiry = conn.execute(
        "SELECT digest, user_id, expiry FROM knox_authtoken WHERE token_key = %s", (token[:15],)
    ).fetchone()
    assert compare_digest(digest, hash_token(token)) and (expiry is None or expiry > datetime.now(UTC))
    assert conn.execute("SELECT is_active FROM auth_user WHERE id = %s", (user_id,)).fetchone()[0]
    allowed = conn.execute(
        """SELECT 1 FROM auth_permission p JOIN auth_group_permissions gp ON gp.permission_id = p.id
           JOIN auth_user_groups ug ON ug.group_id = gp.group_id
           WHERE ug.user_id = %s AND p.codename = 'view_displacementfigure' LIMIT 1""",
        (user_id,),
    ).fetchone()
    assert allowed
    (ids,) = conn.execute(
        "SELECT array_agg(id) FROM tracker_region WHERE path LIKE (SELECT path FROM tracker_region WHERE id = %s) "
        "|| '%%'",
        (region_id,),
    ).fetchone()
    return baseline_list(conn, ids, after, before)


def baseline_detail(conn, figure_id):
    row = (
        conn.cursor(row_factory=dict_row)
        .execute(f"{FIGURE_SELECT} WHERE f.status = 'verified' AND f.id = %s", (figure_id,))
        .fetchone()
    )
    return _dumps(_with_breakdown(conn, [row])[0])


def baseline_totals(conn, region, start, end, granularity="month", category="flow", terms=None):
    groups = conn.execute(
        """
        WITH f AS (
            SELECT f.*, date_trunc(%(granularity)s, f.period_end)::date AS bucket,
                   CASE f.role WHEN 'recommended' THEN 1 ELSE 0 END AS role_rank,
                   CASE b.reliability WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END AS rel
            FROM tracker_displacementfigure f
            JOIN tracker_region r ON r.id = f.region_id
            LEFT JOIN tracker_reportingbody b ON b.id = f.reporting_body_id
            WHERE f.status = 'verified' AND f.category = %(category)s AND f.persons IS NOT NULL
              AND r.path LIKE %(path)s AND f.period_end >= %(start)s AND f.period_end <= %(end)s
              AND (%(terms)s::text[] IS NULL OR f.term = ANY(%(terms)s::text[]))
        ), g AS (
            SELECT region_id, bucket, term, min(persons) lo, max(persons) hi, count(*) n,
                   count(source_id) s
            FROM f GROUP BY region_id, bucket, term
        ), p AS (
            SELECT DISTINCT ON (region_id, bucket, term) region_id, bucket, term, id, persons
            FROM f ORDER BY region_id, bucket, term, role_rank DESC, rel DESC, period_end DESC, updated_at DESC,
                     id DESC
        )
        SELECT g.region_id, g.bucket, g.term, p.persons, p.id, g.lo, g.hi, g.n, g.s
        FROM g JOIN p USING (region_id, bucket, term)
        """,
        {"granularity": granularity, "category": category, "path": region["path"] + "%", "start": start, "end": end,
         "terms": terms},
    ).fetchall()  # fmt: skip
    regions = {row[0]: row for row in conn.execute(
        "SELECT id, parent_id, path, name, pcode, level FROM tracker_region WHERE path LIKE %s",
        (region["path"] + "%",))}  # fmt: skip
    children = {}
    for rid, parent, *_ in regions.values():
        children.setdefault(parent, []).append(rid)
    own = {(g[0], g[1], g[2]): g for g in groups}
    memo = {}

    def total(rid, bucket, term):
        key = (rid, bucket, term)
        if key not in memo:
            if key in own:
                memo[key] = own[key][3]
            else:
                parts = [t for c in children.get(rid, []) if (t := total(c, bucket, term)) is not None]
                memo[key] = sum(parts) if parts else None
        return memo[key]

    out = []
    for bucket, term in sorted({(b, t) for (_, b, t) in own}):
        persons = total(region["id"], bucket, term)
        if persons is not None:
            out.append({"region": region["id"], "period_start": bucket, "period_end": _bucket_end(bucket, granularity),
                        "term": term, "persons": persons})  # fmt: skip
    return orjson.dumps(out)


def timed(fn, rounds):
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def _same_rows(api_response, baseline_bytes):
    """The API's page and the baseline's carry the same rows, field by field (the API's JSON, as a client reads
    it, against the baseline's)."""
    assert api_response.status_code == 200, api_response.content[:300]
    api, base = api_response.json(), orjson.loads(baseline_bytes)
    api_rows = api["results"] if isinstance(api, dict) and "results" in api else [api]
    base_rows = base["results"] if isinstance(base, dict) and "results" in base else [base]
    assert api_rows == base_rows, (api_rows[:1], base_rows[:1])
    return len(api_rows)


def compare(cases, rounds):
    results = {}
    for name, api_call, base_call in cases:
        api_times, base_times = [], []
        for _ in range(rounds):  # alternate so both see the same noise
            api_times.append(timed(api_call, 1))
            base_times.append(timed(base_call, 1))
        results[name] = (statistics.median(api_times), statistics.median(base_times))
    return results


def print_results(results, rounds, note=""):
    print(f"{DisplacementFigure.objects.count():,} figures; medians of {rounds} alternating rounds{note}")
    for name, (api_s, base_s) in results.items():
        print(f"{name:<32} API {api_s * 1000:8.2f} ms   baseline {base_s * 1000:8.2f} ms   "
              f"ratio {api_s / base_s:5.2f}x")  # fmt: skip


def main():
    rounds = 2 if SMOKE else int(ARGS[1]) if len(ARGS) > 1 else 31
    call_command("migrate", verbosity=0)
    load(N)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    user = UserFactory(role=Role.PARTNER, username=f"bench-{time.time_ns()}")
    token = AuthToken.objects.create(user=user)[1]
    client = Client(HTTP_AUTHORIZATION=f"Token {token}", HTTP_HOST="127.0.0.1")
    idleb = Region.objects.get(pcode="SY07")
    town = Region.objects.filter(level=RegionLevel.LOCALITY, path__startswith=idleb.path).order_by("path").first()
    region = {"id": idleb.pk, "path": idleb.path}
    idleb_ids = list(Region.objects.filter(path__startswith=idleb.path).values_list("id", flat=True))
    town_ids = list(Region.objects.filter(path__startswith=town.path).values_list("id", flat=True))
    first_url = "/api/v1/figures/?page_size=100"
    gov_url = f"/api/v1/figures/?region=SY07&period_after={START}&period_before={END}&page_size=100"
    town_url = f"/api/v1/figures/?region={town.pk}&period_after={START}&period_before={END}&page_size=100"
    figure_id = (
        DisplacementFigure.objects.filter(status="verified")
        .order_by("id")
        .values_list("id", flat=True)[N // 2 if N > 10 else 0]
    )
    detail_url = f"/api/v1/figures/{figure_id}/"
    totals_url = "/api/v1/totals/?region=SY07&period=month&category=flow&start=2019-01-01&end=2019-12-31"
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        rows = _same_rows(client.get(first_url), baseline_list(conn))
        assert SMOKE or rows == 100, "fewer than 100 rows: load more figures"
        _same_rows(client.get(gov_url), baseline_list(conn, idleb_ids, START, END))
        _same_rows(client.get(town_url), baseline_list(conn, town_ids, START, END))
        _same_rows(client.get(detail_url), baseline_detail(conn, figure_id))
        api_totals = client.get(totals_url)
        base_totals = orjson.loads(baseline_totals(conn, region, date(2019, 1, 1), date(2019, 12, 31)))
        assert [(r["period_start"], r["term"], r["persons"]) for r in api_totals.json()] == [
            (r["period_start"], r["term"], r["persons"]) for r in base_totals
        ], "the API and the baseline disagree"
        results = compare(
            [
                ("list, first page (100 rows)", lambda: client.get(first_url), lambda: baseline_list(conn)),
                ("list, governorate + month", lambda: client.get(gov_url),
                 lambda: baseline_list(conn, idleb_ids, START, END)),
                ("list, one town + one month", lambda: client.get(town_url),
                 lambda: baseline_list(conn, town_ids, START, END)),
                ("  same, baseline does auth too", lambda: client.get(town_url),
                 lambda: baseline_list_same_work(conn, token, town.pk, START, END)),
                ("detail", lambda: client.get(detail_url), lambda: baseline_detail(conn, figure_id)),
                ("totals (Idleb, 12 months)", lambda: client.get(totals_url),
                 lambda: baseline_totals(conn, region, date(2019, 1, 1), date(2019, 12, 31))),
            ],
            rounds,
        )  # fmt: skip
    print_results(results, rounds, note=" (API: whole stack, throttle on; baseline: raw psycopg + orjson)")


if __name__ == "__main__":
    main()
