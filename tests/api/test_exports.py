import csv
import io

from tests.factories import FigureFactory


def _rows(response):
    assert response.status_code == 200 and response.streaming
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_hxl_export_has_the_hashtag_row_and_admin_columns(api, world):
    api.force_authenticate(world["reviewer"])
    header, tags, *rows = _rows(api.get("/api/v1/figures/export.hxl?status=verified"))
    assert tags[header.index("admin1_pcode")] == "#adm1+code"
    assert {"#adm1+name", "#affected+idps", "#date+start", "#org"} <= set(tags)
    (row,) = rows
    record = dict(zip(header, row, strict=True))
    assert (record["admin1"], record["admin1_pcode"], record["admin2_pcode"]) == ("Idleb", "SY07", "SY0705")
    assert (record["location"], record["persons"], record["period_start"]) == ("Ariha town", "5000", "2020-02-01")


def test_csv_export_has_no_hashtag_row_and_neutralises_formulas(api, world):
    api.force_authenticate(world["reviewer"])
    FigureFactory(value=5, region=world["aleppo"], notes="", quote="")
    world["draft"].quote = "=HYPERLINK(evil)"
    type(world["draft"]).objects.filter(pk=world["draft"].pk).update(quote="=HYPERLINK(evil)")
    header, first, *rest = _rows(api.get("/api/v1/figures/export.csv"))
    assert not first[0].startswith("#")
    quotes = [dict(zip(header, r, strict=True))["quote"] for r in [first, *rest]]
    assert "'=HYPERLINK(evil)" in quotes and "=HYPERLINK(evil)" not in quotes


def test_export_applies_the_filters(api, world):
    api.force_authenticate(world["reviewer"])
    header, *rows = _rows(api.get("/api/v1/figures/export.csv?region=SY02"))
    assert [dict(zip(header, r, strict=True))["id"] for r in rows] == [str(world["draft"].pk)]


def test_the_dictionary_checks_the_filters_given_with_it(api, world):
    """`?format=dictionary` answered 200 whatever came with it (`unit=bogus`, `region=SY99`), while the export it
    describes refuses them: every parameter is checked before the first byte, the dictionary's too."""
    api.force_authenticate(world["reviewer"])
    for path in ("export.csv", "export.hxl"):
        bad = api.get(f"/api/v1/figures/{path}?format=dictionary&unit=bogus")
        assert bad.status_code == 400 and "unit" in bad.json(), bad.content
        assert api.get(f"/api/v1/figures/{path}?format=dictionary&region=SY99").status_code == 404
        good = api.get(f"/api/v1/figures/{path}?format=dictionary&unit=person")
        assert good.status_code == 200 and good.content.startswith(b"sheet,column,hxl,type,description,values")


def test_the_export_gives_a_body_no_reporting_body_matches_in_its_own_column(api, world):
    """The body as the source wrote it has its own column: in the reporting body column it made the tracker's own
    export refused on import ("no reporting body called …")."""
    api.force_authenticate(world["reviewer"])
    FigureFactory(value=777, region=world["aleppo"], reporting_body=None, raw_reporting_body="Jane Roe, governor")
    header, tags, *rows = _rows(api.get("/api/v1/figures/export.hxl"))
    assert tags[header.index("reporting_body_as_written")] == "#org+as_written"
    by_value = {r[header.index("reported_value")]: dict(zip(header, r, strict=True)) for r in rows}
    assert (by_value["777"]["reporting_body"], by_value["777"]["reporting_body_as_written"]) == (
        "",
        "Jane Roe, governor",
    )
    assert by_value[str(world["verified"].value)]["reporting_body"].startswith("UN Office")
