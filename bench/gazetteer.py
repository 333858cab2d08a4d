"""Gazetteer: loading a real country's COD-AB and a 100,000-region synthetic one, and the region autocomplete.

In a database of its own (`<your database>_bench_geo`, made afresh here), in one run:
  1. loads the shared Syria COD-AB (../shared/data: the table, the admin1 and admin2 boundaries) three times: the
     counts per level must be the shared README's (1 / 14 / 61 / 270 / 5,251) and the second and third loads must
     change nothing; time and peak Python memory, against a baseline of COPYing the same units into a scratch table;
  2. loads a synthetic gazetteer of 100,000 regions (5 levels, Latin and Arabic names, points) the same way (must
     take under a minute), then loads it again (must change nothing);
  3. times the region autocomplete with those 100,000 regions: the selector (indexed prefix search on the folded
     names and aliases) and the admin's autocomplete endpoint (labels included, through the whole Django stack),
     against the admin's stock search (icontains on name, p-code and aliases: a full scan), and shows the plan.
Prints medians and ratios; exits non-zero when a check fails.
Run: .venv/bin/python bench/gazetteer.py [--smoke] [--regions N] [--rounds R]
"""

import argparse
import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("TRACKER_SHARED_DIR", ROOT.parent / "shared")) / "data"
BASE_URL = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:54329/tracker")
PG, DB = BASE_URL.rsplit("/", 1)
BENCH_DB = f"{DB}_bench_geo"[:60]
os.environ["DATABASE_URL"] = f"{PG}/{BENCH_DB}"
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:63799/0")
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"

import psycopg  # noqa: E402

EXPECTED = {"country": 1, "admin1": 14, "admin2": 61, "admin3": 270, "locality": 5251}
LATIN = ["ba", "da", "ka", "ma", "na", "ra", "sa", "ta", "ha", "ja", "ri", "mi", "bu", "du", "ku", "ar", "is", "um"]
ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
failures: list[str] = []


def check(ok: bool, message: str) -> None:
    print(("  ok   " if ok else "  FAIL ") + message)
    if not ok:
        failures.append(message)


def median_ms(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def fresh_database() -> None:
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{BENCH_DB}"')


def synthetic_rows(n: int) -> list[dict]:
    """A 5-level wide table of about n units: 1 country, 20 governorates, 10 districts each, 10 sub-districts
    each, and towns for the rest (unique names within a parent; every unit has an Arabic name)."""
    rng = random.Random(17)

    def latin(i):
        return "".join(rng.choice(LATIN) for _ in range(2 + i % 3)).capitalize() + f" {i}"

    def arabic(i):
        return "".join(rng.choice(ARABIC) for _ in range(3 + i % 4)) + f" {i}"

    governorates, districts, subs = (20, 10, 10) if n >= 50_000 else (3, 3, 3)
    towns = max(1, n - 1 - governorates * (1 + districts * (1 + subs)))
    per_sub = max(1, towns // (governorates * districts * subs))
    rows, counter = [], 0
    for g in range(governorates):
        for d in range(districts):
            for s in range(subs):
                for _ in range(per_sub):
                    counter += 1
                    rows.append({
                        "admin0Name_en": "Synthland", "admin0Pcode": "XS",
                        "admin1Name_en": f"Gov {g}", "admin1Name_ar": f"محافظة {g}", "admin1Pcode": f"XS{g:02d}",
                        "admin2Name_en": f"Dist {g}-{d}", "admin2Name_ar": f"منطقة {g}-{d}",
                        "admin2Pcode": f"XS{g:02d}{d:02d}",
                        "admin3Name_en": f"Sub {g}-{d}-{s}", "admin3Name_ar": f"ناحية {g}-{d}-{s}",
                        "admin3Pcode": f"XS{g:02d}{d:02d}{s:02d}",
                        "admin4Name_en": latin(counter), "admin4Name_ar": arabic(counter),
                        "admin4Pcode": f"XT{counter:06d}",
                        "latitude": f"{30 + rng.random() * 5:.5f}", "longitude": f"{35 + rng.random() * 5:.5f}",
                    })  # fmt: skip
    return rows


def copy_baseline(rows: list[dict]) -> float:
    """The floor: COPY one line per unit (p-code, name, parent, level) into a scratch table."""
    from django.db import connection

    units = {}
    for row in rows:
        parent = ""
        for depth in range(5):
            pcode = row.get(f"admin{depth}Pcode", "")
            if pcode and pcode not in units:
                units[pcode] = (pcode, row[f"admin{depth}Name_en"], row.get(f"admin{depth}Name_ar", ""), parent)
            parent = pcode or parent
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("CREATE TEMP TABLE IF NOT EXISTS scratch (pcode text, name text, name_ar text, parent text)")
        cursor.execute("TRUNCATE scratch")
        with cursor.cursor.copy("COPY scratch FROM STDIN") as copy:
            for unit in units.values():
                copy.write_row(unit)
    return time.perf_counter() - started


def timed_load(**kwargs):
    """The load's time, and the process's peak resident memory after it (Linux reports kilobytes)."""
    from tracker.services import load_gazetteer

    started = time.perf_counter()
    report = load_gazetteer(**kwargs)
    elapsed = time.perf_counter() - started
    return report, elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def syria() -> None:
    from tracker.management.commands.load_gazetteer import read_csv, read_geojson

    print(f"\n1. Syria COD-AB from {SHARED.name}/ (table + admin1 + admin2 boundaries)")
    rows = read_csv(str(SHARED / "syria_cod_ab.csv"))
    features = read_geojson(str(SHARED / "syria_admin1.geojson")) + read_geojson(str(SHARED / "syria_admin2.geojson"))
    baseline = copy_baseline(rows)
    for attempt in (1, 2, 3):
        report, elapsed, peak = timed_load(rows=rows, features=features)
        print(f"  load {attempt}: {elapsed:6.2f} s, peak RSS {peak:6.1f} MiB, {elapsed / baseline:6.1f}× the COPY "
              f"baseline ({baseline * 1000:.0f} ms); {report.created} created, {report.updated} updated, "
              f"{report.unchanged} unchanged, {report.aliases_created} aliases, "
              f"{report.shapes_written} boundaries")  # fmt: skip
        if attempt == 1:
            counts = {level: report.levels[level] for level in EXPECTED}
            check(counts == EXPECTED, f"units per level {counts} = the shared README's {EXPECTED}")
            check(not report.errors, f"no rejected rows ({report.errors[:3]})")
        else:
            check(report.created == report.updated == report.aliases_created == report.shapes_written == 0
                  and not report.changes, f"load {attempt} is idempotent (changes nothing)")  # fmt: skip


def synthetic(n: int, limit_s: float) -> None:
    from tracker.models import Region

    print(f"\n2. synthetic gazetteer of {n:,} regions")
    rows = synthetic_rows(n)
    baseline = copy_baseline(rows)
    report, elapsed, peak = timed_load(rows=rows)
    total = Region.objects.filter(path__startswith=Region.objects.get(pcode="XS").path).count()
    print(f"  load:   {elapsed:6.2f} s for {total:,} regions, peak RSS {peak:6.1f} MiB, {elapsed / baseline:6.1f}× the "
          f"COPY baseline ({baseline:.2f} s); {report.aliases_created:,} aliases")  # fmt: skip
    check(elapsed < limit_s, f"loaded in under {limit_s:.0f} s")
    report, elapsed, _ = timed_load(rows=rows)
    print(f"  reload: {elapsed:6.2f} s")
    check(report.created == report.updated == report.aliases_created == 0, "reload changes nothing")


def autocomplete(rounds: int) -> None:
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.db.models import Q
    from django.test import Client

    from tracker.models import Region
    from tracker.selectors import search_regions
    from tracker.text import name_key

    total = Region.objects.count()
    print(f"\n3. region autocomplete with {total:,} regions (median of {rounds})")
    towns = Region.objects.filter(level="locality", pcode__startswith="XT")
    sample = towns.order_by("pcode")[towns.count() // 3]
    arabic = sample.aliases.first().name
    terms = {"1 letter": "b", "3 letters": "bar", "a town's name": sample.name, "Arabic": arabic[:4],
             "p-code": sample.pcode, "Idleb (real)": "idl"}  # fmt: skip
    user = get_user_model().objects.filter(username="bench-geo").first()
    if user is None:
        user = get_user_model().objects.create_superuser("bench-geo", "bench@example.org", "bench-password-1")
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)

    def stock_admin(term):  # what the admin's search did: icontains over name, p-code and aliases
        return list(Region.objects.filter(Q(name__icontains=term) | Q(pcode__icontains=term)
                                          | Q(aliases__name__icontains=term)).distinct()[:20])  # fmt: skip

    for label, term in terms.items():
        found = search_regions(term=term)
        ours = median_ms(lambda t=term: search_regions(term=t), rounds)
        http = median_ms(lambda t=term: client.get("/admin/autocomplete/", {"term": t, "app_label": "tracker",
                         "model_name": "displacementfigure", "field_name": "region"}), rounds)  # fmt: skip
        stock = median_ms(lambda t=term: stock_admin(t), max(3, rounds // 3))
        print(f"  {label:14} {term!r:14} selector {ours:7.2f} ms, endpoint {http:7.2f} ms, stock admin search "
              f"{stock:8.2f} ms ({stock / ours:6.1f}× slower); {len(found)} found")  # fmt: skip
        if label == "a town's name":
            check(found and found[0].pk == sample.pk, "the exact name comes first")
        if label == "Arabic":
            check(any(r.pk == sample.pk for r in found) or len(found) == 20, "Arabic prefix finds the town")
    response = client.get("/admin/autocomplete/", {"term": sample.name, "app_label": "tracker",
                          "model_name": "displacementfigure", "field_name": "region"})  # fmt: skip
    first = response.json()["results"][0]["text"]
    print(f"  endpoint label: {first}")
    check(" — town, " in first and "›" in first, "labels show level and parents")
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN SELECT id FROM tracker_region WHERE name_key LIKE %s ORDER BY name_key LIMIT 60",
                       [name_key("bar") + "%"])  # fmt: skip
        plan = " / ".join(row[0].strip() for row in cursor.fetchall())
    print(f"  plan: {plan}")
    print(f"  process peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    check("Seq Scan" not in plan, "the prefix search uses an index, not a full scan")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--smoke", action="store_true", help="small sizes, few rounds: checks the script works")
    parser.add_argument("--regions", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    n, rounds = (3_000, 3) if args.smoke else (args.regions, args.rounds)
    fresh_database()
    import logging

    import django

    django.setup()
    logging.disable(logging.INFO)  # no access log line per request
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    syria()
    synthetic(n, limit_s=60)
    autocomplete(rounds)
    print(f"\n{'FAILED: ' + '; '.join(failures) if failures else 'all checks passed'}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
