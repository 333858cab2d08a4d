"""tracker.constraints: a figure's constraints judged in Python exactly as PostgreSQL judges them, without a round
trip per constraint."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.db.models import CheckConstraint, Q
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.choices import Cause, FigureStatus, Hazard, Unit
from tracker.constraints import Unsupported, evaluate
from tracker.models import DisplacementFigure

pytestmark = pytest.mark.django_db

CHECKS = [c for c in DisplacementFigure._meta.constraints if isinstance(c, CheckConstraint)]
FIELDS = {f.name for f in DisplacementFigure._meta.concrete_fields} | {
    f.attname for f in DisplacementFigure._meta.concrete_fields
}

figures = st.builds(
    dict,
    value=st.sampled_from([0, 1, 5, 100, 10**6]),
    value_high=st.sampled_from([None, 0, 5, 100, 10**7]),
    unit=st.sampled_from(Unit.values),
    household_size=st.sampled_from([None, Decimal("0"), Decimal("-1.5"), Decimal("5.20")]),
    persons=st.sampled_from([None, 0, 5, 100, 520]),
    period_start=st.sampled_from([date(2020, 1, 1), date(2020, 2, 1)]),
    period_end=st.sampled_from([date(2020, 1, 1), date(2020, 1, 15), date(2020, 2, 1)]),
    status=st.sampled_from(FigureStatus.values),
    cause=st.sampled_from(["", *Cause.values]),
    hazard=st.sampled_from(["", *Hazard.values]),
    quote=st.sampled_from(["", "12 fled", "some 5,000 people fled"]),
    quote_start=st.sampled_from([None, 0, 3]),
    quote_end=st.sampled_from([None, 3, 7, 10, 25]),
    source_id=st.sampled_from([None, 7]),
    region_id=st.sampled_from([None, 3]),
    reviewed_at=st.sampled_from([None, date(2020, 3, 1)]),
    reviewed_by_id=st.sampled_from([None, 9]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=figures)
def test_every_check_constraint_is_judged_as_postgresql_judges_it(values):
    figure = DisplacementFigure(**values)
    row = {}
    for field in DisplacementFigure._meta.concrete_fields:
        row[field.name] = row[field.attname] = getattr(figure, field.attname)
    against = figure._get_field_expression_map(meta=DisplacementFigure._meta)
    for constraint in CHECKS:
        in_python = evaluate(Q(constraint.condition), row, FIELDS) is not False
        assert in_python == Q(constraint.condition).check(against), (constraint.name, values)


def test_full_clean_checks_the_constraints_without_asking_the_database_and_keeps_their_messages():
    figure = DisplacementFigure(
        value=10, unit=Unit.PERSON, persons=10, period_start=date(2020, 1, 1), period_end=date(2020, 1, 2),
        status=FigureStatus.VERIFIED, hazard=Hazard.FLOOD, cause=Cause.CONFLICT,
    )  # fmt: skip
    with CaptureQueriesContext(connection) as queries, pytest.raises(ValidationError) as raised:
        figure.validate_constraints()
    assert len(queries) == 0
    stock = ValidationError({})
    try:
        models.Model.validate_constraints(figure)  # Django's own: a round trip per constraint
    except ValidationError as exc:
        stock = exc
    assert sorted(raised.value.messages) == sorted(stock.messages)
    assert "A hazard is given for disaster displacement only: set the cause to disaster." in raised.value.messages
    assert "Choose the region the figure is for." in raised.value.messages


def test_an_import_key_that_is_set_is_still_checked_for_uniqueness_by_the_database():
    first = DisplacementFigure.objects.create(
        value=10, persons=10, period_start=date(2020, 1, 1), period_end=date(2020, 1, 1), import_key="row-1",
        status=FigureStatus.EXTRACTED,
    )  # fmt: skip
    twin = DisplacementFigure(value=10, persons=10, period_start=first.period_start, period_end=first.period_end,
                              import_key="row-1", status=FigureStatus.EXTRACTED)  # fmt: skip
    with pytest.raises(ValidationError, match="figure_import_key_unique_when_set"):
        twin.validate_constraints()
    twin.import_key = ""
    with CaptureQueriesContext(connection) as queries:
        twin.validate_constraints()
    assert len(queries) == 0  # outside the conditional unique constraint: nothing to ask


def test_a_condition_the_evaluator_does_not_know_is_left_to_the_database():
    row = {"region": 1, "region_id": 1, "quote": "x"}
    with pytest.raises(Unsupported):
        evaluate(Q(region__level="country"), row, set(row))  # across a relation
    with pytest.raises(Unsupported):
        evaluate(Q(quote__startswith="x"), row, set(row))  # a lookup it does not know
