"""Loading a real country's COD-AB (the shared Syria files), editions, names people type, and the geometry."""

import copy
import io
import json
import math

import pytest
from django.core.management import call_command

from tests.factories import FigureFactory, RegionFactory, country
from tests.shared_data import SYRIA_ADMIN1, SYRIA_ADMIN2, SYRIA_COUNTS, SYRIA_TABLE, syria_rows
from tracker import geo
from tracker.choices import RegionLevel
from tracker.models import DisplacementFigure, Region, RegionAlias, RegionShape
from tracker.selectors import RegionLookupError, region_labels, resolve_region, search_regions
from tracker.services import load_gazetteer
from tracker.text import name_key

pytestmark = pytest.mark.django_db


def _features(path):
    return json.loads(path.read_text(encoding="utf-8"))["features"]


def _snapshot():
    return (
        sorted(Region.objects.values_list("id", "name", "name_key", "level", "pcode", "path", "depth", "centroid_lat",
                                          "centroid_lon", "retired", "updated_at")),
        sorted(RegionAlias.objects.values_list("region_id", "name", "name_key")),
        sorted((s.region_id, json.dumps(s.geometry), s.edition) for s in RegionShape.objects.all()),
        Region.history.count(),
    )  # fmt: skip


# ------------------------------------------------------------------------------------------ name folding


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Sarāqib", "SARAQIB"),
        ("أريحا", "اريحا"),  # hamza on alef
        ("إدلب", "ادلب"),  # hamza below
        ("آريحا", "اريحا"),  # madda
        ("الحسكة", "حسكه"),  # ta marbuta / ha, and the article
        ("مدينة دمشق", "مدينه دمشق"),
        ("إدلـــب", "ادلب"),  # tatweel
        ("مَعَرَّة النُّعْمَان", "معرة النعمان"),  # harakat
        ("حمى", "حمي"),  # alef maqsura / ya
        ("Al-Bab", "Bab"),
        ("el Bab", "al-bab"),
        ("الباب", "باب"),
        ("Ma'arrat An-Nu'man", "Maarrat Numan"),
        ("Jisr-Ash-Shugur", "Jisr Shugur"),
        ("Deir-ez-Zor", "Deir Zor"),
        ("As Suwayda", "Suwayda"),
    ],
)
def test_names_fold_alike(one, other):
    assert name_key(one) == name_key(other)


@pytest.mark.parametrize(("one", "other"), [("Saraqeb", "Saraqib"), ("As Safira", "Safira Al"), ("Tal Abyad", "Abyad")])
def test_different_names_stay_different(one, other):
    assert name_key(one) != name_key(other)


def test_an_article_alone_is_still_a_name():
    assert name_key("Al") == "al" and name_key("ال") == "ال"


# ---------------------------------------------------------------------------------------- the real country


@pytest.fixture
def syria():
    report = load_gazetteer(rows=syria_rows(), features=_features(SYRIA_ADMIN1) + _features(SYRIA_ADMIN2))
    return report


def test_the_shared_syria_cod_ab_loads_with_the_readme_counts(syria):
    assert dict(syria.levels) == SYRIA_COUNTS
    assert not syria.errors
    for level, count in SYRIA_COUNTS.items():
        assert Region.objects.filter(level=level).count() == count
    idleb = Region.objects.get(pcode="SY07")
    assert sorted(Region.objects.filter(parent=idleb).values_list("pcode", flat=True)) == [
        "SY0700", "SY0702", "SY0703", "SY0704", "SY0705"]  # fmt: skip
    assert "أريحا" in RegionAlias.objects.filter(region__pcode="SY0705").values_list("name", flat=True)
    # boundaries for the 14 governorates (v02) and 61 districts (2015), a centroid everywhere
    assert RegionShape.objects.filter(region__level="admin1").count() == 14
    assert RegionShape.objects.filter(region__level="admin2").count() == 61
    assert RegionShape.objects.get(region=idleb).edition == "2020-12-17"
    assert not Region.objects.filter(centroid_lat__isnull=True).exclude(level="country").exists()
    lat, lon = idleb.centroid_lat, idleb.centroid_lon
    assert 35.4 < lat < 36.3 and 36.1 < lon < 37.0  # Idleb governorate lies there
    town = Region.objects.get(pcode="C1001")
    assert (town.centroid_lat, town.centroid_lon) == (33.5102, 36.29128)  # the table's point


def test_loading_syria_twice_and_three_times_changes_nothing(syria):
    before = _snapshot()
    for _ in range(2):
        again = load_gazetteer(rows=syria_rows(), features=_features(SYRIA_ADMIN1) + _features(SYRIA_ADMIN2))
        assert (again.created, again.updated, again.retired, again.aliases_created, again.shapes_written) == (
            0, 0, 0, 0, 0)  # fmt: skip
        assert again.unchanged == sum(SYRIA_COUNTS.values()) and again.changes == []
        assert _snapshot() == before


def test_the_command_reports_counts_and_changes(tmp_path):
    out = io.StringIO()
    call_command("load_gazetteer", str(SYRIA_TABLE), str(SYRIA_ADMIN1), verbosity=0, stdout=out)
    assert "read: 1 country, 14 admin1, 61 admin2, 270 admin3, 5251 locality" in out.getvalue()
    out = io.StringIO()
    call_command("load_gazetteer", str(SYRIA_TABLE), str(SYRIA_ADMIN1), verbosity=0, stdout=out)
    assert "0 created, 0 updated, 5597 unchanged, 0 retired; 0 aliases added; 0 boundaries" in out.getvalue()


def _newer_edition(rows):
    """What OCHA's current edition did in Tartous (the shared README): district SY1006 Qadmous split from Banyas,
    its four sub-districts renumbered SY100601–SY100604; and a renamed governorate."""
    renumber = {"SY100202": "SY100601", "SY100203": "SY100602", "SY100204": "SY100603", "SY100205": "SY100604"}
    newer = []
    for row in copy.deepcopy(rows):
        if row["admin3Pcode"] in renumber:
            row.update(admin2Pcode="SY1006", admin2Name_en="Qadmous", admin2Name_ar="القدموس",
                       admin3Pcode=renumber[row["admin3Pcode"]])  # fmt: skip
        if row["admin1Pcode"] == "SY07":
            row["admin1Name_en"] = "Idlib"
        newer.append(row)
    return newer


def test_a_newer_edition_updates_in_place_reports_and_retires_without_deleting(syria):
    anaza_2015 = Region.objects.get(pcode="SY100202")
    town = Region.objects.filter(parent=anaza_2015).first()
    figure = FigureFactory(region=anaza_2015, value=300)
    idleb_id = Region.objects.get(pcode="SY07").pk
    report = load_gazetteer(rows=_newer_edition(syria_rows()))
    assert report.created == 5  # SY1006 and its four sub-districts
    assert report.retired == 4
    assert set(Region.objects.filter(retired=True).values_list("pcode", flat=True)) == {
        "SY100202", "SY100203", "SY100204", "SY100205"}  # fmt: skip
    figure.refresh_from_db()
    assert figure.region_id == anaza_2015.pk and DisplacementFigure.objects.filter(region=anaza_2015).exists()
    assert any("SY07: name 'Idleb' → 'Idlib'" in line for line in report.changes)
    assert any(line.startswith("SY100202: retired") for line in report.changes)
    # the town moved to its new sub-district (its path too), the renamed region kept its id and old name
    town.refresh_from_db()
    new_parent = Region.objects.get(pcode="SY100601")
    assert town.parent_id == new_parent.pk and town.path.startswith(new_parent.path)
    assert Region.objects.get(pcode="SY07").pk == idleb_id
    assert search_regions(term="Idleb")[0].pk == idleb_id  # the old name is an alias now
    assert Region.history.filter(pcode="SY07", name="Idlib").exists()
    # and loading the newer edition again changes nothing
    again = load_gazetteer(rows=_newer_edition(syria_rows()))
    assert (again.created, again.updated, again.retired, again.changes) == (0, 0, 0, [])


def test_a_retired_region_returns_when_an_edition_has_it_again(syria):
    load_gazetteer(rows=_newer_edition(syria_rows()))
    report = load_gazetteer(rows=syria_rows())
    assert not Region.objects.get(pcode="SY100202").retired
    assert report.retired == 5  # SY1006 Qadmous and its four sub-districts are not in the 2015 table


# --------------------------------------------------------------------------------- boundaries from HDX


def _square(x, y, size=1.0):
    return {"type": "Polygon", "coordinates": [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]]}


def _hdx(level, pcode, name, arabic, parent, geometry):
    n = int(level[-1]) if level != "country" else 0
    props = {f"adm{n}_pcode": pcode, f"adm{n}_name": name, f"adm{n}_name1": arabic, "valid_on": "2024-01-01"}
    if parent:
        props[f"adm{n - 1}_pcode"] = parent
    return {"type": "Feature", "properties": props, "geometry": geometry}


def test_hdx_boundaries_alone_load_a_country_and_bad_features_are_reported():
    features = [
        _hdx("admin1", "XY01", "North", "الشمال", "XY", _square(10, 10)),
        _hdx("country", "XY", "Exampleland", "", "", _square(10, 9, 3)),
        _hdx("admin2", "XY0101", "Al-Mina", "الميناء", "XY01", _square(10, 10, 0.5)),
        _hdx("admin2", "XY0102", "Broken", "", "XY01", {"type": "Polygon", "coordinates": [[[10, 10], [1e9, 10]]]}),
        _hdx("admin2", "XY0103", "Orphan", "", "XY99", _square(11, 11)),
        {"type": "Feature", "properties": {"adm1_name": "No code"}, "geometry": _square(0, 0)},
        _hdx("admin2", "XY0104", "Nul\x00name", "", "XY01", _square(12, 12)),
        _hdx("admin2", "XY0105", "x" * 300, "", "XY01", _square(12, 12)),
        "not a feature",
    ]
    report = load_gazetteer(features=features)
    assert report.levels == {"country": 1, "admin1": 1, "admin2": 1}
    assert len(report.errors) == 6, report.errors
    assert any("XY99" in e for e in report.errors) and any("outside WGS84" in e for e in report.errors)
    mina = Region.objects.get(pcode="XY0101")
    assert mina.parent.pcode == "XY01" and mina.level == "admin2"
    assert (mina.centroid_lat, mina.centroid_lon) == (10.25, 10.25)
    assert search_regions(term="mina")[0] == mina
    assert search_regions(term="ميناء")[0] == mina
    assert load_gazetteer(features=features).changes == []


def test_simplification_keeps_the_shape_and_drops_what_is_below_the_tolerance():
    ring = [[0, 0], [0.5, 0.00001], [1, 0], [1, 1], [0.5, 1.00002], [0, 1], [0, 0]]
    simplified = geo.simplify_geometry({"type": "Polygon", "coordinates": [ring]})
    assert simplified["coordinates"][0] == [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]
    with pytest.raises(geo.GeoError):
        geo.simplify_geometry({"type": "Polygon", "coordinates": [[[0, 0], [math.nan, 1], [1, 1], [0, 0]]]})
    with pytest.raises(geo.GeoError):
        geo.simplify_geometry({"type": "Point", "coordinates": [0, 0]})
    real = _features(SYRIA_ADMIN1)[0]["geometry"]
    before = sum(len(r) for p in ([real["coordinates"]] if real["type"] == "Polygon" else real["coordinates"])
                 for r in p)  # fmt: skip
    after = geo.simplify_geometry(real)
    after_count = sum(len(r) for p in ([after["coordinates"]] if after["type"] == "Polygon" else after["coordinates"])
                      for r in p)  # fmt: skip
    assert after_count < before


# ------------------------------------------------------------------------------------ names people type


@pytest.fixture
def two_arihas(db):
    syria = country()
    idleb = RegionFactory(name="Idleb", pcode="SY07", parent=syria)
    aleppo = RegionFactory(name="Aleppo", pcode="SY02", parent=syria)
    district = RegionFactory(name="Ariha", pcode="SY0705", level=RegionLevel.ADMIN2, parent=idleb)
    town = RegionFactory(name="Ariha", level=RegionLevel.LOCALITY, parent=district)
    other = RegionFactory(name="Ariha", level=RegionLevel.LOCALITY,
                          parent=RegionFactory(name="Jebel Saman", pcode="SY0200", level=RegionLevel.ADMIN2,
                                               parent=aleppo))  # fmt: skip
    for region in (district, town):
        RegionAlias.objects.create(region=region, name="أريحا", name_key=name_key("أريحا"))
    return {"district": district, "town": town, "other": other, "idleb": idleb}


def test_search_finds_variants_exact_first_and_labels_say_level_and_parents(two_arihas):
    found = search_regions(term="اريحا")  # typed without the hamza
    assert found[:2] == [two_arihas["district"], two_arihas["town"]]
    labels = region_labels(search_regions(term="ariha"))
    assert labels[two_arihas["town"].pk] == "Ariha — town, Ariha › Idleb"
    assert labels[two_arihas["district"].pk] == "Ariha — district, Idleb (SY0705)"
    assert labels[two_arihas["other"].pk] == "Ariha — town, Jebel Saman › Aleppo"
    assert search_regions(term="SY070") == [two_arihas["district"]]
    assert search_regions(term="   ") == [] and search_regions(term="'%_") == []
    assert search_regions(term="Ari\x00ha") == search_regions(term="Ariha")


def test_retired_regions_are_not_offered(two_arihas):
    Region.objects.filter(pk=two_arihas["other"].pk).update(retired=True)
    assert two_arihas["other"] not in search_regions(term="ariha")


def test_resolve_region_by_pcode_id_name_and_alias(two_arihas):
    assert resolve_region(value="sy07") == two_arihas["idleb"]
    assert resolve_region(value=str(two_arihas["idleb"].pk)) == two_arihas["idleb"]
    assert resolve_region(value="IDLEB") == two_arihas["idleb"]
    RegionAlias.objects.create(region=two_arihas["idleb"], name="إدلب", name_key=name_key("إدلب"))
    assert resolve_region(value="ادلب") == two_arihas["idleb"]
    with pytest.raises(RegionLookupError) as ambiguous:
        resolve_region(value="Ariha")
    assert {c["id"] for c in ambiguous.value.candidates} == {r.pk for k, r in two_arihas.items() if k != "idleb"}
    assert "Ariha — town, Jebel Saman › Aleppo" in str(ambiguous.value)
    for bad in ("Atlantis", "999999", "١٢", "", "x" * 5000, "Idl\x00eb"):
        with pytest.raises(RegionLookupError):
            resolve_region(value=bad)


def test_hdx_table_layouts_load_alike():
    current = {"adm0_name": "Exampleland", "adm0_pcode": "XY", "adm1_name": "North", "adm1_name1": "الشمال",
               "adm1_pcode": "XY01"}  # fmt: skip
    older = {"ADM0_EN": "Exampleland", "ADM0_PCODE": "XY", "ADM1_EN": "South", "ADM1_AR": "الجنوب",
             "ADM1_PCODE": "XY02", "ADM1ALT1EN": "Janub", "ADM1ALT2EN": ""}  # fmt: skip
    report = load_gazetteer(rows=[current, older])
    assert report.levels == {"country": 1, "admin1": 2} and not report.errors
    assert search_regions(term="الشمال")[0].pcode == "XY01" and search_regions(term="جنوب")[0].pcode == "XY02"
    assert search_regions(term="janub")[0].pcode == "XY02"  # an alternate name is an alias


def test_a_boundary_layer_that_names_no_parent_leaves_the_regions_where_they_are():
    """HDX's admin1 boundaries give a name, a p-code and a geometry, no country: loaded after the table (as the
    demo's governorates or a country loaded from its table first), they moved every governorate out of Syria to
    the top of the tree, and the country's totals lost them. They now only draw the regions and give centroids."""
    load_gazetteer(rows=syria_rows())
    syria = Region.objects.get(pcode="SY")
    before = dict(Region.objects.filter(level="admin1").values_list("pcode", "path"))
    report = load_gazetteer(features=_features(SYRIA_ADMIN1))
    assert not report.errors and report.shapes_written == 14
    assert not [change for change in report.changes if "parent" in change], report.changes
    governorates = Region.objects.filter(level="admin1")
    assert governorates.count() == 14 and {g.parent_id for g in governorates} == {syria.pk}
    assert dict(governorates.values_list("pcode", "path")) == before
    assert not governorates.filter(centroid_lat__isnull=True).exists()
    assert Region.objects.get(pcode="SY0705").parent.parent == syria  # the subtree came along unchanged
