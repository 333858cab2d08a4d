"""A crawl over every admin page, written from admin.site._registry, as superuser, editor and reviewer.

Every changelist (with each list filter's links and a search), every add form (opened, and posted empty), every
change form (opened, and posted back unchanged: it must save), every history page, and every custom page linked
from the index. No page may answer with a server error. Then the add forms of the models staff create by hand are
posted with valid data, as a person would fill them in.
"""

import io
from urllib.parse import urljoin

import lxml.html
import pytest
from django.contrib import admin
from django.core.management import call_command
from django.urls import NoReverseMatch, reverse

from tests.factories import UserFactory
from tracker.choices import FigureStatus, Role
from tracker.models import DisplacementFigure, Event, Region, ReportingBody, Source

pytestmark = pytest.mark.django_db
OBJECTS_PER_MODEL = 3
ROLES = ["superuser", "editor", "reviewer"]


@pytest.fixture
def demo(db):
    call_command("load_demo", password="demo-password-42", stdout=io.StringIO())


def _user(role):
    if role == "superuser":
        return UserFactory(is_superuser=True, is_staff=True)
    return UserFactory(role={"editor": Role.EDITOR, "reviewer": Role.REVIEWER}[role])


def _form_values(html: str, form_id: str | None = None) -> dict[str, str | list[str]]:
    """What a browser would submit for the page's main form, unchanged (a name given twice becomes a list)."""
    page = lxml.html.fromstring(html)
    forms = [f for f in page.forms if (f.get("id") == form_id if form_id else f.get("method", "").lower() == "post")]
    assert forms, "no form on the page"
    data: dict[str, str | list[str]] = {}
    for name, value in forms[-1].form_values():
        if name in data:
            data[name] = [*([data[name]] if isinstance(data[name], str) else data[name]), value]
        else:
            data[name] = value
    return data


class Crawl:
    def __init__(self, client):
        self.client, self.visited, self.errors = client, 0, []

    def get(self, url):
        response = self.client.get(url)
        self._check("GET", url, response)
        return response

    def post(self, url, data):
        response = self.client.post(url, data)
        self._check("POST", url, response)
        return response

    def _check(self, method, url, response):
        self.visited += 1
        if response.status_code >= 500:
            self.errors.append(f"{method} {url}: {response.status_code}")


def _filter_links(html: str, base: str) -> list[str]:
    page = lxml.html.fromstring(html)
    links = page.xpath('//*[@id="changelist-filter"]//a/@href')
    return sorted({urljoin(base, link) for link in links})


@pytest.mark.parametrize("role", ROLES)
def test_every_admin_page_answers_without_a_server_error(client, demo, role):
    client.force_login(_user(role))
    crawl = Crawl(client)
    unchanged_saves = []
    for model, model_admin in admin.site._registry.items():
        info = (model._meta.app_label, model._meta.model_name)
        changelist = reverse("admin:{}_{}_changelist".format(*info))
        response = crawl.get(changelist)
        if response.status_code == 200:
            for link in _filter_links(response.content.decode(), changelist)[:40]:
                crawl.get(link)
            if model_admin.search_fields:
                crawl.get(f"{changelist}?q=Idleb")
        try:
            add = reverse("admin:{}_{}_add".format(*info))
        except NoReverseMatch:
            add = None
        if add and crawl.get(add).status_code == 200:
            crawl.post(add, {})
        for obj in model._default_manager.all()[:OBJECTS_PER_MODEL]:
            change = reverse("admin:{}_{}_change".format(*info), args=[obj.pk])
            page = crawl.get(change)
            crawl.get(reverse("admin:{}_{}_history".format(*info), args=[obj.pk]))
            can_change = model_admin.has_change_permission(_request(client), obj)
            if page.status_code == 200 and can_change:
                response = crawl.post(change, _form_values(page.content.decode(), f"{info[1]}_form"))
                if response.status_code != 302:
                    form = response.context and response.context.get("adminform")
                    unchanged_saves.append((change, form and form.form.errors, response.status_code))
    for url in _custom_pages(client):
        crawl.get(url)
    assert crawl.errors == [], crawl.errors
    assert unchanged_saves == [], unchanged_saves
    assert crawl.visited > 60


def _request(client):
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = client.get(reverse("admin:index")).wsgi_request.user
    return request


def _custom_pages(client) -> list[str]:
    """Pages linked from the index that are not a model's standard changelist or add page."""
    html = client.get(reverse("admin:index")).content.decode()
    links = set(lxml.html.fromstring(html).xpath("//a/@href"))
    standard = {
        reverse(f"admin:{m._meta.app_label}_{m._meta.model_name}_{page}")
        for m in admin.site._registry
        for page in ("changelist", "add")
    }
    custom = {link for link in links if link.startswith("/admin/") and "logout" not in link}
    return sorted(custom - standard)


# -------------------------------------------------------------------- add forms, as a person fills them


def _add(client, model, fields: dict, inline_prefix: str | None = None, inline_rows: list[dict] = ()):
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_add")
    values = _form_values(client.get(url).content.decode(), f"{model._meta.model_name}_form")
    values.update(fields)
    for i, row in enumerate(inline_rows):
        for name, value in row.items():
            values[f"{inline_prefix}-{i}-{name}"] = value
    if inline_prefix:
        values[f"{inline_prefix}-TOTAL_FORMS"] = str(max(len(inline_rows), int(values[f"{inline_prefix}-TOTAL_FORMS"])))
    return client.post(url, values)


def _errors(response):
    context = response.context or {}
    form = context.get("adminform")
    return (form and form.form.errors, [f.errors for f in context.get("inline_admin_formsets", [])])


@pytest.fixture
def editor_client(client, demo):
    client.force_login(_user("editor"))
    return client


def test_a_region_with_aliases_is_added(editor_client):
    idleb = Region.objects.get(pcode="SY07")
    response = _add(editor_client, Region, {"name": "Qah camp", "level": "locality", "parent": idleb.pk},
                    "aliases", [{"name": "Qah"}, {"name": "مخيم قاح"}])  # fmt: skip
    assert response.status_code == 302, _errors(response)
    region = Region.objects.get(name="Qah camp")
    assert sorted(region.aliases.values_list("name", flat=True)) == ["Qah", "مخيم قاح"]
    assert region.path.startswith(idleb.path)


def test_a_body_with_aliases_is_added_and_a_taken_alias_is_a_field_error(editor_client):
    response = _add(editor_client, ReportingBody, {"name": "Syria Response Coordinators", "kind": "ngo",
                                                   "reliability": "medium"},
                    "aliases", [{"name": "SRC"}])  # fmt: skip
    assert response.status_code == 302, _errors(response)
    body = ReportingBody.objects.get(name="Syria Response Coordinators")
    assert list(body.aliases.values_list("name", flat=True)) == ["SRC"]
    taken = _add(editor_client, ReportingBody, {"name": "Another council", "kind": "local_authority",
                                                "reliability": "low"}, "aliases", [{"name": "SRC"}])  # fmt: skip
    assert taken.status_code == 200
    assert "already names" in taken.content.decode()
    assert not ReportingBody.objects.filter(name="Another council").exists()


def test_a_source_is_added_and_its_text_is_read_only_afterwards(editor_client):
    response = _add(editor_client, Source, {"title": "Field note", "text": "About 300 families fled Sarmin."})
    assert response.status_code == 302, _errors(response)
    source = Source.objects.get(title="Field note")
    change = reverse("admin:tracker_source_change", args=[source.pk])
    values = _form_values(editor_client.get(change).content.decode(), "source_form")
    assert "text" not in values
    values.update({"title": "Field note, corrected", "text": "Something else entirely."})
    assert editor_client.post(change, values).status_code == 302
    source.refresh_from_db()
    assert (source.title, source.text) == ("Field note, corrected", "About 300 families fled Sarmin.")


def test_an_event_is_added(editor_client):
    idleb = Region.objects.get(pcode="SY07")
    response = _add(editor_client, Event, {"name": "Floods in Idleb camps", "kind": "disaster",
                                           "start_date": "2021-01-18", "regions": [idleb.pk]})  # fmt: skip
    assert response.status_code == 302, _errors(response)
    assert list(Event.objects.get(name="Floods in Idleb camps").regions.values_list("pcode", flat=True)) == ["SY07"]


def test_a_figure_is_added_and_an_empty_region_is_a_field_error_kept_with_what_was_typed(editor_client):
    fields = {"value": "3000", "unit": "household", "term": "fled", "category": "flow", "qualifier": "exact",
              "period_start": "2020-02-01", "period_end": "2020-02-05", "period_accuracy": "day",
              "reporting_body": ReportingBody.objects.order_by("pk").first().pk}  # fmt: skip
    missing = _add(editor_client, DisplacementFigure, {**fields, "region": ""})
    assert missing.status_code == 200
    assert "Choose the region" in missing.content.decode()
    assert 'value="3000"' in missing.content.decode()
    saraqib = Region.objects.filter(name__icontains="Saraq").order_by("depth").first()
    response = _add(editor_client, DisplacementFigure, {**fields, "region": saraqib.pk})
    assert response.status_code == 302, _errors(response)
    figure = DisplacementFigure.objects.latest("pk")
    assert (figure.value, figure.status, figure.persons) == (3000, FigureStatus.DRAFT, 15000)  # demo size 5.00


def test_an_editor_cannot_make_a_figure_recommended_in_the_admin(editor_client):
    figure = DisplacementFigure.objects.filter(status=FigureStatus.DRAFT).first() or DisplacementFigure.objects.first()
    change = reverse("admin:tracker_displacementfigure_change", args=[figure.pk])
    values = _form_values(editor_client.get(change).content.decode(), "displacementfigure_form")
    assert "role" not in values
    values["role"] = "recommended"
    editor_client.post(change, values)
    figure.refresh_from_db()
    assert figure.role == "triangulation"


def test_a_region_form_that_breaks_a_rule_is_a_field_error(editor_client):
    idleb = Region.objects.get(pcode="SY07")
    child = idleb.children.first()
    change = reverse("admin:tracker_region_change", args=[idleb.pk])
    values = _form_values(editor_client.get(change).content.decode(), "region_form")
    moved_inside = editor_client.post(change, {**values, "parent": child.pk})
    assert moved_inside.status_code == 200 and "cannot be moved inside itself" in moved_inside.content.decode()
    same_code = _add(editor_client, Region, {"name": "Idleb copy", "level": "admin1", "pcode": "sy07"})
    assert same_code.status_code == 200 and "already has the p-code" in same_code.content.decode()
    twin = _add(editor_client, Region, {"name": child.name.upper(), "level": child.level, "parent": idleb.pk})
    assert twin.status_code == 200 and "already has a region of that level" in twin.content.decode()


@pytest.mark.parametrize("hostile", ["NaN", "²", "-1", "9" * 30])
def test_a_hostile_id_in_a_picker_is_a_field_error_not_a_server_error(editor_client, hostile):
    response = _add(editor_client, DisplacementFigure, {"value": "10", "period_start": "2020-02-01",
                                                        "period_end": "2020-02-02", "region": hostile,
                                                        "reporting_body": hostile})  # fmt: skip
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


@pytest.mark.parametrize("hostile", ["²", "٣", "12abc"])
def test_a_figure_page_with_a_hostile_id_is_not_a_server_error(editor_client, hostile):
    response = editor_client.get(f"/admin/tracker/displacementfigure/{hostile}/change/")
    assert response.status_code < 500
