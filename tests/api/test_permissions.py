"""Every role × endpoint × method, with the status each must get."""

import pytest

from tests.api.conftest import user_for
from tests.factories import UserFactory
from tracker.choices import FigureStatus
from tracker.models import DisplacementFigure

ROLES = ["anonymous", "partner", "editor", "reviewer", "superuser"]
FIGURE = {"value": 120, "region": None, "period_start": "2020-02-01", "period_end": "2020-02-02"}


def _request(api, world, method, path, body):
    body = dict(body) if body else None
    if body and body.get("region", 0) is None:
        body["region"] = world["aleppo"].pk
    path = path.format(draft=world["draft"].pk, verified=world["verified"].pk, region=world["ariha"].pk,
                       body=world["ocha"].pk, source=world["source"].pk)  # fmt: skip
    return getattr(api, method)(path, body, format="json")


# (method, path, body, {role: status}); "read" means anonymous 401 and every signed-in role 200.
CASES = [
    ("get", "/api/v1/figures/", None, "read"),
    ("get", "/api/v1/figures/{verified}/", None, "read"),
    ("get", "/api/v1/figures/export.csv", None, "read"),
    ("get", "/api/v1/figures/export.hxl", None, "read"),
    ("get", "/api/v1/totals/", None, "read"),
    ("get", "/api/v1/regions/", None, "read"),
    ("get", "/api/v1/regions/{region}/", None, "read"),
    ("get", "/api/v1/reporting-bodies/", None, "read"),
    ("get", "/api/v1/sources/", None, "read"),
    ("get", "/api/v1/sources/{source}/", None, "read"),
    ("get", "/api/v1/events/", None, "read"),
    ("post", "/api/v1/figures/", FIGURE, {"partner": 403, "editor": 201, "reviewer": 201, "superuser": 201}),
    ("patch", "/api/v1/figures/{draft}/", {"value": 800},
     {"partner": 403, "editor": 200, "reviewer": 200, "superuser": 200}),
    ("put", "/api/v1/figures/{draft}/", FIGURE, {"partner": 403, "editor": 200, "reviewer": 200, "superuser": 200}),
    ("post", "/api/v1/figures/{draft}/send-to-review/", None,
     {"partner": 403, "editor": 200, "reviewer": 200, "superuser": 200}),
    ("post", "/api/v1/figures/{draft}/verify/", None,
     {"partner": 403, "editor": 403, "reviewer": 200, "superuser": 200}),
    ("post", "/api/v1/figures/{draft}/reject/", {"reason": "duplicate"},
     {"partner": 403, "editor": 403, "reviewer": 200, "superuser": 200}),
    ("patch", "/api/v1/figures/{verified}/", {"value": 6000},  # back to review: see test_lifecycle
     {"partner": 403, "editor": 200, "reviewer": 200, "superuser": 200}),
    ("delete", "/api/v1/figures/{draft}/", None, {"partner": 403, "editor": 403, "reviewer": 204, "superuser": 204}),
    ("post", "/api/v1/regions/", {"name": "Sarmin", "level": "admin3", "parent": None, "pcode": "SY070006"},
     {"partner": 403, "editor": 201, "reviewer": 201, "superuser": 201}),
    ("patch", "/api/v1/regions/{region}/", {"name": "Ariha district"},
     {"partner": 403, "editor": 200, "reviewer": 200, "superuser": 200}),
    ("delete", "/api/v1/regions/{region}/", None, {"partner": 403, "editor": 403, "reviewer": 403, "superuser": 405}),
    ("post", "/api/v1/reporting-bodies/", {"name": "SOHR", "kind": "monitoring_group"},
     {"partner": 403, "editor": 201, "reviewer": 201, "superuser": 201}),
    ("patch", "/api/v1/reporting-bodies/{body}/", {"reliability": "medium"},
     {"partner": 403, "editor": 200, "reviewer": 200, "superuser": 200}),
    ("post", "/api/v1/sources/", {"title": "New report", "text": "2,000 people fled Aleppo."},
     {"partner": 403, "editor": 201, "reviewer": 201, "superuser": 201}),
    ("patch", "/api/v1/sources/{source}/", {"title": "Sitrep 12"},
     {"partner": 403, "editor": 200, "reviewer": 200, "superuser": 200}),
    ("post", "/api/v1/events/", {"name": "Floods", "kind": "disaster", "start_date": "2020-01-01"},
     {"partner": 403, "editor": 201, "reviewer": 201, "superuser": 201}),
    ("get", "/api/schema/", None, {"anonymous": 200, "partner": 200, "editor": 200, "reviewer": 200, "superuser": 200}),
    ("get", "/api/docs/", None, {"anonymous": 200, "partner": 200, "editor": 200, "reviewer": 200, "superuser": 200}),
]  # fmt: skip


def _expected(case_expectation, role):
    if case_expectation == "read":
        return 401 if role == "anonymous" else 200
    return case_expectation.get(role, 401)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("method,path,body,expectation", CASES, ids=[f"{c[0]} {c[1]}" for c in CASES])
def test_role_endpoint_method_matrix(api, world, role, method, path, body, expectation):
    user = user_for(role, world)
    if user:
        api.force_authenticate(user)
    response = _request(api, world, method, path, body)
    assert response.status_code == _expected(expectation, role), getattr(response, "data", response)


@pytest.mark.parametrize(
    "path",
    ["/api/v1/figures/", "/api/v1/figures/?status=draft", "/api/v1/figures/?region=SY02", "/api/v1/figures/export.csv",
     "/api/v1/figures/export.hxl"],
)  # fmt: skip
def test_partners_never_see_an_unverified_figure(api, world, path):
    api.force_authenticate(user_for("partner", world))
    response = api.get(path)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert b"777" not in body
    if path == "/api/v1/figures/":
        assert [row["id"] for row in response.json()["results"]] == [world["verified"].pk]


def test_a_partner_gets_404_for_an_unverified_figure(api, world):
    api.force_authenticate(user_for("partner", world))
    assert api.get(f"/api/v1/figures/{world['draft'].pk}/").status_code == 404


def test_a_figure_entered_through_the_api_is_a_draft_by_its_author(api, world):
    api.force_authenticate(world["editor"])
    refused = api.post("/api/v1/figures/", {**FIGURE, "region": world["aleppo"].pk, "status": "verified"})
    assert refused.status_code == 400 and "changes through its actions" in refused.json()["status"][0]
    response = api.post("/api/v1/figures/", {**FIGURE, "region": world["aleppo"].pk})
    figure = DisplacementFigure.objects.get(pk=response.json()["id"])
    assert (figure.status, figure.entered_by) == (FigureStatus.DRAFT, world["editor"])


@pytest.mark.parametrize(
    ("role", "method", "path", "words"),
    [
        ("partner", "post", "/api/v1/figures/", "Only an editor or a reviewer"),
        ("editor", "post", "/api/v1/figures/{verified}/verify/", "Only a reviewer may verify"),
        ("editor", "delete", "/api/v1/figures/{draft}/", "Only a reviewer may delete"),
        ("nobody", "get", "/api/v1/figures/", "no role that may read"),
    ],
)
def test_a_refusal_says_which_role_it_takes(api, world, role, method, path, words):
    user = UserFactory(username="no-role") if role == "nobody" else user_for(role, world)
    api.force_authenticate(user)
    url = path.format(verified=world["verified"].pk, draft=world["draft"].pk)
    response = getattr(api, method)(url, {}, format="json")
    assert response.status_code == 403 and words in response.json()["detail"], response.content
