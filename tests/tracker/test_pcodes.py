"""P-codes are matched ignoring case, so they are unique ignoring case: `sy07` beside `SY07` is refused by the
database, the model, the admin (on the p-code field) and the gazetteer loader (a line error; the rest goes in)."""

import csv
import importlib
import io
from pathlib import Path

import pytest
from django.apps import apps as django_apps
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction

from tests.factories import RegionFactory, UserFactory, country
from tracker import services
from tracker.choices import RegionLevel
from tracker.models import Region
from tracker.selectors import region_by_pcode

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def idleb():
    return RegionFactory(name="Idleb", pcode="SY07", parent=country())


def test_the_database_refuses_a_pcode_that_differs_only_in_case(idleb):
    for clash in ("sy07", "Sy07", "sY07"):
        with pytest.raises(IntegrityError, match="region_pcode_unique_ignoring_case"), transaction.atomic():
            Region.objects.create(name="Other", name_key="other", level=RegionLevel.ADMIN1, pcode=clash, path="/x/")
    RegionFactory(name="Blank one", pcode="")
    RegionFactory(name="Blank two", pcode="")  # blank p-codes stay allowed, any number of them
    assert region_by_pcode(pcode="sy07") == idleb


@pytest.mark.parametrize("clash", ["sy07", "SY07", "Sy07"])
def test_services_refuse_it_on_the_pcode_field(idleb, clash):
    with pytest.raises(ValidationError) as caught:
        services.create_region(name="Harim", level=RegionLevel.ADMIN2, parent=idleb, pcode=clash)
    assert list(caught.value.message_dict) == ["pcode"]
    assert "p-codes are compared ignoring case" in caught.value.message_dict["pcode"][0]
    aleppo = RegionFactory(name="Aleppo", pcode="SY02")
    with pytest.raises(ValidationError) as caught:
        services.update_region(region=aleppo, pcode=clash)
    assert list(caught.value.message_dict) == ["pcode"]
    assert Region.objects.get(pk=aleppo.pk).pcode == "SY02"


def test_a_region_keeps_its_own_pcode_and_may_change_its_case(idleb):
    services.update_region(region=idleb, name="Idlib")  # its own p-code is no clash
    services.update_region(region=idleb, pcode="sy07")
    assert Region.objects.get(pk=idleb.pk).pcode == "sy07"


def test_the_admin_shows_the_error_on_the_pcode_field_and_saves_nothing(client, idleb):
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    count = Region.objects.count()
    response = client.post(
        "/admin/tracker/region/add/",
        {"name": "Harim", "level": RegionLevel.ADMIN2, "parent": idleb.pk, "pcode": "sy07",
         "aliases-TOTAL_FORMS": "0", "aliases-INITIAL_FORMS": "0"},
    )  # fmt: skip
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert list(form.errors) == ["pcode"] and "compared ignoring case" in form.errors["pcode"][0]
    body = response.content.decode()
    field_row = body[body.index('class="form-row') : body.index("</fieldset>")]
    assert "compared ignoring case" in field_row[field_row.index("field-pcode") :]
    assert Region.objects.count() == count


def _write_cod(path: Path, *rows):
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["admin0Name_en", "admin0Pcode", "admin1Name_en", "admin1Pcode"])
        writer.writerows(rows)


def test_the_loader_reports_a_case_clash_by_line_and_loads_the_rest(tmp_path):
    path = tmp_path / "cod.csv"
    _write_cod(
        path,
        ["Syrian Arab Republic", "SY", "Idleb", "SY07"],
        ["Syrian Arab Republic", "SY", "Harim", "sy07"],  # another place, same code in lower case
        ["Syrian Arab Republic", "SY", "Idleb", "Sy07"],  # the same place, the code in another case
        ["Syrian Arab Republic", "SY", "Aleppo", "SY02"],
    )
    err = io.StringIO()
    call_command("load_gazetteer", str(path), verbosity=0, stdout=io.StringIO(), stderr=err)
    assert "line 3: p-code sy07 differs only in case from SY07 (Idleb)" in err.getvalue()
    assert "line 4: p-code Sy07 differs only in case from SY07 (Idleb)" in err.getvalue()
    assert sorted(Region.objects.values_list("name", "pcode")) == [
        ("Aleppo", "SY02"), ("Idleb", "SY07"), ("Syrian Arab Republic", "SY"),
    ]  # fmt: skip


def test_the_migration_stops_with_a_clear_list_when_duplicates_exist(idleb):
    (migration,) = (ROOT / "tracker" / "migrations").glob("*_region_pcode_unique_ignoring_case.py")
    module = importlib.import_module(f"tracker.migrations.{migration.stem}")
    module.refuse_case_duplicates(django_apps, None)  # clean data: passes
    (constraint,) = [c for c in Region._meta.constraints if c.name == "region_pcode_unique_ignoring_case"]
    with connection.schema_editor() as editor:  # rolled back with the test's transaction
        editor.remove_constraint(Region, constraint)
    harim = Region.objects.create(name="Harim", name_key="harim", level=RegionLevel.ADMIN2, pcode="sy07", path="/h/")
    with pytest.raises(RuntimeError) as caught:
        module.refuse_case_duplicates(django_apps, None)
    message = str(caught.value)
    assert "differs only in case" in message and "then run migrate again" in message
    assert f"'SY07' Idleb (id {idleb.pk})" in message and f"'sy07' Harim (id {harim.pk})" in message


@pytest.mark.parametrize("written", ["SY٠٧٠٩", "ＳＹ0709", "SY 0709"])
def test_a_pcode_in_other_digits_is_refused_by_the_admin_on_its_field(client, idleb, written):
    """A p-code is ASCII: 'SY٠٧٠٩' was saved as it was, a code no lookup of 'SY0709' finds."""
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    count = Region.objects.count()
    response = client.post(
        "/admin/tracker/region/add/",
        {"name": "Harim", "level": RegionLevel.ADMIN2, "parent": idleb.pk, "pcode": written,
         "aliases-TOTAL_FORMS": "0", "aliases-INITIAL_FORMS": "0"},
    )  # fmt: skip
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert list(form.errors) == ["pcode"] and "letters A–Z and the digits 0–9" in form.errors["pcode"][0]
    assert Region.objects.count() == count
    with pytest.raises(ValidationError) as caught:
        services.update_region(region=idleb, pcode=written)
    assert list(caught.value.message_dict) == ["pcode"]


def test_the_loader_reports_a_pcode_in_other_digits_by_line_and_loads_the_rest(tmp_path):
    path = tmp_path / "cod.csv"
    _write_cod(
        path,
        ["Syrian Arab Republic", "SY", "Idleb", "SY٠٧"],  # Arabic-Indic digits
        ["Syrian Arab Republic", "SY", "Aleppo", "SY02"],
    )
    err = io.StringIO()
    call_command("load_gazetteer", str(path), verbosity=0, stdout=io.StringIO(), stderr=err)
    assert "line 2: 'SY٠٧': a p-code is ASCII letters and digits" in err.getvalue(), err.getvalue()
    assert sorted(Region.objects.values_list("name", "pcode")) == [("Aleppo", "SY02"), ("Syrian Arab Republic", "SY")]
