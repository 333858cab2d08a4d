"""Country teams × regions: the permission matrix over every API route, every export and every admin page.

Two country teams (Syria office, Yemen office), a global team, a superuser, a staff member in no team, and partner
tokens limited to a region. A Syria-team reviewer walks towards Yemen's figures by every door — the admin change,
history and delete URLs, the review page, the lifecycle buttons, a bulk action with a foreign id, the region
autocomplete, the import, the API detail and actions, the totals, the HAPI endpoint and the exports — and finds
them absent (404, a redirect to the index, or simply not in the answer), while Syria's are there to work on.

Yemen's figures carry the values 7,345,90x and Syria's 1,234,56x, so "did a Yemen figure leak" is a search for
those digits in whatever the page or the endpoint answered (with and without thousands separators).
"""

import io
from datetime import date

import openpyxl
import pytest
from django.contrib import admin
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from rest_framework.test import APIClient

from api import services as api_services
from tests.factories import (
    FigureFactory,
    RegionFactory,
    ReportingBodyFactory,
    UserFactory,
    country,
    global_team,
    team,
)
from tracker import services
from tracker.choices import Category, FigureStatus, RegionLevel, Role
from tracker.models import DisplacementFigure, FigureComment, ImportJob
from tracker.selectors import figures_visible_to, region_scope
from tracker.tasks import run_import

pytestmark = pytest.mark.django_db

YEMEN_MARKS = ("734590", "7,345,90")
SYRIA_MARKS = ("123456", "1,234,56")


def _leaks(text: str) -> bool:
    return any(mark in text for mark in YEMEN_MARKS)


def _shows_syria(text: str) -> bool:
    return any(mark in text for mark in SYRIA_MARKS)


@pytest.fixture
def w(db):
    """Syria > Idleb, Yemen > Aden; Syria office, Yemen office, a global team; verified flow and stock figures,
    a pending and a draft figure in each country (each pending one disagreeing with the verified one: a
    conflict per country)."""
    syria, yemen = country(), country(name="Yemen", pcode="YE")
    idleb = RegionFactory(name="Idleb", pcode="SY07", parent=syria)
    aden = RegionFactory(name="Aden", pcode="YE24", parent=yemen)
    ariha = RegionFactory(name="Ariha", pcode="SY0705", level=RegionLevel.ADMIN2, parent=idleb)
    ocha = ReportingBodyFactory(name="OCHA")
    syria_office, yemen_office = team("Syria office", syria), team("Yemen office", yemen)
    people = {
        "global_editor": UserFactory(role=Role.EDITOR, username="global-editor"),
        "global_reviewer": UserFactory(role=Role.REVIEWER, username="global-reviewer"),
        "syria_editor": UserFactory(role=Role.EDITOR, username="syria-editor", teams=[syria_office]),
        "syria_reviewer": UserFactory(role=Role.REVIEWER, username="syria-reviewer", teams=[syria_office]),
        "yemen_reviewer": UserFactory(role=Role.REVIEWER, username="yemen-reviewer", teams=[yemen_office]),
        "no_team": UserFactory(role=Role.EDITOR, username="new-starter", teams=[]),
        "superuser": UserFactory(username="root", is_staff=True, is_superuser=True),
        "partner": UserFactory(role=Role.PARTNER, username="partner"),
    }
    editor, reviewer = people["global_editor"], people["global_reviewer"]

    def verified(value, region, category=Category.FLOW):
        figure = FigureFactory(value=value, region=region, reporting_body=ocha, category=category, acting_user=editor)
        return services.verify_figure(figure=figure, acting_user=reviewer)

    def pending(value, region):
        figure = FigureFactory(value=value, region=region, acting_user=editor)
        return services.submit_figure(figure=figure, acting_user=editor)

    figures = {
        "syria_flow": verified(1234561, idleb),
        "syria_stock": verified(1234562, idleb, Category.STOCK),
        "syria_pending": pending(1234563, idleb),
        "syria_draft": FigureFactory(value=1234564, region=ariha, acting_user=people["syria_editor"]),
        "yemen_flow": verified(7345901, aden),
        "yemen_stock": verified(7345902, aden, Category.STOCK),
        "yemen_pending": pending(7345903, aden),
        "yemen_draft": FigureFactory(value=7345904, region=aden, acting_user=editor),
    }
    return {"syria": syria, "yemen": yemen, "idleb": idleb, "aden": aden, "ariha": ariha,
            "syria_office": syria_office, **people, **figures}  # fmt: skip


# ------------------------------------------------------------------------------------------ the rule


def test_who_sees_where(w):
    assert region_scope(user=w["superuser"]).everywhere
    assert region_scope(user=w["global_reviewer"]).everywhere
    assert region_scope(user=w["syria_reviewer"]).paths == (w["syria"].path,)
    assert region_scope(user=w["no_team"]).paths == ()  # the safe default: staff in no team see nothing
    assert region_scope(user=w["partner"]).everywhere  # partners: verified figures, limited by their tokens
    # a token limited to a region narrows the user's own reach; it never widens it
    assert region_scope(user=w["partner"], token_regions=[w["idleb"]]).paths == (w["idleb"].path,)
    assert region_scope(user=w["syria_reviewer"], token_regions=[w["idleb"]]).paths == (w["idleb"].path,)
    assert region_scope(user=w["syria_reviewer"], token_regions=[w["aden"]]).paths == ()
    assert region_scope(user=w["syria_reviewer"], token_regions=[w["syria"], w["yemen"]]).paths == (w["syria"].path,)
    visible = set(figures_visible_to(user=w["syria_reviewer"]).values_list("value", flat=True))
    assert visible == {1234561, 1234562, 1234563, 1234564}
    assert not figures_visible_to(user=w["no_team"]).exists()
    assert figures_visible_to(user=w["global_editor"]).count() == 8


def test_a_team_member_in_two_teams_sees_both_and_a_global_team_sees_everything(w):
    both = UserFactory(role=Role.REVIEWER, teams=[w["syria_office"], *w["yemen_reviewer"].teams.all()])
    assert figures_visible_to(user=both).count() == 8
    late = UserFactory(role=Role.REVIEWER, teams=[w["syria_office"]])
    global_team().members.add(late)
    assert region_scope(user=UserFactory._meta.model.objects.get(pk=late.pk)).everywhere


# ---------------------------------------------------------------------------------------- services


def test_services_refuse_another_teams_figure_with_the_acting_user(w):
    syria_reviewer, yemen = w["syria_reviewer"], w["yemen_pending"]
    for act in (
        lambda: services.verify_figure(figure=yemen, acting_user=syria_reviewer),
        lambda: services.reject_figure(figure=yemen, acting_user=syria_reviewer, reason="no"),
        lambda: services.submit_figure(figure=w["yemen_draft"], acting_user=syria_reviewer),
        lambda: services.reopen_figure(figure=w["yemen_flow"], acting_user=syria_reviewer),
        lambda: services.update_figure(figure=yemen, acting_user=syria_reviewer, changes={"value": 5}),
        lambda: services.add_comment(figure=yemen, acting_user=syria_reviewer, text="mine now"),
        lambda: services.resolve_conflict(recommended=yemen, others=[], acting_user=syria_reviewer),
    ):
        with pytest.raises(PermissionDenied, match="outside your team's regions"):
            act()
    yemen.refresh_from_db()
    assert (yemen.status, yemen.value, yemen.role) == (FigureStatus.IN_REVIEW, 7345903, "triangulation")
    assert not FigureComment.objects.exists()
    outcome = services.act_on_figures(figures=[w["yemen_pending"], w["syria_pending"]], action="verify",
                                      acting_user=syria_reviewer)  # fmt: skip
    assert [f.pk for f in outcome.done] == [w["syria_pending"].pk]
    assert [(f.pk, why) for f, why in outcome.refused] == [(yemen.pk, "This figure is outside your team's regions.")]


def test_a_figure_cannot_be_entered_in_or_moved_to_another_teams_region(w):
    with pytest.raises(ValidationError) as entered:
        services.record_figure(acting_user=w["syria_editor"], region=w["aden"], value=10,
                               period_start=date(2020, 2, 1), period_end=date(2020, 2, 2))  # fmt: skip
    assert "outside your team's regions" in entered.value.message_dict["region"][0]
    with pytest.raises(ValidationError) as moved:
        services.update_figure(figure=w["syria_draft"], acting_user=w["syria_editor"], changes={"region": w["aden"]})
    assert "region" in moved.value.message_dict
    w["syria_draft"].refresh_from_db()
    assert w["syria_draft"].region == w["ariha"]
    with pytest.raises(ValidationError):  # no team: nowhere to enter figures
        services.record_figure(acting_user=w["no_team"], region=w["idleb"], value=10,
                               period_start=date(2020, 2, 1), period_end=date(2020, 2, 2))  # fmt: skip
    inside = services.record_figure(acting_user=w["syria_editor"], region=w["ariha"], value=10,
                                    period_start=date(2020, 2, 1), period_end=date(2020, 2, 2))  # fmt: skip
    assert inside.status == FigureStatus.DRAFT


# ---------------------------------------------------------------------------------------------- API


def _api_routes() -> list[tuple[str, str]]:
    """(name, pattern) of every named route under the api namespace, walked from the URLconf."""
    found = {}

    def walk(patterns, prefix, namespaces):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, prefix + str(entry.pattern),
                     [*namespaces, entry.namespace] if entry.namespace else namespaces)  # fmt: skip
            elif isinstance(entry, URLPattern) and entry.name and namespaces[:1] == ["api"]:
                found.setdefault(":".join([*namespaces, entry.name]), prefix + str(entry.pattern))

    walk(get_resolver().url_patterns, "", [])
    return sorted(found.items())


def _classify(name: str):
    """'list' (no arguments), 'figure' (one figure: its detail and actions), 'detail' (another object)."""
    try:
        return "list", reverse(name)
    except NoReverseMatch:
        pass
    reverse(name, kwargs={"pk": 1})  # any other argument is a route this matrix does not know yet: it fails here
    return ("figure" if name.startswith("api:figure-") else "detail"), None


FIGURE_CARRYING = {"api:figure-list", "api:figure-export-csv", "api:figure-export-hxl", "api:totals",
                   "api:totals-geo", "api:hapi-idps"}  # fmt: skip
EXTRA_QUERIES = {"api:totals": ["", "?category=stock"], "api:totals-geo": ["", "?category=stock"]}


def _token_client(user, *regions):
    _, secret = api_services.issue_token(user=user, name="regional", acting_user=None, regions=regions)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {secret}")
    return client


def _clients(w):
    syria_reviewer = APIClient()
    syria_reviewer.force_authenticate(w["syria_reviewer"])
    return {
        "syria-team reviewer": syria_reviewer,
        "partner token limited to Syria": _token_client(w["partner"], w["syria"]),
        "superuser token limited to Syria": _token_client(w["superuser"], w["syria"]),
        "syria-team reviewer's token limited to Idleb": _token_client(w["syria_reviewer"], w["idleb"]),
    }


def test_every_api_route_is_in_the_matrix(w):
    kinds = {name: _classify(name)[0] for name, _ in _api_routes()}
    assert {"api:figure-list", "api:figure-detail", "api:figure-verify", "api:totals", "api:hapi-idps",
            "api:figure-export-csv", "api:region-detail"} <= set(kinds)  # fmt: skip
    assert kinds["api:figure-verify"] == "figure" and kinds["api:region-detail"] == "detail"
    assert {n for n, k in kinds.items() if k == "list"} >= FIGURE_CARRYING


def test_every_api_read_hides_another_teams_figures(w):
    others = {"api:region-detail": w["aden"].pk, "api:source-detail": None, "api:event-detail": None,
              "api:reportingbody-detail": w["yemen_flow"].reporting_body_id}  # fmt: skip
    for who, client in _clients(w).items():
        for name, _ in _api_routes():
            kind, url = _classify(name)
            if kind == "figure":
                continue
            if kind == "detail":
                if others.get(name) is None:
                    continue  # no object of that kind in this world
                url = reverse(name, kwargs={"pk": others[name]})
            for query in EXTRA_QUERIES.get(name, [""]):
                response = client.get(url + query)
                body = b"".join(response.streaming_content) if response.streaming else response.content
                text = body.decode()
                assert response.status_code < 500, (who, name, response.status_code)
                assert not _leaks(text), (who, name, query, text[:500])
                if name in FIGURE_CARRYING and query == "":
                    assert response.status_code == 200, (who, name, text[:300])
                    assert _shows_syria(text), (who, name, text[:500])  # the same door works for Syria


def test_every_api_figure_route_answers_404_for_another_teams_figure_and_changes_nothing(w):
    figure_routes = [name for name, _ in _api_routes() if _classify(name)[0] == "figure"]
    assert len(figure_routes) >= 5  # detail, send-to-review, verify, reopen, reject
    bodies = {"api:figure-reject": {"reason": "duplicate"}}
    for who, client in _clients(w).items():
        for name in figure_routes:
            for key in ("yemen_pending", "yemen_draft", "yemen_flow"):
                url = reverse(name, kwargs={"pk": w[key].pk})
                methods = ["get", "patch", "put", "delete"] if name == "api:figure-detail" else ["post"]
                nowhere = reverse(name, kwargs={"pk": 10**9})
                for method in methods:
                    body = {"value": 1} if method in ("patch", "put") else bodies.get(name)
                    response = getattr(client, method)(url, body, format="json")
                    # exactly as for an id that does not exist: 404 (403 for a role that may never do it at all)
                    absent = getattr(client, method)(nowhere, body, format="json")
                    assert response.status_code == absent.status_code, (who, name, key, method)
                    assert response.status_code in (403, 404), (who, name, key, method, response.status_code)
                    if who.startswith("syria-team reviewer"):
                        assert response.status_code == 404, (who, name, key, method)
    for key in ("yemen_pending", "yemen_draft", "yemen_flow"):
        stored = DisplacementFigure.objects.get(pk=w[key].pk)
        assert (stored.value, stored.status) == (w[key].value, w[key].status)


def test_the_syria_team_reviewer_works_on_syria_through_the_api(w):
    client = _clients(w)["syria-team reviewer"]
    assert client.get(reverse("api:figure-detail", kwargs={"pk": w["syria_pending"].pk})).status_code == 200
    assert client.post(reverse("api:figure-verify", kwargs={"pk": w["syria_pending"].pk})).status_code == 200
    listed = client.get(reverse("api:figure-list"), {"page_size": 100}).json()["results"]
    assert sorted(row["value"] for row in listed) == [1234561, 1234562, 1234563, 1234564]
    # a figure posted for Yemen, or moved there, is refused on its region field
    refused = client.post(reverse("api:figure-list"), {"value": 10, "region": w["aden"].pk,
                                                       "period_start": "2020-02-01", "period_end": "2020-02-02"},
                          format="json")  # fmt: skip
    assert refused.status_code == 400 and "region" in refused.json()
    moved = client.patch(reverse("api:figure-detail", kwargs={"pk": w["syria_draft"].pk}),
                         {"region": w["aden"].pk}, format="json")  # fmt: skip
    assert moved.status_code == 400 and "region" in moved.json()
    assert client.patch(reverse("api:region-detail", kwargs={"pk": w["aden"].pk}), {"name": "Adan"},
                        format="json").status_code == 403  # fmt: skip


def test_a_regional_token_cannot_enter_a_figure_outside_its_regions(w):
    client = _token_client(w["global_editor"], w["idleb"])
    payload = {"value": 10, "period_start": "2020-02-01", "period_end": "2020-02-02"}
    refused = client.post(reverse("api:figure-list"), {**payload, "region": w["aden"].pk}, format="json")
    assert refused.status_code == 400 and "outside the regions this token may reach" in refused.json()["region"][0]
    inside = client.post(reverse("api:figure-list"), {**payload, "region": w["ariha"].pk}, format="json")
    assert inside.status_code == 201


def test_a_regional_token_reads_totals_and_hapi_of_its_regions_only(w):
    client = _token_client(w["partner"], w["syria"])
    totals = client.get(reverse("api:totals")).json()
    assert {row["region"]["pcode"] for row in totals} == {"SY"}
    hapi = client.get(reverse("api:hapi-idps")).json()["data"]
    assert {row["location_code"] for row in hapi} == {"SYR"} and {r["population"] for r in hapi} == {1234562}
    # the same partner with an unlimited token sees both countries
    everything = _token_client(w["partner"])
    assert {row["region"]["pcode"] for row in everything.get(reverse("api:totals")).json()} == {"SY", "YE"}
    # a staff member in no team: no figure anywhere, on every figure door
    lonely = APIClient()
    lonely.force_authenticate(w["no_team"])
    assert lonely.get(reverse("api:figure-list")).json()["results"] == []
    assert lonely.get(reverse("api:totals")).json() == []


# -------------------------------------------------------------------------------------------- admin


def _admin_url(model, page, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{page}", args=args)


@pytest.fixture
def syria_admin(client, w):
    client.force_login(w["syria_reviewer"])
    return client


def test_every_admin_page_hides_another_teams_figures(syria_admin, w):
    visited = 0
    for model in admin.site._registry:
        for page in ("changelist", "add"):
            try:
                url = _admin_url(model, page)
            except NoReverseMatch:
                continue
            for query in ("", "?q=Aden"):
                response = syria_admin.get(url + query)
                visited += 1
                assert response.status_code < 500, (url, response.status_code)
                assert not _leaks(response.content.decode()), url + query
    figures_page = syria_admin.get(_admin_url(DisplacementFigure, "changelist")).content.decode()
    assert "1,234,561" in figures_page and "7,345,901" not in figures_page
    for name, args in [("review_queue", []), ("conflicts", []), ("export", [])]:
        page = syria_admin.get(reverse(f"admin:tracker_displacementfigure_{name}", args=args))
        text = b"".join(page.streaming_content).decode() if page.streaming else page.content.decode()
        assert page.status_code == 200 and not _leaks(text) and _shows_syria(text), name
        visited += 1
    xlsx = syria_admin.get(reverse("admin:tracker_displacementfigure_export"), {"format": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content), read_only=True).worksheets[0]
    cells = " ".join(str(value) for row in sheet.iter_rows(values_only=True) for value in row)
    assert not _leaks(cells) and _shows_syria(cells)
    for region in ("aden", "yemen"):
        overview = syria_admin.get(reverse("admin:tracker_region_overview", args=[w[region].pk]))
        assert overview.status_code == 404  # another team's place: its page is not found, as its figures are not
    index = syria_admin.get(reverse("admin:index")).content.decode()
    assert not _leaks(index)
    assert visited > 30


def test_the_syria_reviewer_walks_to_yemen_figures_by_id_and_finds_nothing(syria_admin, w):
    for key in ("yemen_pending", "yemen_draft", "yemen_flow"):
        pk = w[key].pk
        change = syria_admin.get(_admin_url(DisplacementFigure, "change", pk))
        assert change.status_code == 302 and change["Location"] == reverse("admin:index")  # as for no such id
        assert syria_admin.get(_admin_url(DisplacementFigure, "history", pk)).status_code in (403, 404)
        assert syria_admin.get(_admin_url(DisplacementFigure, "delete", pk)).status_code == 302
        assert syria_admin.get(reverse("admin:tracker_displacementfigure_review", args=[pk])).status_code == 404
        for action in ("verify", "reject", "submit", "reopen", "comment"):
            posted = syria_admin.post(reverse("admin:tracker_displacementfigure_review", args=[pk]),
                                      {"action": action, "reason": "x", "text": "x"})  # fmt: skip
            assert posted.status_code == 404
            assert syria_admin.post(reverse("admin:tracker_displacementfigure_transition", args=[pk]),
                                    {"action": action}).status_code == 404  # fmt: skip
        syria_admin.post(_admin_url(DisplacementFigure, "delete", pk), {"post": "yes"})
        stored = DisplacementFigure.objects.get(pk=pk)
        assert (stored.status, stored.value) == (w[key].status, w[key].value)
    assert not FigureComment.objects.exists()
    # Syria's own figures open
    assert syria_admin.get(_admin_url(DisplacementFigure, "change", w["syria_pending"].pk)).status_code == 200
    review = syria_admin.get(reverse("admin:tracker_displacementfigure_review", args=[w["syria_pending"].pk]))
    assert review.status_code == 200


def test_a_bulk_action_with_a_foreign_id_leaves_that_figure_alone(syria_admin, w):
    syria_admin.post(_admin_url(DisplacementFigure, "changelist"), {
        "action": "verify", "_selected_action": [w["yemen_pending"].pk, w["syria_pending"].pk]})  # fmt: skip
    w["yemen_pending"].refresh_from_db()
    w["syria_pending"].refresh_from_db()
    assert w["yemen_pending"].status == FigureStatus.IN_REVIEW
    assert w["syria_pending"].status == FigureStatus.VERIFIED
    syria_admin.post(_admin_url(DisplacementFigure, "changelist"), {
        "action": "delete_selected", "post": "yes", "_selected_action": [w["yemen_draft"].pk]})  # fmt: skip
    assert DisplacementFigure.objects.filter(pk=w["yemen_draft"].pk).exists()


def test_the_conflicts_page_resolves_only_the_teams_own_figures(syria_admin, w):
    page = syria_admin.get(reverse("admin:tracker_displacementfigure_conflicts"))
    conflicts = page.context["conflicts"]
    assert conflicts and all(f.region_id == w["idleb"].pk for c in conflicts for f in c.figures)
    posted = syria_admin.post(reverse("admin:tracker_displacementfigure_conflicts"), {
        "recommended": w["yemen_pending"].pk, "figures": [w["yemen_flow"].pk], "conflict": "x"})  # fmt: skip
    assert posted.status_code == 404
    assert DisplacementFigure.objects.get(pk=w["yemen_pending"].pk).role == "triangulation"


def test_the_region_picker_offers_only_the_teams_places(syria_admin, w):
    def picked(term):
        response = syria_admin.get(
            reverse("admin:autocomplete"),
            {"app_label": "tracker", "field_name": "region", "model_name": "displacementfigure", "term": term},
        )
        return [row["text"] for row in response.json()["results"]]  # fmt: skip

    assert picked("Aden") == [] and picked("Yemen") == []
    assert any("Idleb" in text for text in picked("Idleb"))
    # typed in by id anyway: a field error on the region, nothing saved
    url = _admin_url(DisplacementFigure, "add")
    response = syria_admin.post(
        url,
        {
            "value": "10",
            "unit": "person",
            "term": "displaced",
            "category": "flow",
            "qualifier": "exact",
            "period_start": "2020-02-01",
            "period_end": "2020-02-02",
            "period_accuracy": "day",
            "region": w["aden"].pk,
            "role": "triangulation",
            "corroborations-TOTAL_FORMS": "0",
            "corroborations-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "outside your team&#x27;s regions" in response.content.decode()
    assert not DisplacementFigure.objects.filter(value=10).exists()


def test_an_import_refuses_another_teams_rows_one_by_one(client, w):
    client.force_login(w["syria_editor"])
    content = (b"region,value,period_start,period_end\n"
               b"SY07,4100,2020-03-01,2020-03-02\nYE24,4200,2020-03-01,2020-03-02\n")  # fmt: skip
    client.post(reverse("admin:tracker_displacementfigure_import"), {"file": SimpleUploadedFile("f.csv", content)})
    job = ImportJob.objects.latest("id")
    run_import(job.pk)
    job.refresh_from_db()
    outcomes = {row["line"]: (row["outcome"], row.get("reason", "")) for row in job.report if "line" in row}
    assert outcomes[2][0] == "new"
    assert outcomes[3][0] == "rejected" and "outside your team's regions" in outcomes[3][1]
    # another team's member cannot open the preview (the file is not theirs)
    client.force_login(w["yemen_reviewer"])
    assert client.get(reverse("admin:tracker_displacementfigure_import_job", args=[job.pk])).status_code == 404


def test_staff_in_no_team_see_no_figures_in_the_admin(client, w):
    client.force_login(w["no_team"])
    page = client.get(_admin_url(DisplacementFigure, "changelist")).content.decode()
    assert not _leaks(page) and not _shows_syria(page)


def test_an_api_token_is_limited_to_regions_from_the_admin(client, w):
    client.force_login(w["superuser"])
    from django.utils import timezone

    expiry = timezone.localtime(timezone.now() + timezone.timedelta(days=30))
    response = client.post(reverse("admin:api_apitoken_add"), {
        "user": w["partner"].pk, "name": "Syria dashboard", "purpose": "", "regions": [w["syria"].pk],
        "expires_at_0": expiry.strftime("%Y-%m-%d"), "expires_at_1": expiry.strftime("%H:%M:%S")})  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:2000]
    secret = client.get(response["Location"]).context["secret"]
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {secret}")
    text = api.get(reverse("api:figure-export-csv")).getvalue().decode()
    assert _shows_syria(text) and not _leaks(text)
    listing = client.get(reverse("admin:api_apitoken_changelist"))
    token = listing.context["cl"].result_list[0]
    assert "Syrian Arab Republic" in client.get(reverse("admin:api_apitoken_change", args=[token.pk])).content.decode()


def test_the_dashboard_counts_the_teams_own_figures(client, w):
    client.force_login(w["syria_reviewer"])
    page = client.get("/", {"week": "2020-W06"})
    text = page.content.decode()
    assert page.status_code == 200 and not _leaks(text) and _shows_syria(text)
    client.force_login(w["global_reviewer"])
    assert _leaks(client.get("/", {"week": "2020-W06"}).content.decode())  # the marker would show a leak


def test_the_demo_logins_keep_seeing_the_demo_figures(db):
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    call_command("load_demo", password="demo-password-42", stdout=io.StringIO())
    users = get_user_model().objects
    for username in ("editor", "reviewer"):
        assert region_scope(user=users.get(username=username)).everywhere
        assert figures_visible_to(user=users.get(username=username)).count() == DisplacementFigure.objects.count() > 0
    call_command("load_demo", password="demo-password-42", stdout=io.StringIO())  # again: nothing doubles
    assert global_team().members.count() == 2


def test_a_team_adds_places_inside_its_regions_only(client, w):
    client.force_login(w["syria_editor"])
    url = _admin_url(DisplacementFigure._meta.get_field("region").related_model, "add")
    outside = client.post(url, {"name": "Crater", "level": "admin2", "parent": w["aden"].pk, "pcode": "",
                                "aliases-TOTAL_FORMS": "0", "aliases-INITIAL_FORMS": "0"})  # fmt: skip
    assert outside.status_code == 200 and "inside your team&#x27;s regions" in outside.content.decode()
    inside = client.post(url, {"name": "Sarmin", "level": "admin2", "parent": w["idleb"].pk, "pcode": "",
                               "aliases-TOTAL_FORMS": "0", "aliases-INITIAL_FORMS": "0"})  # fmt: skip
    assert inside.status_code == 302
    api = APIClient()
    api.force_authenticate(w["syria_editor"])
    refused = api.post(reverse("api:region-list"), {"name": "Crater", "level": "admin2", "parent": w["aden"].pk},
                       format="json")  # fmt: skip
    assert refused.status_code == 400 and "parent" in refused.json()
    moved = api.patch(reverse("api:region-detail", kwargs={"pk": w["ariha"].pk}), {"parent": w["aden"].pk},
                      format="json")  # fmt: skip
    assert moved.status_code == 400
    assert DisplacementFigure._meta.get_field("region").related_model.objects.get(pk=w["ariha"].pk).parent == w["idleb"]
    picked = client.get(reverse("admin:autocomplete"), {"app_label": "tracker", "model_name": "region",
                                                        "field_name": "parent", "term": "Aden"}).json()  # fmt: skip
    assert picked["results"] == []


def test_a_team_members_weekly_summary_counts_the_teams_figures_only(w):
    from summaries.models import Subscription
    from summaries.selectors import build_summary

    def lines(user):
        subscription = Subscription.objects.create(email=f"{user.username}@example.org", user=user)
        summary = build_summary(subscription=subscription, monday=date(2020, 2, 3))
        return {line.region.pcode: line.flow for line in summary.lines}, summary.awaiting_review

    assert lines(w["syria_reviewer"]) == ({"SY": 1234561, "YE": None}, 1)
    assert lines(w["global_reviewer"]) == ({"SY": 1234561, "YE": 7345901}, 2)


def test_body_and_document_lists_count_the_teams_figures_only(client, w):
    from tracker.models import ReportingBody

    client.force_login(w["syria_reviewer"])
    listed = client.get(_admin_url(ReportingBody, "changelist")).context["cl"].result_list
    assert {body.name: body.figure_count for body in listed} == {"OCHA": 2, "Field monitors": 2}
    client.force_login(w["no_team"])
    listed = client.get(_admin_url(ReportingBody, "changelist")).context["cl"].result_list
    assert {body.figure_count for body in listed} == {0}
