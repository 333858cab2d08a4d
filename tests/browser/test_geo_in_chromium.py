"""Places and maps in a real headless Chromium (Debian's), on the shared Syria COD-AB. Screenshots go to artifacts/."""

import json
from datetime import date

import pytest

from tests.browser import test_review_in_chromium as review
from tests.factories import FigureFactory, ReportingBodyFactory, UserFactory
from tests.shared_data import SYRIA_ADMIN1, SYRIA_ADMIN2, syria_rows
from tracker import services
from tracker.choices import FigureStatus, Role, Term
from tracker.models import DisplacementFigure, Region
from tracker.services import load_gazetteer

ARTIFACTS, playwright_api, _login = review.ARTIFACTS, review.playwright_api, review._login


@pytest.fixture
def syria(transactional_db):
    features = [f for path in (SYRIA_ADMIN1, SYRIA_ADMIN2) for f in json.loads(path.read_text("utf-8"))["features"]]
    report = load_gazetteer(rows=syria_rows(), features=features)
    assert not report.errors
    editor = UserFactory(role=Role.EDITOR, username="editor-g")
    reviewer = UserFactory(role=Role.REVIEWER, username="reviewer-g")
    return {"editor": editor, "reviewer": reviewer, "region": lambda pcode: Region.objects.get(pcode=pcode)}


def _pick(page, field_id, typed, choose, screenshot=None, expected=None):
    """Open the select2 autocomplete next to <select id=field_id>, type, and click the option containing `choose`."""
    page.click(f"#{field_id} + .select2 .select2-selection")
    search = page.locator(".select2-container--open .select2-search__field")
    search.wait_for()
    search.press_sequentially(typed, delay=60)  # keystrokes, as a person types
    option = page.locator(".select2-results__option", has_text=choose)
    if expected is not None:  # the answer to the whole word, not to a prefix typed on the way
        playwright_api.expect(page.locator(".select2-results__option")).to_have_text(expected, timeout=20_000)
    playwright_api.expect(option).to_have_count(1, timeout=20_000)
    labels = page.locator(".select2-results__option").all_inner_texts()
    if screenshot:
        page.screenshot(path=str(ARTIFACTS / screenshot), full_page=True)
    option.click()
    return labels


def test_a_reviewer_places_a_figure_by_typing_variant_spellings_and_picking_by_parent(browser, live_server, syria):
    figure = FigureFactory(value=400, region=syria["region"]("SY03"), status=FigureStatus.EXTRACTED)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    _login(page, live_server.url, "reviewer-g")
    review = f"{live_server.url}/admin/tracker/displacementfigure/{figure.pk}/review/"
    page.goto(review)
    # Arabic, typed without caring for the alef: four places are called دوما; the one in Hama is wanted
    expected = [
        "Duma — district, Rural Damascus (SY0302)",
        "Duma — town, Duma › Duma › Rural Damascus (C2338)",
        "Duma — town, Hamra › Hama › Hama (C3076)",
        "Duma — town, Shaqa › Shahba › As-Sweida (C6236)",
    ]
    labels = _pick(page, "id_region", "دوما", "Hamra › Hama", screenshot="region-picker-arabic.png", expected=expected)
    assert labels == expected
    page.click("#figure-form button[value=save]")
    playwright_api.expect(page.locator(".messagelist")).to_contain_text("Saved")
    assert DisplacementFigure.objects.get(pk=figure.pk).region.pcode == "C3076"
    # Latin, with diacritics and the article: "Dūmā" for the one in As-Sweida, "el-Bab" for the town of Al Bab
    _pick(page, "id_region", "Dūmā", "Shaqa › Shahba")
    page.click("#figure-form button[value=save]")
    playwright_api.expect(page.locator(".messagelist")).to_contain_text("Saved")
    assert DisplacementFigure.objects.get(pk=figure.pk).region.pcode == "C6236"
    _pick(page, "id_region", "el-Bab", "Al Bab — town", screenshot="region-picker-latin.png")
    page.click("#figure-form button[value=save]")
    playwright_api.expect(page.locator(".messagelist")).to_contain_text("Saved")
    assert DisplacementFigure.objects.get(pk=figure.pk).region.pcode == "C1202"
    # the saved choice shows with its parents
    playwright_api.expect(page.locator("#id_region + .select2 .select2-selection__rendered")).to_contain_text(
        "Al Bab — town, Al Bab › Al Bab › Aleppo")  # fmt: skip


def _verified(syria, pcode, value, end, **kwargs):
    figure = FigureFactory(value=value, region=syria["region"](pcode), acting_user=syria["editor"],
                           period_start=end.replace(day=1), period_end=end, **kwargs)  # fmt: skip
    services.verify_figure(figure=figure, acting_user=syria["reviewer"])
    return figure


def _map_state(page):
    """What the map drew: region id -> (persons or None, 'has-data'/'no-data'), read off the SVG paths."""
    page.locator(".region-map[data-state=ready]").wait_for(timeout=20_000)
    drawn = page.eval_on_selector_all(
        "path.region-shape",
        "els => els.map(e => [e.dataset.regionId, e.dataset.persons, e.getAttribute('class'), e.getAttribute('fill')])",
    )
    return {int(rid): (int(p) if p else None, "has-data" if "has-data" in cls else "no-data", fill)
            for rid, p, cls, fill in drawn}  # fmt: skip


def _api_totals(client, user, pcode, level, **period):
    client.force_login(user)
    terms = [t for t in Term.values if t != Term.RETURNED]
    rows = client.get("/api/v1/totals/", {"region": pcode, "level": level, "category": "flow", "term": terms,
                                          **period}).json()  # fmt: skip
    totals = {}
    for row in rows:
        totals[row["region"]["id"]] = totals.get(row["region"]["id"], 0) + row["persons"]
    return totals


def test_the_region_page_maps_match_the_totals_api(browser, live_server, syria, client):
    sohr = ReportingBodyFactory(name="SOHR")
    _verified(syria, "SY07", 80_000, date(2020, 2, 20))  # the governorate's own figure
    _verified(syria, "C3916", 3_000, date(2020, 2, 10), reporting_body=sohr)  # Saraqab town, inside Idleb
    _verified(syria, "SY0202", 12_000, date(2020, 1, 31))  # Al Bab district, Aleppo
    _verified(syria, "C1003", 500, date(2020, 3, 2))  # a town in Jebel Saman, Aleppo
    page = browser.new_page(viewport={"width": 1400, "height": 1100})
    console = []
    page.on("console", lambda message: console.append(message.text))
    _login(page, live_server.url, "reviewer-g")

    country = syria["region"]("SY")
    response = page.goto(f"{live_server.url}/admin/tracker/region/{country.pk}/overview/")
    assert "default-src 'self'" in response.headers.get("content-security-policy", "")
    drawn = _map_state(page)
    expected = _api_totals(client, syria["reviewer"], "SY", "admin1")
    governorates = set(Region.objects.filter(level="admin1").values_list("id", flat=True))
    assert set(drawn) == governorates  # all 14 drawn, with and without data
    assert {rid: p for rid, (p, _, _) in drawn.items() if p is not None} == expected
    assert expected == {syria["region"]("SY07").pk: 80_000, syria["region"]("SY02").pk: 12_500}
    assert {rid for rid, (_, kind, _) in drawn.items() if kind == "no-data"} == governorates - set(expected)
    fills = {fill for rid, (_, kind, fill) in drawn.items() if kind == "has-data"}
    assert len(fills) == 2 and "#ffffff" not in fills  # two classes, neither the no-data white
    legend = page.locator(".region-map-legend")
    playwright_api.expect(legend).to_contain_text("No verified figure (no data — not zero)")
    playwright_api.expect(page.locator(".leaflet-control-attribution")).to_contain_text("CC BY-IGO")
    playwright_api.expect(page.locator(".region-map-status")).to_contain_text("14 regions: 2 with verified figures")
    assert page.locator(".leaflet-tile").count() == 0  # no tile URL configured: boundaries only, nothing fetched
    page.screenshot(path=str(ARTIFACTS / "map-region-page-syria.png"), full_page=True)

    # stock instead of flow: nothing verified, so every governorate is no data
    page.select_option(".region-map-controls select[name=category]", "stock")
    page.locator(".region-map[data-state=ready]").wait_for(timeout=20_000)
    playwright_api.expect(page.locator(".region-map-status")).to_contain_text("0 with verified figures")

    # click through to Idleb's page: its five districts, shaded the same way as the API counts them
    page.select_option(".region-map-controls select[name=category]", "flow")
    page.locator(".region-map[data-state=ready]").wait_for(timeout=20_000)
    idleb = syria["region"]("SY07")
    page.locator(f"path.region-{idleb.pk}").click(force=True)
    page.wait_for_url(f"{live_server.url}/admin/tracker/region/{idleb.pk}/overview/")
    drawn = _map_state(page)
    expected = _api_totals(client, syria["reviewer"], "SY07", "admin2")
    assert set(drawn) == set(Region.objects.filter(parent=idleb).values_list("id", flat=True))
    assert {rid: p for rid, (p, _, _) in drawn.items() if p is not None} == expected
    assert expected == {syria["region"]("SY0700").pk: 3_000}
    page.screenshot(path=str(ARTIFACTS / "map-region-page-idleb.png"), full_page=True)

    # a sub-district without boundaries: its towns are circles at their points
    sub = syria["region"]("SY020000")
    page.goto(f"{live_server.url}/admin/tracker/region/{sub.pk}/overview/")
    drawn = _map_state(page)
    assert drawn[syria["region"]("C1003").pk][:2] == (500, "has-data")
    assert sum(1 for p, _, _ in drawn.values() if p is None) == len(drawn) - 1
    page.screenshot(path=str(ARTIFACTS / "map-region-page-towns.png"), full_page=True)

    # the dashboard's map: the chosen week's month so far (1 February to 1 March 2020)
    page.goto(f"{live_server.url}/?week=2020-W09")
    drawn = _map_state(page)
    expected = _api_totals(client, syria["reviewer"], "SY", "admin1", start="2020-02-01", end="2020-03-01")
    assert set(drawn) == governorates
    assert {rid: p for rid, (p, _, _) in drawn.items() if p is not None} == expected
    assert expected == {syria["region"]("SY07").pk: 80_000}  # Aleppo's figures end outside: no data, not zero
    assert drawn[syria["region"]("SY02").pk][1] == "no-data"
    page.screenshot(path=str(ARTIFACTS / "map-dashboard.png"), full_page=True)
    assert not [m for m in console if "Content Security Policy" in m or "Refused" in m], console
