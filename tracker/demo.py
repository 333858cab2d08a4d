"""Demo data for the embedded default: the Syria gazetteer sample, the starter bodies, the seed report."""

import csv
import json
import os
import secrets
from datetime import date
from decimal import Decimal
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from tracker.choices import Category, DateAccuracy, FigureStatus, Qualifier, Role, Term, Unit
from tracker.models import DisplacementFigure, Event, HouseholdSize, Region, Team
from tracker.selectors import region_by_pcode, regions_matching_name, reporting_body_by_name
from tracker.services import (
    load_gazetteer,
    record_figure,
    store_source,
    submit_figure,
    upsert_reporting_body,
    verify_figure,
)

DATA_DIR = Path(__file__).resolve().parent / "data"
# A real news report, third-party text: read from the shared reference folder beside the checkout, never copied
# into the project. Without it the demo loads everything else and says so.
SHARED_DIR = Path(os.environ.get("TRACKER_SHARED_DIR") or Path(__file__).resolve().parents[2] / "shared")
SEED_REPORT = SHARED_DIR / "seed" / "idlib-offensive-news-report.txt"
# The governorates' outlines (OCHA COD-AB v02, CC BY-IGO), from the same folder: without them the maps of the
# dashboard and the region pages had nothing to draw ("15 not on the map").
SHARED_BOUNDARIES = SHARED_DIR / "data" / "syria_admin1.geojson"
SEED_QUOTE = (
    "According to the UN, fierce fighting has led to the displacement of nearly one million people in the region."
)
DEMO_TEXT = (
    "DEMO TEXT, written for this demo and not a real report. "
    "The local council in Maarat al-Numan said 12,500 families had fled the town since 1 December. "
    "About 40,000 people were displaced from Saraqib in the first ten days of February, local officials said. "
    "More than 3,000 households were sheltering in camps near Sarmada at the end of January."
)

# A second invented update, with a figure of people still displaced (a stock): the one the HAPI-shaped endpoint
# (/api/hapi/v1/affected-people/idps) serves once a reviewer verified it. Its own document, so a database loaded
# before it gains it on the next load_demo without the other demo figures doubling.
DEMO_STOCK_TEXT = (
    "DEMO TEXT, written for this demo and not a real report. "
    "At the end of February, some 25,000 people displaced from the south of the governorate were still living "
    "in Harim district, local councils said. Most were staying with relatives or in unfinished buildings."
)
DEMO_STOCK_QUOTE = "some 25,000 people displaced from the south of the governorate were still living in Harim district"


def _rows(name: str) -> list[dict]:
    with (DATA_DIR / name).open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def load_reference_data() -> None:
    outlines = []  # with the table in one load: each governorate's outline joins its row (by p-code), under Syria
    if SHARED_BOUNDARIES.exists():
        outlines = json.loads(SHARED_BOUNDARIES.read_text(encoding="utf-8"))["features"]
    load_gazetteer(rows=_rows("syria_admin_sample.csv"), alias_rows=_rows("syria_aliases_sample.csv"),
                   features=outlines)  # fmt: skip
    for row in _rows("reporting_bodies.csv"):
        upsert_reporting_body(
            name=row["name"],
            acronym=row["acronym"],
            kind=row["kind"],
            reliability=row["reliability"],
            website=row["website"],
            aliases=[a for a in row["aliases"].split(";") if a],
        )


def _demo_users(password: str):
    user_model = get_user_model()
    users = {}
    for username, role, superuser in (
        ("admin", None, True),
        ("editor", Role.EDITOR, False),
        ("reviewer", Role.REVIEWER, False),
        ("partner", Role.PARTNER, False),
    ):
        user, _ = user_model.objects.get_or_create(username=username, defaults={"email": f"{username}@example.org"})
        user.is_staff = role != Role.PARTNER
        user.is_superuser = superuser
        user.set_password(password)
        user.save()
        if role:
            user.groups.set([Group.objects.get(name=role)])
        users[username] = user
    # staff in no team see no figures: the demo editor and reviewer work for the whole organisation
    everyone, _ = Team.objects.get_or_create(name="Global", defaults={"is_global": True})
    everyone.members.add(users["editor"], users["reviewer"])
    return users


def _span(text: str, quote: str) -> dict:
    start = text.index(quote)
    return {"quote": quote, "quote_start": start, "quote_end": start + len(quote)}


def _place(name: str) -> Region:
    return regions_matching_name(name=name).first()


@transaction.atomic
def load_demo_data(*, password: str | None = None) -> dict:
    """Load everything a new user needs to see the tracker at work. Safe to run again."""
    load_reference_data()
    password = password or secrets.token_urlsafe(12)
    users = _demo_users(password)
    syria = region_by_pcode(pcode="SY")
    # an example country team: add people to it (admin › Teams) and they see Syria's figures only
    Team.objects.get_or_create(name="Syria office")[0].regions.add(syria)
    HouseholdSize.objects.get_or_create(
        country=syria,
        year=2020,
        defaults={"size": Decimal("5.00"), "reference": "Demo value: replace with the size your team uses."},
    )
    event, _ = Event.objects.get_or_create(
        name="Idlib offensive, Dec 2019 – Mar 2020",
        defaults={"kind": "conflict", "start_date": date(2019, 12, 1), "end_date": date(2020, 3, 6)},
    )
    event.regions.add(region_by_pcode(pcode="SY07"))

    seed_text = SEED_REPORT.read_text(encoding="utf-8") if SEED_REPORT.exists() else ""
    seed, created = (
        store_source(title="Syrian rebels now almost driven out of last stronghold Idlib", text=seed_text)
        if seed_text
        else (None, False)
    )
    if seed is not None and (created or not seed.figures.exists()):
        record_figure(
            acting_user=users["editor"],
            region=region_by_pcode(pcode="SY07"),
            value=1_000_000,
            qualifier=Qualifier.NEARLY,
            unit=Unit.PERSON,
            term=Term.DISPLACED,
            category=Category.FLOW,
            period_start=date(2019, 12, 1),
            period_end=date(2020, 2, 29),
            period_accuracy=DateAccuracy.MONTH,
            reporting_body=reporting_body_by_name(name="the UN"),
            source=seed,
            event=event,
            notes="Entered by hand from the seed report; period is the offensive up to the report.",
            **_span(seed_text, SEED_QUOTE),
        )

    demo, created = store_source(title="Demo field update (invented for the demo)", text=DEMO_TEXT)
    if created or not demo.figures.exists():
        councils = reporting_body_by_name(name="local councils")
        common = {"source": demo, "event": event, "reporting_body": councils}
        fled = record_figure(
            acting_user=users["editor"],
            region=_place("Maarat al-Numan"),
            value=12_500,
            unit=Unit.HOUSEHOLD,
            term=Term.FLED,
            period_start=date(2019, 12, 1),
            period_end=date(2020, 1, 28),
            **_span(DEMO_TEXT, "12,500 families had fled the town since 1 December"),
            **common,
        )
        displaced = record_figure(
            acting_user=users["editor"],
            region=_place("Saraqib"),
            value=40_000,
            qualifier=Qualifier.APPROXIMATELY,
            period_start=date(2020, 2, 1),
            period_end=date(2020, 2, 10),
            **_span(DEMO_TEXT, "About 40,000 people were displaced from Saraqib in the first ten days of February"),
            **common,
        )
        record_figure(
            region=_place("Sarmada"),
            value=3_000,
            qualifier=Qualifier.MORE_THAN,
            unit=Unit.HOUSEHOLD,
            term=Term.IN_CAMPS,
            category=Category.STOCK,
            period_start=date(2020, 1, 31),
            period_end=date(2020, 1, 31),
            status=FigureStatus.EXTRACTED,
            acting_user=None,  # as extraction would find it
            **_span(DEMO_TEXT, "More than 3,000 households were sheltering in camps near Sarmada"),
            **common,
        )
        for figure in (fled, displaced):
            submit_figure(figure=figure, acting_user=users["editor"])
        verify_figure(figure=fled, acting_user=users["reviewer"])

    stock_source, created = store_source(title="Demo shelter update (invented for the demo)", text=DEMO_STOCK_TEXT)
    if created or not stock_source.figures.exists():
        still_displaced = record_figure(
            acting_user=users["editor"],
            region=region_by_pcode(pcode="SY0703"),  # Harim district
            value=25_000,
            qualifier=Qualifier.APPROXIMATELY,
            unit=Unit.PERSON,
            term=Term.DISPLACED,
            category=Category.STOCK,
            period_start=date(2020, 2, 29),
            period_end=date(2020, 2, 29),
            source=stock_source,
            event=event,
            reporting_body=reporting_body_by_name(name="local councils"),
            **_span(DEMO_STOCK_TEXT, DEMO_STOCK_QUOTE),
        )
        submit_figure(figure=still_displaced, acting_user=users["editor"])
        verify_figure(figure=still_displaced, acting_user=users["reviewer"])  # four eyes: not who entered it
    return {
        "password": password,
        "users": sorted(users),
        "figures": DisplacementFigure.objects.count(),
        "regions": Region.objects.count(),
    }


def shipped_gazetteer():
    """The extraction gazetteer from the shipped CSVs, for use without a database (ids are not database ids)."""
    from extraction import Gazetteer, Place
    from extraction.world import world_names
    from tracker.text import name_key as key

    gazetteer = Gazetteer(world=world_names())
    by_pcode: dict[str, Place] = {}
    by_name: dict[str, Place] = {}
    for row in _rows("syria_admin_sample.csv"):
        for depth in range(5):
            name, pcode = row.get(f"admin{depth}Name_en", "").strip(), row.get(f"admin{depth}Pcode", "").strip()
            if not name:
                continue
            place = Place(None, pcode, name, depth)
            if pcode:
                by_pcode.setdefault(pcode, place)
            by_name.setdefault(key(name) + f"/{depth}", place)
            gazetteer.add_place(name, by_pcode.get(pcode, place) if pcode else place)
    for row in _rows("syria_aliases_sample.csv"):
        place = by_pcode.get(row["pcode"]) if row["pcode"] else None
        if place is None and row["region"]:
            matches = [p for k, p in by_name.items() if k.rsplit("/", 1)[0] == key(row["region"])]
            place = min(matches, key=lambda p: p.depth) if matches else None
        if place:
            gazetteer.add_place(row["alias"], place)
    for row in _rows("reporting_bodies.csv"):
        canonical = row["acronym"] or row["name"]
        for alias in [row["name"], row["acronym"], *row["aliases"].split(";")]:
            if alias:
                gazetteer.add_body(alias, None, canonical)
    return gazetteer
