import csv
import io
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from tracker.choices import FigureStatus, Qualifier, Term, Unit
from tracker.demo import DATA_DIR, DEMO_STOCK_TEXT, SEED_REPORT
from tracker.models import DisplacementFigure, Region, RegionAlias, RegionShape

pytestmark = pytest.mark.django_db

ADMIN = str(DATA_DIR / "syria_admin_sample.csv")
ALIASES = str(DATA_DIR / "syria_aliases_sample.csv")


def _snapshot():
    return (
        sorted(Region.objects.values_list("name", "level", "pcode", "path", "depth")),
        sorted(RegionAlias.objects.values_list("region_id", "name")),
    )


def test_loading_the_gazetteer_twice_gives_the_same_rows():
    call_command("load_gazetteer", ADMIN, aliases=ALIASES, verbosity=0, stdout=io.StringIO())
    first = _snapshot()
    out = io.StringIO()
    call_command("load_gazetteer", ADMIN, aliases=ALIASES, verbosity=0, stdout=out)
    assert _snapshot() == first
    assert "0 created, 0 updated" in out.getvalue()
    assert Region.objects.filter(level="admin1").count() == 14
    assert Region.objects.get(pcode="SY07").name == "Idleb"


def test_a_bad_gazetteer_row_is_reported_and_the_rest_goes_in(tmp_path: Path):
    path = tmp_path / "cod.csv"
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["admin0Name_en", "admin0Pcode", "admin1Name_en", "admin1Pcode"])
        writer.writerow(["Syrian Arab Republic", "SY", "Idleb", "SY07"])
        writer.writerow(["Syrian Arab Republic", "SY", "", "SY99"])
        writer.writerow(["Syrian Arab Republic", "SY", "Aleppo", "SY02"])
    err = io.StringIO()
    call_command("load_gazetteer", str(path), verbosity=0, stdout=io.StringIO(), stderr=err)
    assert "line 3: admin1Pcode SY99 has no admin1Name_en" in err.getvalue()
    assert set(Region.objects.values_list("pcode", flat=True)) == {"SY", "SY07", "SY02"}


def test_demo_holds_the_seed_figure_at_its_quote():
    call_command("load_demo", password="a-demo-password-1", stdout=io.StringIO())
    figure = DisplacementFigure.objects.get(source__text=SEED_REPORT.read_text(encoding="utf-8"))
    assert (figure.value, figure.qualifier, figure.unit, figure.term) == (
        1_000_000,
        Qualifier.NEARLY,
        Unit.PERSON,
        Term.DISPLACED,
    )
    assert figure.region.pcode == "SY07" and figure.reporting_body.acronym == "OCHA"
    assert figure.source.text[figure.quote_start : figure.quote_end] == figure.quote
    assert "nearly one million people" in figure.quote
    total = DisplacementFigure.objects.count()
    assert DisplacementFigure.objects.filter(entered_by__isnull=False).count() == 4  # and one found by the system
    assert DisplacementFigure.objects.filter(status=FigureStatus.EXTRACTED, entered_by__isnull=True).exists()
    call_command("load_demo", password="a-demo-password-1", stdout=io.StringIO())
    assert DisplacementFigure.objects.count() == total
    assert DisplacementFigure.objects.filter(status=FigureStatus.VERIFIED).count() == 2


def test_the_demo_partner_token_gets_rows_from_the_hapi_endpoint(client):
    """A partner trying the HAPI-shaped endpoint on the demo sees a verified stock figure, not {"data": []}."""
    out = io.StringIO()
    call_command("load_demo", password="a-demo-password-1", stdout=out)
    token = re.search(r"Partner API token \(shown once\): (\S+)", out.getvalue()).group(1)
    response = client.get("/api/hapi/v1/affected-people/idps", {"admin_level": 2},
                          HTTP_AUTHORIZATION=f"Token {token}")  # fmt: skip
    assert response.status_code == 200
    rows = response.json()["data"]
    assert [(r["admin2_code"], r["admin2_name"], r["population"], r["reference_period_end"]) for r in rows] == [
        ("SY0703", "Harim", 25_000, "2020-02-29")
    ]
    assert rows[0]["operation"] == "Idlib offensive, Dec 2019 – Mar 2020"
    figure = DisplacementFigure.objects.get(source__text=DEMO_STOCK_TEXT)
    assert figure.source.text.startswith("DEMO TEXT, written for this demo and not a real report.")
    assert figure.source.text[figure.quote_start : figure.quote_end] == figure.quote
    verified = figure.history.filter(status=FigureStatus.VERIFIED).order_by("history_date").first()
    assert figure.status == FigureStatus.VERIFIED and figure.entered_by.username == "editor"
    assert verified.history_user.username == "reviewer"  # four eyes: verified by another than who entered it


def test_a_demo_loaded_before_the_stock_figure_gains_it_once(client):
    call_command("load_demo", password="a-demo-password-1", stdout=io.StringIO())
    DisplacementFigure.objects.filter(source__text=DEMO_STOCK_TEXT).delete()
    before = DisplacementFigure.objects.count()
    call_command("load_demo", password="a-demo-password-1", stdout=io.StringIO())
    call_command("load_demo", password="a-demo-password-1", stdout=io.StringIO())
    assert DisplacementFigure.objects.count() == before + 1


def test_the_demo_dashboard_map_draws_the_governorates_under_syria(client):
    """The demo's map had nothing to draw ("15 not on the map": the sample table has no coordinates); the shared
    admin1 boundaries now give the 14 governorates their outlines, each still under Syria, and loading the demo
    again changes nothing."""
    call_command("load_demo", password="a-demo-password-1", stdout=io.StringIO())
    syria = Region.objects.get(pcode="SY")
    governorates = Region.objects.filter(level="admin1")
    assert governorates.count() == 14 and set(governorates.values_list("parent_id", flat=True)) == {syria.pk}
    assert RegionShape.objects.filter(region__level="admin1").count() == 14
    snapshot = sorted(Region.objects.values_list("id", "parent_id", "path", "centroid_lat", "name"))
    call_command("load_demo", password="a-demo-password-1", stdout=io.StringIO())
    assert sorted(Region.objects.values_list("id", "parent_id", "path", "centroid_lat", "name")) == snapshot
    client.force_login(get_user_model().objects.get(username="editor"))
    geo = client.get("/api/v1/totals/geo/", {"region": "SY", "level": "admin1", "start": "2020-02-01",
                                             "end": "2020-02-29"}).json()  # fmt: skip
    drawn = {f["properties"]["pcode"]: f["geometry"]["type"] for f in geo["features"] if f["geometry"]}
    assert len(drawn) == 14 and set(drawn.values()) <= {"Polygon", "MultiPolygon"}


def test_the_demo_prints_its_logins_last_under_their_own_heading(monkeypatch):
    """The seed report's notice was printed between the heading and the logins, which were hard to find in the
    terminal (a new user's trial): every other line comes first, the logins and the token last."""
    monkeypatch.setattr("ingest.management.commands.load_demo.SEED_REPORT", Path("/nonexistent/seed.txt"))
    out = io.StringIO()
    call_command("load_demo", password="a-demo-password-1", url="http://127.0.0.1:8765", stdout=out)
    lines = out.getvalue().splitlines()
    heading = lines.index("=== Demo logins (situation dashboard at http://127.0.0.1:8765/, admin at "
                          "http://127.0.0.1:8765/admin/) ===")  # fmt: skip
    assert any("seed news report" in line for line in lines[:heading]) and lines[heading - 1] == ""
    block = lines[heading + 1 :]
    assert sorted(line.split()[0] for line in block[:4]) == ["admin", "editor", "partner", "reviewer"]
    assert all("password: a-demo-password-1" in line for line in block[:4])
    assert block[4].startswith("Partner API token (shown once): ") and "Authorization: Token" in block[5]
    assert len(block) == 6
