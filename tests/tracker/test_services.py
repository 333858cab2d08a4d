from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.factories import (
    FigureFactory,
    HouseholdSizeFactory,
    RegionFactory,
    ReportingBodyFactory,
    SourceFactory,
    country,
)
from tracker import services
from tracker.choices import FigureAction, FigureStatus, RegionLevel, Unit
from tracker.lifecycle import TransitionRefused
from tracker.models import Source

pytestmark = pytest.mark.django_db


def test_households_convert_to_persons_with_the_given_size():
    figure = FigureFactory(value=1_250, unit=Unit.HOUSEHOLD, household_size=Decimal("5.4"))
    assert figure.persons == 6_750


def test_household_size_defaults_from_the_country_table():
    syria = country()
    HouseholdSizeFactory(country=syria, year=2020, size="4.50")
    town = RegionFactory(name="Sarmada", level=RegionLevel.LOCALITY, parent=syria)
    figure = FigureFactory(region=town, value=3, unit=Unit.HOUSEHOLD)
    assert figure.household_size == Decimal("4.50")
    assert figure.persons == 14  # 13.5 rounds half up


def test_households_without_any_size_wait_as_drafts_and_cannot_be_verified(reviewer):
    figure = FigureFactory(unit=Unit.HOUSEHOLD)
    assert (figure.status, figure.persons) == (FigureStatus.DRAFT, None)
    with pytest.raises(ValidationError) as caught:
        services.verify_figure(figure=figure, acting_user=reviewer)
    assert "needs a household size" in " ".join(caught.value.message_dict["household_size"])
    figure.refresh_from_db()
    assert figure.status == FigureStatus.DRAFT


def test_changing_the_unit_recomputes_persons():
    figure = FigureFactory(value=100, unit=Unit.HOUSEHOLD, household_size=Decimal("6"))
    services.update_figure(figure=figure, acting_user=None, changes={"unit": Unit.PERSON})
    figure.refresh_from_db()
    assert (figure.persons, figure.household_size) == (100, None)


def test_quote_span_outside_the_source_text_is_refused():
    source = SourceFactory(text="Short text.")
    with pytest.raises(ValidationError, match="outside the source text"):
        FigureFactory(source=source, quote="x" * 20, quote_start=0, quote_end=20)


def test_quote_must_be_what_the_source_says_at_the_span():
    source = SourceFactory(text="Some 5,000 people fled the town.")
    with pytest.raises(ValidationError, match="not what the source says"):
        FigureFactory(source=source, quote="5,000 people left", quote_start=5, quote_end=22)
    good = FigureFactory(source=source, quote="5,000 people fled", quote_start=5, quote_end=22)
    assert good.quote == source.text[5:22]


def test_a_quote_trimmed_with_its_span_left_as_it_was_is_told_where_the_source_says_it(editor):
    """A person cut the quote to the words stating the figure and saved: the refusal said only that the quote was
    not what the source says at that span, with no hint of which numbers to give instead."""
    source = SourceFactory(text="Heavy rain fell. Some 5,000 people fled the town on Monday, officials said.")
    figure = FigureFactory(source=source, quote=source.text[17:59], quote_start=17, quote_end=59)
    with pytest.raises(ValidationError) as caught:
        services.update_figure(figure=figure, acting_user=editor, changes={"quote": "5,000 people fled"})
    (message,) = caught.value.message_dict["quote"]
    assert "at 17–59" in message and "says it at 22–39" in message
    assert source.text[22:39] == "5,000 people fled"


def test_a_new_figure_cannot_start_verified():
    with pytest.raises(TransitionRefused, match="cannot start as “Verified”"):
        FigureFactory(status=FigureStatus.VERIFIED)


def test_the_same_text_is_stored_once():
    first, created = services.store_source(title="A", text="Fighting displaced 300 families.\n")
    again, created_again = services.store_source(title="B", text="  Fighting   displaced 300 families. ")
    assert (created, created_again) == (True, False)
    assert first.pk == again.pk and Source.objects.count() == 1


def test_only_reviewers_verify(editor):
    figure = FigureFactory()
    with pytest.raises(PermissionDenied):
        services.verify_figure(figure=figure, acting_user=editor)
    figure.refresh_from_db()
    assert figure.status == FigureStatus.DRAFT


def test_four_eyes_rule_a_reviewer_cannot_verify_their_own_figure(reviewer):
    figure = FigureFactory(acting_user=reviewer)
    with pytest.raises(PermissionDenied, match="Four-eyes"):
        services.verify_figure(figure=figure, acting_user=reviewer)


def test_verify_sets_reviewer_and_date(editor, reviewer):
    figure = FigureFactory(acting_user=editor)
    services.verify_figure(figure=figure, acting_user=reviewer)
    figure.refresh_from_db()
    assert figure.status == FigureStatus.VERIFIED
    assert figure.reviewed_by == reviewer and figure.reviewed_at is not None


def test_reject_needs_a_reason(reviewer):
    figure = FigureFactory()
    with pytest.raises(ValidationError):
        services.reject_figure(figure=figure, acting_user=reviewer, reason=" ")
    services.reject_figure(figure=figure, acting_user=reviewer, reason="duplicate of OCHA figure")
    figure.refresh_from_db()
    assert figure.status == FigureStatus.REJECTED and "duplicate of OCHA figure" in figure.notes


def test_history_keeps_who_changed_what(editor):
    figure = FigureFactory(value=1000, acting_user=editor)
    services.update_figure(figure=figure, acting_user=editor, changes={"value": 1500})
    newest, oldest = figure.history.all()[:2]
    delta = newest.diff_against(oldest)
    assert [(c.field, c.old, c.new) for c in delta.changes if c.field == "value"] == [("value", 1000, 1500)]
    assert newest.history_user == editor


def test_bulk_review_actions_are_in_the_history(editor, reviewer):
    figures = [FigureFactory(acting_user=editor) for _ in range(3)]
    services.act_on_figures(figures=figures, action=FigureAction.SUBMIT, acting_user=editor)
    services.act_on_figures(figures=figures, action=FigureAction.VERIFY, acting_user=reviewer)
    for figure in figures:
        statuses = list(figure.history.order_by("history_date").values_list("status", "history_user"))
        assert statuses == [
            (FigureStatus.DRAFT, editor.pk),
            (FigureStatus.IN_REVIEW, editor.pk),
            (FigureStatus.VERIFIED, reviewer.pk),
        ]


def test_region_history_is_kept():
    region = RegionFactory(name="Saraqeb")
    services.update_region(region=region, name="Saraqib")
    assert list(region.history.order_by("history_date").values_list("name", flat=True))[-2:] == [
        "Saraqeb",
        "Saraqib",
    ]


def test_a_region_cannot_move_inside_itself():
    parent = RegionFactory()
    child = RegionFactory(parent=parent, level=RegionLevel.ADMIN2)
    with pytest.raises(ValidationError, match="inside itself"):
        services.update_region(region=parent, parent=child)


def test_a_body_alias_names_one_body_only():
    un, unhcr = ReportingBodyFactory(name="OCHA"), ReportingBodyFactory(name="UNHCR")
    services.add_body_alias(body=un, name="the UN")
    with pytest.raises(ValidationError, match="already names"):
        services.add_body_alias(body=unhcr, name="The UN")


def test_period_end_before_start_is_refused_with_field_message():
    with pytest.raises(ValidationError) as caught:
        FigureFactory(period_start=date(2020, 3, 1), period_end=date(2020, 2, 1))
    assert "The period cannot end before it starts." in caught.value.messages


def test_a_body_as_written_with_a_nul_character_is_refused_by_field(editor):
    """The body as written now comes from imported files too: a NUL in it reached PostgreSQL, which refuses the
    whole statement, instead of a refusal naming the field."""
    with pytest.raises(ValidationError) as caught:
        services.record_figure(acting_user=editor, value=300, region=RegionFactory(), period_start=date(2020, 3, 1),
                               period_end=date(2020, 3, 2), raw_reporting_body="governor\x00 Jane Roe")  # fmt: skip
    assert "NUL character" in " ".join(caught.value.message_dict["raw_reporting_body"])
