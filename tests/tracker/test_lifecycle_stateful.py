"""Random people with random roles create, edit, send, verify, reject and reopen figures through the services.

After every step: every verified figure's present substance was approved by someone other than whoever last
changed it, and every status change in every figure's history is a row of the lifecycle table.
"""

import contextlib
from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from tests.factories import RegionFactory, ReportingBodyFactory, UserFactory
from tracker import lifecycle, services
from tracker.choices import FigureAction, FigureStatus, Role
from tracker.lifecycle import TransitionRefused
from tracker.models import DisplacementFigure

REFUSALS = (PermissionDenied, TransitionRefused, ValidationError)
ALLOWED_STEPS = {(row.source, row.target) for row in lifecycle.TRANSITIONS}
SUBSTANCE = sorted(lifecycle.SUBSTANTIVE_FIELDS)


def _substance(record) -> tuple:
    return tuple(getattr(record, f"{name}_id" if name in ("region", "reporting_body", "source") else name)
                 for name in SUBSTANCE)  # fmt: skip


class Lifecycle(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self._atomic = transaction.atomic()
        self._atomic.__enter__()
        roles = [Role.EDITOR, Role.EDITOR, Role.REVIEWER, Role.REVIEWER, Role.REVIEWER, Role.PARTNER]
        self.people = [UserFactory(role=role) for role in roles] + [UserFactory(is_superuser=True, is_staff=True)]
        self.regions = [RegionFactory(), RegionFactory()]
        self.body = ReportingBodyFactory()
        self.figures: list[int] = []

    def teardown(self):
        transaction.set_rollback(True)
        self._atomic.__exit__(None, None, None)

    def _figure(self, index) -> DisplacementFigure:
        return DisplacementFigure.objects.get(pk=self.figures[index % len(self.figures)])

    @rule(who=st.integers(0, 6), value=st.integers(1, 10**6), by_system=st.booleans())
    def create(self, who, value, by_system):
        try:
            figure = services.record_figure(
                acting_user=None if by_system else self.people[who],
                status=FigureStatus.EXTRACTED if by_system else FigureStatus.DRAFT,
                region=self.regions[0], value=value, reporting_body=self.body,
                period_start=date(2020, 2, 1), period_end=date(2020, 2, 7),
            )  # fmt: skip
        except REFUSALS:
            return
        self.figures.append(figure.pk)

    @precondition(lambda self: self.figures)
    @rule(who=st.integers(0, 6), index=st.integers(0, 100), value=st.integers(1, 10**6), move=st.booleans())
    def edit_substance(self, who, index, value, move):
        changes = {"value": value}
        if move:
            changes["region"] = self.regions[1]
        with contextlib.suppress(*REFUSALS):
            services.update_figure(figure=self._figure(index), acting_user=self.people[who], changes=changes)

    @precondition(lambda self: self.figures)
    @rule(who=st.integers(0, 6), index=st.integers(0, 100), note=st.text(max_size=20))
    def edit_notes(self, who, index, note):
        with contextlib.suppress(*REFUSALS):
            services.update_figure(figure=self._figure(index), acting_user=self.people[who], changes={"notes": note})

    @precondition(lambda self: self.figures)
    @rule(who=st.integers(0, 6), index=st.integers(0, 100),
          action=st.sampled_from([FigureAction.SUBMIT, FigureAction.VERIFY, FigureAction.REJECT,
                                  FigureAction.REOPEN]))  # fmt: skip
    def transition(self, who, index, action):
        services.act_on_figures(
            figures=[self._figure(index)], action=action, acting_user=self.people[who], reason="checked"
        )

    @invariant()
    def verified_substance_was_approved_by_a_second_person(self):
        for figure in DisplacementFigure.objects.filter(pk__in=self.figures, status=FigureStatus.VERIFIED):
            records = list(figure.history.order_by("history_date", "history_id"))
            verified_at = max(i for i, r in enumerate(records) if r.history_change_reason == FigureAction.VERIFY)
            verification = records[verified_at]
            assert _substance(verification) == _substance(figure), "substance changed after verification"
            last_change = max(
                i for i in range(verified_at + 1) if i == 0 or _substance(records[i]) != _substance(records[i - 1])
            )
            changer = records[last_change].history_user_id
            assert verification.history_user_id is not None
            assert verification.history_user_id != changer, "verified by whoever last changed the substance"

    @invariant()
    def every_status_change_is_a_row_of_the_table(self):
        for figure_id in self.figures:
            statuses = list(
                DisplacementFigure.history.filter(id=figure_id)
                .order_by("history_date", "history_id")
                .values_list("status", flat=True)
            )
            assert (None, statuses[0]) in ALLOWED_STEPS
            for before, after in zip(statuses, statuses[1:], strict=False):
                assert before == after or (before, after) in ALLOWED_STEPS, (before, after)


Lifecycle.TestCase.settings = settings(
    max_examples=25, stateful_step_count=25, deadline=None, suppress_health_check=list(HealthCheck)
)


@pytest.mark.django_db
def test_the_lifecycle_holds_for_random_people_and_actions():
    Lifecycle.TestCase().runTest()
