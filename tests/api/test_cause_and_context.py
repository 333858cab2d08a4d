"""Cause and context: what forced people out, the hazard behind a disaster, destroyed homes, event codes."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from tests.factories import FigureFactory
from tracker import services
from tracker.choices import Cause, FigureStatus, Hazard

pytestmark = pytest.mark.django_db


def _flood():
    return services.save_event(name="Floods in north-west camps", kind=Cause.DISASTER, hazard=Hazard.FLOOD,
                               start_date=date(2021, 1, 17), glide_number="FL-2021-000005-SYR")  # fmt: skip


def test_a_figure_takes_its_events_cause_and_hazard():
    figure = FigureFactory(event=_flood())
    assert (figure.cause, figure.hazard) == (Cause.DISASTER, Hazard.FLOOD)


def test_a_hazard_needs_a_disaster():
    with pytest.raises(ValidationError, match="disaster"):
        FigureFactory(cause=Cause.CONFLICT, hazard=Hazard.FLOOD)
    with pytest.raises(ValidationError, match="disasters only"):
        services.save_event(name="Offensive", kind=Cause.CONFLICT, hazard=Hazard.STORM, start_date=date(2020, 1, 1))


def test_context_is_not_substance_a_verified_figure_stays_verified(reviewer):
    figure = FigureFactory()
    services.verify_figure(figure=figure, acting_user=reviewer)
    services.update_figure(figure=figure, acting_user=None, changes={"cause": Cause.CONFLICT,
                                                                    "housing_destroyed": True})  # fmt: skip
    figure.refresh_from_db()
    assert (figure.status, figure.cause, figure.housing_destroyed) == (FigureStatus.VERIFIED, Cause.CONFLICT, True)


def test_the_api_filters_on_cause_hazard_and_destroyed_homes(api, world):
    flood = FigureFactory(event=_flood(), housing_destroyed=True, region=world["aleppo"])
    FigureFactory(cause=Cause.CONFLICT, housing_destroyed=False, region=world["aleppo"])
    api.force_authenticate(world["editor"])

    def ids(query):
        response = api.get(f"/api/v1/figures/?{query}")
        assert response.status_code == 200, response.content
        return {row["id"] for row in response.json()["results"]}

    assert ids("cause=disaster") == {flood.pk}
    assert ids("hazard=flood") == {flood.pk}
    assert ids("housing_destroyed=true") == {flood.pk}
    assert api.get("/api/v1/figures/?hazard=tsunami").status_code == 400
    row = api.get(f"/api/v1/figures/{flood.pk}/").json()
    assert (row["cause"], row["hazard"], row["housing_destroyed"]) == ("disaster", "flood", True)
    event = api.get(f"/api/v1/events/{flood.event_id}/").json()
    assert (event["kind"], event["hazard"], event["glide_number"]) == ("disaster", "flood", "FL-2021-000005-SYR")
