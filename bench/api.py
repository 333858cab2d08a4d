"""API speed on 1,000,000 figures: the list endpoint and the totals endpoint against hand-written baselines.

Loads a million figures into PostgreSQL with COPY (database `tracker_bench_api`, created here), then times in
the same run, alternating to share the machine's noise:
  - list: GET /api/v1/figures/?region=SY07&period_after=…&period_before=…&page_size=100 through the whole Django
    stack (token auth, throttle, filters, cursor page) against raw psycopg + orjson doing the same query;
  - totals: GET /api/v1/totals/?region=SY07&period=month&start=…&end=… against hand-written SQL (GROUP BY and
    DISTINCT ON) with the same roll-up.
Prints medians and ratios. Needs PostgreSQL and Redis running (scripts/test.sh starts them).
Run: .venv/bin/python bench/api.py [N_FIGURES] [ROUNDS]; `--smoke` runs 2,000 figures and 2 rounds on a
database of its own (`tracker_bench_api_smoke`), as the test suite does, so that the bench cannot rot.
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
DB = "tracker_bench_api_smoke" if SMOKE else "tracker_bench_api"
PG = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:54329/tracker").rsplit("/", 1)[0]
os.environ["DATABASE_URL"] = f"{PG}/{DB}"
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:63799/0")
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
os.environ.setdefault("API_RATE", "1000000/hour")

import orjson  # noqa: E402
import psycopg  # noqa: E402
from psycopg.rows import dict_row  # noqa: E402

with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
    if SMOKE:  # a smoke run starts from an empty database, whatever schema an earlier checkout left there
        conn.execute(f"drop database if exists {DB} with (force)")
    if not conn.execute("select 1 from pg_database where datname = %s", (DB,)).fetchone():
        conn.execute(f"create database {DB}")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from knox.models import AuthToken  # noqa: E402
from tqdm import tqdm  # noqa: E402

from tests.factories import UserFactory  # noqa: E402
from tracker.choices import Role  # noqa: E402
from tracker.demo import load_reference_data  # noqa: E402
from tracker.models import DisplacementFigure, Region, ReportingBody  # noqa: E402
from tracker.selectors import _bucket_end  # noqa: E402

START, END = date(2020, 2, 1), date(2020, 2, 29)


def copy_figures(rows):
    """COPY figures in, every column of the model filled: what a row does not give takes the field's default,
    so a column added to the model later cannot break the bench."""
    fields = [f for f in DisplacementFigure._meta.concrete_fields if not f.primary_key]
    columns = [f.column for f in fields]
    defaults = {f.attname: (None if f.null and not f.has_default() else f.get_default()) for f in fields}
    with connection.cursor() as cursor:
        copy_sql = f"COPY tracker_displacementfigure ({', '.join(columns)}) FROM STDIN"
        with cursor.cursor.copy(copy_sql) as copy:  # psycopg 3 COPY
            for row in rows:
                copy.write_row([row.get(f.attname, defaults[f.attname]) for f in fields])
        cursor.execute("ANALYZE tracker_displacementfigure")


def load(n):
    if DisplacementFigure.objects.count() >= n:
        return
    call_command("flush", interactive=False, verbosity=0)
    load_reference_data()
    regions = list(Region.objects.values_list("id", flat=True))
    bodies = list(ReportingBody.objects.values_list("id", flat=True))
    rng = random.Random(7)
    now = datetime.now(UTC)

    def rows():
        for _ in tqdm(range(n), desc="figures", unit="row", mininterval=1, disable=SMOKE):
            start = date(2019, 1, 1) + timedelta(days=rng.randrange(730))
            value = rng.randrange(10, 50_000)
            verified = rng.random() < 0.8
            yield {
                "created_at": now, "updated_at": now, "value": value, "persons": value, "period_start": start,
                "period_end": start + timedelta(days=rng.randrange(14)), "region_id": rng.choice(regions),
                "term": rng.choice(["displaced", "fled", "returned"]),
                "category": rng.choice(["flow", "flow", "stock"]), "reporting_body_id": rng.choice(bodies),
                "role": rng.choice(["triangulation"] * 9 + ["recommended"]),
                "status": "verified" if verified else "extracted", "reviewed_at": now if verified else None,
            }  # fmt: skip

    copy_figures(rows())


def baseline_list_same_work(conn, token, pcode, after, before):
    """What the endpoint does, by hand: check the token, the user and the role, resolve the region, then list."""
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
    (path,) = conn.execute("SELECT path FROM tracker_region WHERE upper(pcode) = upper(%s)", (pcode,)).fetchone()
    return baseline_list(conn, path, after, before)


def baseline_list(conn, path, after, before):
    rows = (
        conn.cursor(row_factory=dict_row)
        .execute(
            """
        SELECT f.id, f.value, f.value_high, f.qualifier, f.unit, f.household_size, f.persons, f.term, f.category,
               f.period_start, f.period_end, f.period_accuracy, f.region_id AS region, f.reporting_body_id AS
               reporting_body, f.source_id AS source, f.event_id AS event, f.quote, f.quote_start, f.quote_end,
               f.role, f.status, f.reviewed_at, f.created_at, f.updated_at, r.name AS region_name,
               r.pcode AS region_pcode, f.raw_location AS location_as_written, b.name AS reporting_body_name,
               s.url AS source_url
        FROM tracker_displacementfigure f
        JOIN tracker_region r ON r.id = f.region_id
        LEFT JOIN tracker_reportingbody b ON b.id = f.reporting_body_id
        LEFT JOIN tracker_source s ON s.id = f.source_id
        WHERE f.status = 'verified' AND r.path LIKE %s AND f.period_end >= %s AND f.period_start <= %s
        ORDER BY f.id LIMIT 101
        """,
            (path + "%", after, before),
        )
        .fetchall()
    )
    return orjson.dumps({"next": None, "previous": None, "results": rows[:100]}, option=orjson.OPT_NON_STR_KEYS)


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


def main():
    n = 2_000 if SMOKE else int(ARGS[0]) if ARGS else 1_000_000
    rounds = 2 if SMOKE else int(ARGS[1]) if len(ARGS) > 1 else 15
    call_command("migrate", verbosity=0)
    load(n)
    user = UserFactory(role=Role.PARTNER, username=f"bench-{time.time_ns()}")
    token = AuthToken.objects.create(user=user)[1]
    client = Client(HTTP_AUTHORIZATION=f"Token {token}", HTTP_HOST="127.0.0.1")
    idleb = Region.objects.get(pcode="SY07")
    region = {"id": idleb.pk, "path": idleb.path}
    list_url = f"/api/v1/figures/?region=SY07&period_after={START}&period_before={END}&page_size=100"
    totals_url = "/api/v1/totals/?region=SY07&period=month&category=flow&start=2019-01-01&end=2019-12-31"
    api_list = client.get(list_url)
    api_totals = client.get(totals_url)
    assert api_list.status_code == 200, api_list.content[:300]
    assert SMOKE or len(api_list.json()["results"]) == 100, "fewer than 100 rows: load more figures"
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        base_list = orjson.loads(baseline_list(conn, idleb.path, START, END))["results"]
        assert [r["id"] for r in api_list.json()["results"]] == [r["id"] for r in base_list]
        base_totals = orjson.loads(baseline_totals(conn, region, date(2019, 1, 1), date(2019, 12, 31)))
        assert [(r["period_start"], r["term"], r["persons"]) for r in api_totals.json()] == [
            (r["period_start"], r["term"], r["persons"]) for r in base_totals
        ], "the API and the baseline disagree"
        results = {}
        for name, api_call, base_call in (
            ("list (100 rows)", lambda: client.get(list_url), lambda: baseline_list(conn, idleb.path, START, END)),
            ("list, same work", lambda: client.get(list_url),
             lambda: baseline_list_same_work(conn, token, "SY07", START, END)),
            ("totals", lambda: client.get(totals_url),
             lambda: baseline_totals(conn, region, date(2019, 1, 1), date(2019, 12, 31))),
        ):  # fmt: skip
            api_times, base_times = [], []
            for _ in range(rounds):  # alternate so both see the same noise
                api_times.append(timed(api_call, 1))
                base_times.append(timed(base_call, 1))
            results[name] = (statistics.median(api_times), statistics.median(base_times))
    print(f"{DisplacementFigure.objects.count():,} figures; medians of {rounds} alternating rounds")
    print("('list' baseline: the one SELECT + orjson; 'same work': also token, user, role and region look-ups)")
    for name, (api_s, base_s) in results.items():
        print(
            f"{name:<16} API {api_s * 1000:8.1f} ms   baseline {base_s * 1000:8.1f} ms   ratio {api_s / base_s:5.2f}x"
        )


if __name__ == "__main__":
    main()
