"""Migration 0019: figures extracted before `raw_reporting_body` kept a body no record matched as the first line of
their notes; the migration moves it to the field and leaves the rest of the notes (and back)."""

import importlib
from datetime import date

import pytest
from django.apps import apps

from tracker import services
from tracker.demo import load_reference_data
from tracker.models import DisplacementFigure

pytestmark = pytest.mark.django_db
step = importlib.import_module("tracker.migrations.0019_figure_raw_reporting_body")


@pytest.fixture
def old_figure():
    load_reference_data()
    text = "About 3,400 people fled their homes in Nakuru county, Kenya, the governor said."
    source = services.store_source(title="Floods", text=text, published_on=date(2020, 4, 2))[0]
    (figure,) = services.extract_figures(source=source).created
    DisplacementFigure.objects.filter(pk=figure.pk).update(
        raw_reporting_body="", notes="Body as written: governor, Marta Oduya\nRejected: counted twice"
    )
    return figure


def test_the_body_written_in_the_notes_moves_to_its_field(old_figure):
    step.body_from_notes(apps, None)
    old_figure.refresh_from_db()
    assert (old_figure.raw_reporting_body, old_figure.notes) == ("governor, Marta Oduya", "Rejected: counted twice")


def test_going_back_puts_it_in_the_notes_again(old_figure):
    step.body_from_notes(apps, None)
    step.body_to_notes(apps, None)
    old_figure.refresh_from_db()
    assert old_figure.notes == "Body as written: governor, Marta Oduya\nRejected: counted twice"
