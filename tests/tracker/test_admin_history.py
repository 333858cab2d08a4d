"""The admin's *History* page of a record reads in words, as the review page tells a figure's history: who did it
(a person's name, or "the system" for ingest, extraction and loaders), field and choice labels, "—" for nothing.
simple_history's own list wrote "Changed by: None", an empty reviewer as "Deleted user (pk=None)" and raw codes."""

import re

import pytest

from tests.factories import FigureFactory, RegionFactory, SourceFactory, UserFactory, country
from tracker import services
from tracker.admin import DisplacementFigureAdmin
from tracker.choices import FigureStatus, Role

pytestmark = pytest.mark.django_db


def _rows(html: str) -> list[str]:
    body = html[html.index('<table id="change-history"') : html.index("</table>")]
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip() for row in body.split("<tr>")[2:]]


def test_a_figure_history_page_names_people_and_the_system_and_reads_labels(client):
    editor = UserFactory(role=Role.EDITOR, first_name="Amal", last_name="Haddad")
    reviewer = UserFactory(role=Role.REVIEWER, first_name="Jonas", last_name="Berg")
    idleb = RegionFactory(name="Idleb", pcode="SY07", parent=country())
    figure = FigureFactory(region=idleb, value=4000, status=FigureStatus.EXTRACTED)  # by the extractor
    services.verify_figure(figure=figure, acting_user=reviewer)
    services.update_figure(figure=figure, acting_user=editor, changes={"value": 4100})  # back to review
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.get(f"/admin/tracker/displacementfigure/{figure.pk}/history/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "None" not in html and "Deleted user" not in html and "pk=" not in html
    changed, verified, submitted, created = _rows(html)
    assert "Amal Haddad" in changed and "Value: 4,000 → 4,100" in changed
    assert "Status: Verified → In review" in changed and "Reviewed by: Jonas Berg → —" in changed
    assert "Jonas Berg" in verified and "Reviewed by: — → Jonas Berg" in verified
    assert "Status: In review → Verified" in verified
    assert "Jonas Berg" in submitted and "Status: Extracted (awaiting review) → In review" in submitted
    assert "the system" in created and "Created" in created


def test_a_document_stored_by_ingest_reads_the_system_in_french_and_arabic(client):
    source = SourceFactory(title="Flash update", text="Some 5,000 people fled Ariha.")
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    (row,) = _rows(client.get(f"/admin/tracker/source/{source.pk}/history/").content.decode())
    assert "the system" in row and "None" not in row
    french = client.get(f"/admin/tracker/source/{source.pk}/history/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Modifications" in french and "Modifié par" in french and "1 entrée" in french
    arabic = client.get(f"/admin/tracker/source/{source.pk}/history/", HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert "التغييرات" in arabic and "None" not in _rows(arabic)[0]


def test_the_oldest_record_of_a_page_is_told_against_the_one_before_it(client):
    reviewer = UserFactory(role=Role.REVIEWER)
    figure = FigureFactory(region=RegionFactory(name="Idleb", pcode="SY07", parent=country()), value=10)
    for value in (20, 30, 40):
        services.update_figure(figure=figure, acting_user=reviewer, changes={"value": value})
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    per_page, DisplacementFigureAdmin.history_list_per_page = DisplacementFigureAdmin.history_list_per_page, 2
    try:
        first = _rows(client.get(f"/admin/tracker/displacementfigure/{figure.pk}/history/").content.decode())
        second = _rows(client.get(f"/admin/tracker/displacementfigure/{figure.pk}/history/?p=2").content.decode())
    finally:
        DisplacementFigureAdmin.history_list_per_page = per_page
    assert "Value: 30 → 40" in first[0] and "Value: 20 → 30" in first[1]
    assert "Value: 10 → 20" in second[0]


def test_in_arabic_the_arrow_from_old_to_new_points_the_way_the_line_reads(client):
    """Arabic lays the line out right to left: the old value stands on the right, the new on the left, so an arrow
    "→" pointed from the new value back to the old one (read as 4,100 becoming 4,000)."""
    editor = UserFactory(role=Role.EDITOR)
    figure = FigureFactory(region=RegionFactory(name="Idleb", pcode="SY07", parent=country()), value=4000,
                           acting_user=editor)  # fmt: skip
    services.update_figure(figure=figure, acting_user=editor, changes={"value": 4100})
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    for page in (f"/admin/tracker/displacementfigure/{figure.pk}/history/",
                 f"/admin/tracker/displacementfigure/{figure.pk}/review/"):  # fmt: skip
        arabic = client.get(page, HTTP_ACCEPT_LANGUAGE="ar").content.decode()
        assert 'dir="rtl"' in arabic and "4,000 ← 4,100" in arabic, page
        assert "4,000 →" not in arabic
        english = client.get(page, HTTP_ACCEPT_LANGUAGE="en").content.decode()
        assert "4,000 → 4,100" in english, page
