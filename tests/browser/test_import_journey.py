"""A data officer imports a file with a bad row, reads what is wrong, fixes the file and imports it again."""

from tests.browser.conftest import LAPTOP, login, shot
from tests.factories import RegionFactory, ReportingBodyFactory, UserFactory, country
from tracker.choices import FigureStatus, RegionLevel, Role
from tracker.models import DisplacementFigure

UPLOAD = "form[enctype='multipart/form-data'] button[type=submit]"
HEADER = "region,value,unit,term,period_start,period_end,reporting_body\n"
GOOD = (
    "SY0705,1200,persons,Fled,01/02/2020,05/02/2020,SOHR\nSY0705,300,households,displaced,2020-02-03,2020-02-07,SOHR\n"
)


def test_import_with_a_bad_row_then_fix_and_import_again(chromium, live_server, transactional_db, eager_tasks,
                                                         tmp_path):  # fmt: skip
    from tests.factories import HouseholdSizeFactory

    UserFactory(role=Role.EDITOR, username="importer")
    syria = country()
    HouseholdSizeFactory(country=syria, year=2020, size="5.00")
    RegionFactory(name="Ariha", pcode="SY0705", level=RegionLevel.ADMIN2, parent=RegionFactory(name="Idleb",
                  pcode="SY07", parent=syria))  # fmt: skip
    ReportingBodyFactory(name="Syrian Observatory for Human Rights", acronym="SOHR")
    bad = tmp_path / "figures.csv"
    bad.write_text(HEADER + GOOD + 'SY0705,"1,5",persons,fled,2020-02-01,2020-02-05,SOHR\n', encoding="utf-8")

    page = chromium.new_page(viewport=LAPTOP)
    login(page, live_server.url, "importer")
    page.goto(f"{live_server.url}/admin/tracker/displacementfigure/import/")
    page.set_input_files("input[type=file]", str(bad))
    page.click(UPLOAD)
    page.wait_for_selector("#import-summary")
    shot(page, "import-preview-bad-row")
    rejected = page.locator("#rejected-rows")
    assert "4" in rejected.inner_text() and "ambiguous" in rejected.inner_text().lower()
    assert "Would create 2" in page.locator("#import-summary").inner_text()
    assert DisplacementFigure.objects.count() == 0  # a preview writes nothing

    page.click("#confirm-import")  # the good rows go in now
    page.wait_for_selector("#import-summary")
    assert "Created 2" in page.locator("#import-summary").inner_text()
    assert "drafts" in page.locator("#import-summary").inner_text()

    fixed = tmp_path / "figures-fixed.csv"
    fixed.write_text(HEADER + GOOD + "SY0705,1500,persons,fled,2020-02-01,2020-02-05,SOHR\n", encoding="utf-8")
    page.goto(f"{live_server.url}/admin/tracker/displacementfigure/import/")
    page.set_input_files("input[type=file]", str(fixed))
    page.click(UPLOAD)
    page.wait_for_selector("#import-summary")
    summary = page.locator("#import-summary").inner_text()
    assert "Would create 1" in summary and "unchanged 2" in summary  # rows already in are skipped
    page.click("#confirm-import")
    page.wait_for_selector("#import-summary")
    shot(page, "import-fixed-and-imported")
    values = sorted(DisplacementFigure.objects.values_list("value", "status"))
    assert values == [(300, FigureStatus.DRAFT), (1200, FigureStatus.DRAFT), (1500, FigureStatus.DRAFT)]
