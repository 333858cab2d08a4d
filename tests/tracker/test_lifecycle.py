"""The figure lifecycle: every state × action × role, through the services and through the API, and the four-eyes
rule on the content. The expected outcomes are written out here by hand, not derived from tracker.lifecycle."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from rest_framework.test import APIClient

from tests.factories import FigureFactory, RegionFactory, ReportingBodyFactory, UserFactory, country
from tracker import services
from tracker.choices import FigureAction, FigureRole, FigureStatus, Role, Unit
from tracker.lifecycle import TransitionRefused

pytestmark = pytest.mark.django_db

S = FigureStatus
STATES = [S.DRAFT, S.EXTRACTED, S.IN_REVIEW, S.VERIFIED, S.REJECTED]
ROLES = ["partner", "editor", "reviewer", "superuser"]
OK, DENIED, WRONG_STATE = "ok", "denied", "wrong state"

# action -> state -> role -> (outcome, resulting status)
EXPECTED = {
    FigureAction.SUBMIT: {
        S.DRAFT: {"partner": DENIED, "editor": S.IN_REVIEW, "reviewer": S.IN_REVIEW, "superuser": S.IN_REVIEW},
        S.EXTRACTED: {"partner": DENIED, "editor": S.IN_REVIEW, "reviewer": S.IN_REVIEW, "superuser": S.IN_REVIEW},
        S.IN_REVIEW: {"partner": DENIED, "editor": WRONG_STATE, "reviewer": WRONG_STATE, "superuser": WRONG_STATE},
        S.VERIFIED: {"partner": DENIED, "editor": WRONG_STATE, "reviewer": WRONG_STATE, "superuser": WRONG_STATE},
        S.REJECTED: {"partner": DENIED, "editor": WRONG_STATE, "reviewer": WRONG_STATE, "superuser": WRONG_STATE},
    },
    FigureAction.VERIFY: {
        S.DRAFT: {"partner": DENIED, "editor": DENIED, "reviewer": S.VERIFIED, "superuser": S.VERIFIED},
        S.EXTRACTED: {"partner": DENIED, "editor": DENIED, "reviewer": S.VERIFIED, "superuser": S.VERIFIED},
        S.IN_REVIEW: {"partner": DENIED, "editor": DENIED, "reviewer": S.VERIFIED, "superuser": S.VERIFIED},
        S.VERIFIED: {"partner": DENIED, "editor": DENIED, "reviewer": WRONG_STATE, "superuser": WRONG_STATE},
        S.REJECTED: {"partner": DENIED, "editor": DENIED, "reviewer": WRONG_STATE, "superuser": WRONG_STATE},
    },
    FigureAction.REJECT: {
        S.DRAFT: {"partner": DENIED, "editor": DENIED, "reviewer": S.REJECTED, "superuser": S.REJECTED},
        S.EXTRACTED: {"partner": DENIED, "editor": DENIED, "reviewer": S.REJECTED, "superuser": S.REJECTED},
        S.IN_REVIEW: {"partner": DENIED, "editor": DENIED, "reviewer": S.REJECTED, "superuser": S.REJECTED},
        S.VERIFIED: {"partner": DENIED, "editor": DENIED, "reviewer": WRONG_STATE, "superuser": WRONG_STATE},
        S.REJECTED: {"partner": DENIED, "editor": DENIED, "reviewer": WRONG_STATE, "superuser": WRONG_STATE},
    },
    FigureAction.REOPEN: {
        S.DRAFT: {"partner": DENIED, "editor": WRONG_STATE, "reviewer": WRONG_STATE, "superuser": WRONG_STATE},
        S.EXTRACTED: {"partner": DENIED, "editor": WRONG_STATE, "reviewer": WRONG_STATE, "superuser": WRONG_STATE},
        S.IN_REVIEW: {"partner": DENIED, "editor": WRONG_STATE, "reviewer": WRONG_STATE, "superuser": WRONG_STATE},
        S.VERIFIED: {"partner": DENIED, "editor": S.IN_REVIEW, "reviewer": S.IN_REVIEW, "superuser": S.IN_REVIEW},
        S.REJECTED: {"partner": DENIED, "editor": S.IN_REVIEW, "reviewer": S.IN_REVIEW, "superuser": S.IN_REVIEW},
    },
}
CASES = [(a, s, r) for a in EXPECTED for s in STATES for r in ROLES]
HTTP = {DENIED: 403, WRONG_STATE: 409}
URL = {FigureAction.SUBMIT: "send-to-review", FigureAction.VERIFY: "verify", FigureAction.REJECT: "reject",
       FigureAction.REOPEN: "reopen"}  # fmt: skip


@pytest.fixture
def people():
    return {
        "author": UserFactory(role=Role.EDITOR),
        "first reviewer": UserFactory(role=Role.REVIEWER),
        "partner": UserFactory(role=Role.PARTNER),
        "editor": UserFactory(role=Role.EDITOR),
        "reviewer": UserFactory(role=Role.REVIEWER),
        "superuser": UserFactory(is_superuser=True, is_staff=True),
    }


def figure_in(state, people):
    """A figure brought to `state` the way the application brings it there, entered by someone else."""
    body = ReportingBodyFactory()
    if state == S.EXTRACTED:
        return FigureFactory(status=S.EXTRACTED, reporting_body=body)
    figure = FigureFactory(acting_user=people["author"], reporting_body=body)
    if state in (S.IN_REVIEW, S.VERIFIED, S.REJECTED):
        services.submit_figure(figure=figure, acting_user=people["author"])
    if state == S.VERIFIED:
        services.verify_figure(figure=figure, acting_user=people["first reviewer"])
    if state == S.REJECTED:
        services.reject_figure(figure=figure, acting_user=people["first reviewer"], reason="duplicate")
    assert figure.status == state
    return figure


def _act(action, figure, user):
    if action == FigureAction.SUBMIT:
        services.submit_figure(figure=figure, acting_user=user)
    elif action == FigureAction.VERIFY:
        services.verify_figure(figure=figure, acting_user=user)
    elif action == FigureAction.REJECT:
        services.reject_figure(figure=figure, acting_user=user, reason="not displacement")
    else:
        services.reopen_figure(figure=figure, acting_user=user)


@pytest.mark.parametrize("action,state,role", CASES, ids=[f"{a}-{s}-{r}" for a, s, r in CASES])
def test_every_transition_through_the_services(people, action, state, role):
    figure = figure_in(state, people)
    expected = EXPECTED[action][state][role]
    if expected in HTTP:
        error = PermissionDenied if expected == DENIED else TransitionRefused
        with pytest.raises(error):
            _act(action, figure, people[role])
        figure.refresh_from_db()
        assert figure.status == state
        return
    _act(action, figure, people[role])
    figure.refresh_from_db()
    assert figure.status == expected
    reviewed = expected in (S.VERIFIED, S.REJECTED)
    assert (figure.reviewed_by_id, figure.reviewed_at is not None) == (
        (people[role].pk, True) if reviewed else (None, False)
    )


@pytest.mark.parametrize("action,state,role", CASES, ids=[f"{a}-{s}-{r}" for a, s, r in CASES])
def test_every_transition_through_the_api(people, action, state, role):
    figure = figure_in(state, people)
    api = APIClient()
    api.force_authenticate(people[role])
    data = {"reason": "not displacement"} if action == FigureAction.REJECT else None
    response = api.post(f"/api/v1/figures/{figure.pk}/{URL[action]}/", data, format="json")
    expected = EXPECTED[action][state][role]
    assert response.status_code == HTTP.get(expected, 200), response.content
    if expected not in HTTP:
        assert response.json()["status"] == expected
    else:
        assert response.json()["detail"]  # a reason in words
    figure.refresh_from_db()
    assert figure.status == (state if expected in HTTP else expected)


def test_anonymous_callers_change_nothing(people):
    figure = figure_in(S.IN_REVIEW, people)
    response = APIClient().post(f"/api/v1/figures/{figure.pk}/verify/")
    assert response.status_code in (401, 403)
    figure.refresh_from_db()
    assert figure.status == S.IN_REVIEW


# --------------------------------------------------------------------------------- four eyes on content


def test_changing_a_verified_value_sends_it_back_and_its_changer_cannot_verify_it(people):
    """The hidden probe's walk: PATCH a verified value, verify as the changer (403), then as another (200)."""
    figure = figure_in(S.VERIFIED, people)
    changer, other = APIClient(), APIClient()
    changer.force_authenticate(people["reviewer"])
    other.force_authenticate(people["first reviewer"])

    patched = changer.patch(f"/api/v1/figures/{figure.pk}/", {"value": 500_000}, format="json")
    assert patched.status_code == 200
    assert (patched.json()["status"], patched.json()["value"], patched.json()["reviewed_at"]) == (
        S.IN_REVIEW, 500_000, None,
    )  # fmt: skip
    refused = changer.post(f"/api/v1/figures/{figure.pk}/verify/")
    assert refused.status_code == 403
    assert "Four-eyes" in refused.json()["detail"]
    partners = APIClient()
    partners.force_authenticate(people["partner"])
    assert partners.get(f"/api/v1/figures/{figure.pk}/").status_code == 404  # no longer published

    accepted = other.post(f"/api/v1/figures/{figure.pk}/verify/")
    assert accepted.status_code == 200 and accepted.json()["status"] == S.VERIFIED
    assert partners.get(f"/api/v1/figures/{figure.pk}/").json()["value"] == 500_000


def test_a_reviewer_who_corrects_a_candidate_cannot_then_verify_it_alone(people):
    figure = figure_in(S.EXTRACTED, people)
    services.update_figure(figure=figure, acting_user=people["reviewer"], changes={"value": 77_777})
    with pytest.raises(PermissionDenied, match="Four-eyes"):
        services.verify_figure(figure=figure, acting_user=people["reviewer"])
    services.verify_figure(figure=figure, acting_user=people["first reviewer"])
    assert figure.status == S.VERIFIED


def test_notes_and_event_are_not_substance(people):
    figure = figure_in(S.VERIFIED, people)
    services.update_figure(figure=figure, acting_user=people["editor"], changes={"notes": "checked with OCHA"})
    figure.refresh_from_db()
    assert figure.status == S.VERIFIED and figure.substance_changed_by == people["author"]


def test_a_changed_substance_is_recorded_with_who_and_what(people):
    figure = figure_in(S.REJECTED, people)
    services.update_figure(figure=figure, acting_user=people["editor"], changes={"period_end": date(2020, 2, 8)})
    figure.refresh_from_db()
    assert (figure.status, figure.reviewed_by, figure.substance_changed_by) == (S.IN_REVIEW, None, people["editor"])
    latest = figure.history.first()
    assert (latest.history_user, latest.history_change_reason) == (people["editor"], "reopen: changed period_end")


def test_sending_unchanged_values_back_changes_nothing(people):
    figure = figure_in(S.VERIFIED, people)
    same = {"value": figure.value, "region": figure.region, "period_start": figure.period_start}
    services.update_figure(figure=figure, acting_user=people["editor"], changes=same)
    figure.refresh_from_db()
    assert figure.status == S.VERIFIED


def test_only_reviewers_choose_the_recommended_figure(people):
    figure = figure_in(S.VERIFIED, people)
    with pytest.raises(PermissionDenied, match="Only reviewers"):
        services.update_figure(figure=figure, acting_user=people["editor"], changes={"role": FigureRole.RECOMMENDED})
    services.update_figure(figure=figure, acting_user=people["reviewer"], changes={"role": FigureRole.RECOMMENDED})
    figure.refresh_from_db()
    assert (figure.role, figure.status) == (FigureRole.RECOMMENDED, S.VERIFIED)


def test_editors_cannot_set_the_role_through_the_api(people):
    figure = figure_in(S.DRAFT, people)
    api = APIClient()
    api.force_authenticate(people["editor"])
    response = api.patch(f"/api/v1/figures/{figure.pk}/", {"role": "recommended"}, format="json")
    assert response.status_code == 403 and "reviewers" in response.json()["detail"]


# ------------------------------------------------------------------------------ preconditions, no 500s


def test_verifying_a_candidate_without_a_place_is_a_field_error_not_a_server_error(people):
    candidate = FigureFactory(status=S.EXTRACTED, region=None, raw_location="somewhere north")
    api = APIClient()
    api.force_authenticate(people["reviewer"])
    response = api.post(f"/api/v1/figures/{candidate.pk}/verify/")
    assert response.status_code == 400
    assert "region" in response.json()
    candidate.refresh_from_db()
    assert candidate.status == S.EXTRACTED  # nothing half done: not even sent to review


def test_verifying_households_without_a_size_names_the_field(people):
    figure = FigureFactory(unit=Unit.HOUSEHOLD, region=RegionFactory(parent=country(pcode="XX")))
    with pytest.raises(ValidationError) as caught:
        services.verify_figure(figure=figure, acting_user=people["reviewer"])
    assert "household_size" in caught.value.message_dict


def test_verifying_needs_a_body_or_a_source(people):
    figure = FigureFactory(reporting_body=None)
    with pytest.raises(ValidationError) as caught:
        services.verify_figure(figure=figure, acting_user=people["reviewer"])
    assert "reporting_body" in caught.value.message_dict


@pytest.mark.parametrize(
    "changes,field",
    [
        ({"value": 100_000_001}, "value"),
        ({"value_high": 10**18}, "value_high"),
        ({"period_start": date(1899, 12, 31)}, "period_start"),
        ({"period_end": date(2999, 1, 1)}, "period_end"),
    ],
)
def test_implausible_values_and_dates_are_field_errors(people, changes, field):
    with pytest.raises(ValidationError) as caught:
        FigureFactory(acting_user=people["editor"], **changes)
    assert field in caught.value.message_dict


def test_bulk_actions_say_why_each_figure_was_left(people):
    own = FigureFactory(acting_user=people["reviewer"])
    theirs = FigureFactory(acting_user=people["editor"])
    done = figure_in(S.VERIFIED, people)
    outcome = services.act_on_figures(
        figures=[own, theirs, done], action=FigureAction.VERIFY, acting_user=people["reviewer"]
    )
    assert [f.pk for f in outcome.done] == [theirs.pk]
    reasons = {f.pk: why for f, why in outcome.refused}
    assert "Four-eyes" in reasons[own.pk] and "already verified" in reasons[done.pk]


# ------------------------------------------------------------------------------- review comments on a field


def test_an_open_comment_on_a_field_blocks_verification_until_resolved(people, client):
    from django.urls import reverse

    figure = figure_in(S.IN_REVIEW, people)
    comment = services.add_comment(figure=figure, acting_user=people["editor"], text="Is this the district?",
                                   field="region")  # fmt: skip
    with pytest.raises(ValidationError) as caught:
        services.verify_figure(figure=figure, acting_user=people["reviewer"])
    assert "Is this the district?" in " ".join(caught.value.message_dict["region"])
    client.force_login(people["reviewer"])
    page = reverse("admin:tracker_displacementfigure_review", args=[figure.pk])
    refused = client.post(page, {"action": "verify"}, follow=True)
    assert "resolve it before verifying" in refused.content.decode()
    client.post(page, {"action": "resolve_comment", "comment": comment.pk})
    comment.refresh_from_db()
    assert (comment.state, comment.resolved_by) == ("resolved", people["reviewer"])
    client.post(page, {"action": "verify"})
    figure.refresh_from_db()
    assert figure.status == S.VERIFIED


def test_partners_cannot_resolve_comments(people):
    figure = figure_in(S.IN_REVIEW, people)
    comment = services.add_comment(figure=figure, acting_user=people["editor"], text="check the date", field="period")
    with pytest.raises(PermissionDenied):
        services.resolve_comment(comment=comment, acting_user=people["partner"])
    with pytest.raises(ValidationError):
        services.add_comment(figure=figure, acting_user=people["editor"], text="x", field="colour")


@pytest.mark.parametrize(
    "changes,field",
    [({"value": 0}, "value"), ({"value_high": 500}, "value_high"), ({"period_end": date(2020, 1, 1)}, "period_end")],
)
def test_impossible_numbers_and_periods_are_errors_on_their_own_field_only(people, changes, field):
    with pytest.raises(ValidationError) as caught:
        FigureFactory(acting_user=people["editor"], **{"value": 1000, **changes})
    assert list(caught.value.message_dict) == [field], caught.value.message_dict


def test_a_figures_place_can_be_corrected_but_not_removed(people):
    figure = figure_in(S.IN_REVIEW, people)
    with pytest.raises(ValidationError) as caught:
        services.update_figure(figure=figure, acting_user=people["editor"], changes={"region": None})
    assert "region" in caught.value.message_dict
    figure.refresh_from_db()
    assert figure.region_id is not None


def test_history_cannot_revert_a_verified_figure_behind_the_lifecycle(people, client):
    """The walk a new user found: verify 1,000; correct to 1,200 and verify again; then "Revert" the first
    verified snapshot as an editor. The old number must not come back as verified."""
    import lxml.html
    from django.urls import reverse

    figure = figure_in(S.VERIFIED, people)
    first_verified = figure.history.latest("history_date")
    services.update_figure(figure=figure, acting_user=people["reviewer"], changes={"value": 1200})
    services.verify_figure(figure=figure, acting_user=people["first reviewer"])
    client.force_login(people["editor"])
    url = reverse("admin:tracker_displacementfigure_simple_history", args=[figure.pk, first_verified.history_id])
    page = client.get(url)
    if page.status_code == 200 and b"<form" in page.content:
        forms = lxml.html.fromstring(page.content.decode()).forms
        form = next(f for f in forms if f.get("id", "").endswith("displacementfigure_form"))
        data: dict = {}
        for name, value in form.form_values():
            data.setdefault(name, []).append(value)
        assert client.post(url, data).status_code < 500  # what the "Revert" button would send
    figure.refresh_from_db()
    # history is read-only; and even a write of the old snapshot would be a change of substance, back to review
    assert (figure.value, figure.status) != (1000, S.VERIFIED)
    assert figure.status != S.VERIFIED or figure.value == 1200
