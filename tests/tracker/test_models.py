"""Each database constraint rejects bad data, in the database and with a clear message in validation."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from tests.factories import FigureFactory, RegionFactory, SourceFactory
from tracker.choices import FigureStatus, Qualifier, RegionLevel, Unit
from tracker.models import DisplacementFigure, Event, Region

pytestmark = pytest.mark.django_db


def _violates(constraint_name: str, **changes) -> None:
    """Write `changes` straight to the table (no validation) and expect that constraint to refuse them."""
    figure = FigureFactory()
    with pytest.raises(IntegrityError, match=constraint_name), transaction.atomic():
        DisplacementFigure.objects.filter(pk=figure.pk).update(**changes)


def _message(**changes) -> list[str]:
    figure = FigureFactory()
    for name, value in changes.items():
        setattr(figure, name, value)
    with pytest.raises(ValidationError) as caught:
        figure.full_clean()
    return caught.value.messages


def test_value_must_be_positive():
    _violates("figure_value_positive", value=0, unit=Unit.HOUSEHOLD, household_size=Decimal("5"), persons=5)
    assert "The reported value must be greater than zero." in _message(value=0)


def test_period_cannot_end_before_it_starts():
    _violates("figure_period_end_after_start", period_start=date(2020, 2, 10), period_end=date(2020, 2, 1))
    assert "The period cannot end before it starts." in _message(period_end=date(2020, 1, 1))


def test_verified_households_need_a_household_size():
    _violates("figure_verified_household_size", unit=Unit.HOUSEHOLD, household_size=None,
              status=FigureStatus.VERIFIED, reviewed_at=timezone.now())  # fmt: skip
    messages = _message(unit=Unit.HOUSEHOLD, household_size=None, status=FigureStatus.VERIFIED,
                        reviewed_at=timezone.now())  # fmt: skip
    assert any("needs a household size" in m for m in messages)


def test_only_reviewed_figures_carry_a_review():
    _violates("figure_review_matches_status", status=FigureStatus.DRAFT, reviewed_at=timezone.now())


def test_household_size_must_be_positive():
    _violates("figure_household_size_positive", household_size=Decimal("0"))


def test_range_high_end_above_low_end():
    _violates("figure_range_ordered", value_high=10)
    assert "The high end of a range must be greater than its low end." in _message(value_high=999)


def test_persons_equal_value_for_person_figures():
    _violates("figure_persons_derived", persons=5)


def test_quote_span_must_match_quote_length():
    source = SourceFactory()
    _violates("figure_quote_span_matches_quote", source=source, quote="abc", quote_start=0, quote_end=10)


def test_quote_span_needs_a_source():
    _violates("figure_quote_span_matches_quote", quote="abc", quote_start=0, quote_end=3)


def test_reviewed_figure_has_review_date():
    _violates("figure_review_matches_status", status=FigureStatus.VERIFIED, reviewed_at=None)


def test_pcode_unique_only_when_set():
    RegionFactory(name="A", pcode="")
    RegionFactory(name="B", pcode="")  # two blank p-codes are fine
    RegionFactory(name="C", pcode="SY07")
    with pytest.raises(IntegrityError, match="region_pcode_unique_ignoring_case"), transaction.atomic():
        Region.objects.create(name="D", name_key="d", level=RegionLevel.ADMIN1, pcode="SY07", path="/x/")


def test_event_cannot_end_before_it_starts():
    event = Event(name="Backwards", start_date=date(2020, 3, 1), end_date=date(2020, 2, 1))
    with pytest.raises(ValidationError, match="An event cannot end before it starts."):
        event.full_clean()
    with pytest.raises(IntegrityError, match="event_end_after_start"), transaction.atomic():
        event.save()


@pytest.mark.parametrize(
    ("language", "ranged", "more_than"),
    [
        ("en", "3,000–5,000", "more than 12,000"),
        ("fr", "3\xa0000–5\xa0000", "plus de 12\xa0000"),
        ("ar", "3,000–5,000", "أكثر من 12,000"),
    ],
)
def test_the_value_as_reported_shows_a_range_without_its_qualifier_in_every_language(language, ranged, more_than):
    figure = DisplacementFigure(value=3000, value_high=5000, qualifier=Qualifier.AT_LEAST)
    single = DisplacementFigure(value=12000, qualifier=Qualifier.MORE_THAN)
    with translation.override(language):
        assert (figure.value_as_reported(), single.value_as_reported()) == (ranged, more_than)
