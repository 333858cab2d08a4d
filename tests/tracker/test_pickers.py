"""Region pickers in the admin: autocompletes (not lists of every place), labelled with level and parents."""

import re

import pytest
from django.urls import reverse

from tests.factories import FigureFactory, RegionFactory, country
from tracker.choices import FigureStatus, RegionLevel
from tracker.models import RegionAlias
from tracker.text import name_key

pytestmark = pytest.mark.django_db


@pytest.fixture
def places(db):
    syria = country()
    idleb = RegionFactory(name="Idleb", pcode="SY07", parent=syria)
    aleppo = RegionFactory(name="Aleppo", pcode="SY02", parent=syria)
    district = RegionFactory(name="Ariha", pcode="SY0705", level=RegionLevel.ADMIN2, parent=idleb)
    town = RegionFactory(name="Ariha", level=RegionLevel.LOCALITY, parent=district)
    other = RegionFactory(name="Ariha", level=RegionLevel.LOCALITY, parent=aleppo)
    RegionAlias.objects.create(region=town, name="أريحا", name_key=name_key("أريحا"))
    RegionAlias.objects.create(region=town, name="Areeha", name_key=name_key("Areeha"))
    for n in range(30):  # more places than a dropdown should ever list
        RegionFactory(name=f"Village {n}", level=RegionLevel.LOCALITY, parent=district)
    return {"syria": syria, "idleb": idleb, "district": district, "town": town, "other": other}


def _autocomplete(client, term, field="region", model="displacementfigure"):
    return client.get(reverse("admin:autocomplete"),
                      {"term": term, "app_label": "tracker", "model_name": model, "field_name": field})  # fmt: skip


def test_the_autocomplete_labels_each_place_with_level_and_parents(client, editor, places):
    client.force_login(editor)
    results = _autocomplete(client, "areeha").json()["results"]
    assert results == [{"id": str(places["town"].pk), "text": "Ariha — town, Ariha › Idleb"}]
    texts = [r["text"] for r in _autocomplete(client, "اريحا").json()["results"]]
    assert texts == ["Ariha — town, Ariha › Idleb"]
    texts = [r["text"] for r in _autocomplete(client, "ARIHA").json()["results"]]
    assert texts == ["Ariha — district, Idleb (SY0705)", "Ariha — town, Aleppo", "Ariha — town, Ariha › Idleb"]
    # the same for the region's parent, an event's regions and a household size's country
    assert _autocomplete(client, "idl", field="parent", model="region").json()["results"][0]["text"].startswith(
        "Idleb — governorate")  # fmt: skip
    assert _autocomplete(client, "idl", field="regions", model="event").json()["results"]


def test_the_autocomplete_needs_a_login(client, places):
    assert _autocomplete(client, "ariha").status_code in (302, 403)


def test_the_review_page_region_field_is_an_autocomplete_showing_the_label(client, reviewer, places):
    figure = FigureFactory(region=places["town"], status=FigureStatus.EXTRACTED)
    client.force_login(reviewer)
    page = client.get(reverse("admin:tracker_displacementfigure_review", args=[figure.pk])).content.decode()
    select = re.search(r'<select name="region"[^>]*>.*?</select>', page, re.S).group(0)
    assert "admin-autocomplete" in select and 'data-field-name="region"' in select
    assert re.findall(r"<option[^>]*>([^<]*)</option>", select) == ["", "Ariha — town, Ariha › Idleb"]
    assert "Village 7" not in page
    assert "admin/js/vendor/select2/select2.full" in page
    # saving through it still works
    response = client.post(reverse("admin:tracker_displacementfigure_review", args=[figure.pk]), {
        "action": "save", "value": "1500", "qualifier": "exact", "unit": "person", "term": "displaced",
        "category": "flow", "period_start": "2020-02-01", "period_end": "2020-02-07", "period_accuracy": "day",
        "region": str(places["other"].pk), "role": "triangulation"})  # fmt: skip
    assert response.status_code == 302
    figure.refresh_from_db()
    assert (figure.region_id, figure.value) == (places["other"].pk, 1500)


def test_the_figure_form_and_the_queue_filter_are_autocompletes(client, reviewer, places):
    client.force_login(reviewer)
    add = client.get(reverse("admin:tracker_displacementfigure_add")).content.decode()
    assert re.search(r'<select name="region"[^>]*admin-autocomplete', add) and "Village 7" not in add
    queue = client.get(reverse("admin:tracker_displacementfigure_review_queue"),
                       {"region": places["idleb"].pk}).content.decode()  # fmt: skip
    select = re.search(r'<select name="region"[^>]*>.*?</select>', queue, re.S).group(0)
    assert "admin-autocomplete" in select and "Idleb — governorate" in select and "Village 7" not in queue
    assert client.get(reverse("admin:tracker_displacementfigure_review_queue"), {"region": "x"}).status_code == 200


def test_the_changelist_filters_by_a_picked_region_subtree_and_searches_by_alias(client, reviewer, places):
    in_town = FigureFactory(region=places["town"], value=111)
    elsewhere = FigureFactory(region=places["other"], value=222)
    client.force_login(reviewer)
    url = reverse("admin:tracker_displacementfigure_changelist")
    page = client.get(url, {"region": places["idleb"].pk})
    listed = {f.pk for f in page.context["cl"].result_list}
    assert listed == {in_town.pk}
    body = page.content.decode()
    assert "region-filter-picker" in body and "tracker/js/region-filter.js" in body and "Village 7" not in body
    for term in ("Areeha", "أريحا", "اريحا"):
        found = {f.pk for f in client.get(url, {"q": term}).context["cl"].result_list}
        assert found == {in_town.pk}, term
    assert {f.pk for f in client.get(url, {"q": "ariha"}).context["cl"].result_list} == {in_town.pk, elsewhere.pk}
    assert client.get(url, {"region": "not-a-number"}).status_code == 200


def test_the_region_page_shows_a_map_from_static_files_only(client, reviewer, places):
    client.force_login(reviewer)
    page = client.get(reverse("admin:tracker_region_overview", args=[places["idleb"].pk])).content.decode()
    assert 'class="region-map"' in page and f'data-region="{places["idleb"].pk}"' in page
    assert "/static/leaflet/leaflet.js" in page and "/static/tracker/js/region-map.js" in page
    assert "CC BY-IGO" in page and 'data-tiles-url=""' in page
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", page.split('class="region-map-block"')[1], re.S)
    assert scripts and all("src=" in attrs and not body.strip() for attrs, body in scripts)
    assert "unpkg" not in page and "cdn" not in page.lower()


def test_the_import_preview_offers_to_name_an_unknown_place_and_then_places_its_rows(client, editor, places):
    from tracker.models import ImportJob
    from tracker.tasks import run_import

    content = (b"region,value,period_start,period_end\n"
               b"Areeha al-Jadida,1200,2020-02-01,2020-02-05\nSY07,800,2020-02-01,2020-02-05\n")  # fmt: skip
    job = ImportJob.objects.create(file_name="f.csv", content=content, dry_run=True, started_by=editor)
    run_import(job.pk)
    client.force_login(editor)
    url = reverse("admin:tracker_displacementfigure_import_job", args=[job.pk])
    page = client.get(url).content.decode()
    assert "Places the gazetteer does not know" in page and "Areeha al-Jadida" in page
    form = re.search(r'<form method="post" class="place-alias">.*?</form>', page, re.S).group(0)
    assert "admin-autocomplete" in form and "Village 7" not in form
    assert client.post(url, {"action": "alias", "prefix": "place0", "place0-name": "Areeha al-Jadida",
                             "place0-region": ""}).status_code == 200  # nothing picked: asked again  # fmt: skip
    response = client.post(url, {"action": "alias", "prefix": "place0", "place0-name": "Areeha al-Jadida",
                                 "place0-region": places["town"].pk})  # fmt: skip
    assert response.status_code == 302
    assert places["town"].aliases.filter(name="Areeha al-Jadida").exists()
    client.post(url, {"action": "preview"})
    again = ImportJob.objects.latest("id")
    run_import(again.pk)
    again.refresh_from_db()
    assert (again.created, again.rejected) == (2, 0)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("fr", "« Areeha al-Jadida » est désormais un nom de {} : prévisualisez à nouveau le fichier pour placer ses "
               "lignes."),
        ("ar", "أصبح «Areeha al-Jadida» اسمًا من أسماء {}: عاين الملف من جديد لتحديد أماكن صفوفه."),
    ],
)  # fmt: skip
def test_naming_an_unknown_place_is_confirmed_in_the_language_of_the_page(language, said, client, editor, places):
    from tracker.models import ImportJob
    from tracker.tasks import run_import

    content = b"region,value,period_start,period_end\nAreeha al-Jadida,1200,2020-02-01,2020-02-05\n"
    job = ImportJob.objects.create(file_name="f.csv", content=content, dry_run=True, started_by=editor)
    run_import(job.pk)
    client.force_login(editor)
    url = reverse("admin:tracker_displacementfigure_import_job", args=[job.pk])
    town = places["town"].pk
    data = {"action": "alias", "prefix": "place0", "place0-name": "Areeha al-Jadida", "place0-region": town}
    response = client.post(url, data, HTTP_ACCEPT_LANGUAGE=language, follow=True)
    assert said.format(places["town"].name) in [str(m) for m in response.context["messages"]]
