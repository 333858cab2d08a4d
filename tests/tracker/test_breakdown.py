"""A figure's breakdown by sex and age: the services' rules (parts never exceed the whole), the lifecycle (a change
on a verified figure reopens it), the admin inline (errors on the part's field, what was typed kept), the import,
and extraction storing the share a text states."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.factories import FigureFactory, HouseholdSizeFactory, RegionFactory, SourceFactory, country
from tests.tracker.test_admin_crawl import _form_values
from tests.tracker.test_import_hostile import _confirm, _csv, _preview, _reasons
from tracker import services
from tracker.breakdown import format_parts, parse_parts
from tracker.choices import FigureStatus, Qualifier, RegionLevel, Unit
from tracker.models import DisplacementFigure, FigureBreakdown

pytestmark = pytest.mark.django_db


def part(**fields) -> dict:
    return {"sex": "", "age_from": None, "age_to": None, "group": "", "count": None, "share": None,
            "qualifier": Qualifier.EXACT, **fields}  # fmt: skip


def stored(figure) -> list[tuple]:
    return list(figure.breakdown.order_by("id").values_list("sex", "age_from", "age_to", "group", "count", "share",
                                                              "qualifier"))  # fmt: skip


@pytest.fixture
def town(db):
    syria = country()
    HouseholdSizeFactory(country=syria, year=2020, size="5.00")
    idleb = RegionFactory(name="Idleb", pcode="SY07", parent=syria)
    return RegionFactory(name="Ariha town", level=RegionLevel.LOCALITY, parent=idleb)


# ------------------------------------------------------------------------------------------------ services


def test_a_figure_keeps_its_counts_and_shares_as_given(town):
    figure = FigureFactory(region=town, value=10_000, breakdown=[
        part(sex="female", count=5200), part(sex="male", count=4100), part(sex="unknown", count=700),
        part(age_from=0, age_to=17, count=6000), part(age_from=18, count=4000),
        part(group="children+female", share=Decimal("80"), qualifier=Qualifier.MORE_THAN),
    ])  # fmt: skip
    assert stored(figure) == [
        ("female", None, None, "", 5200, None, "exact"), ("male", None, None, "", 4100, None, "exact"),
        ("unknown", None, None, "", 700, None, "exact"), ("", 0, 17, "", 6000, None, "exact"),
        ("", 18, None, "", 4000, None, "exact"),
        ("", None, None, "female+children", None, Decimal("80.00"), "more_than"),
    ]  # fmt: skip
    assert str(figure.breakdown.last()) == "female+children: more than 80%"


@pytest.mark.parametrize(
    ("parts", "key", "words"),
    [
        ([part(sex="female", count=6000), part(sex="male", count=5000)], "breakdown.1.count", "add up to 11,000"),
        ([part(age_from=0, age_to=17, share=60), part(age_from=18, share=50)], "breakdown.0.share", "110%"),
        ([part(sex="female", share=Decimal("100.5"))], "breakdown.0.share", "at most 100"),
        ([part(sex="female", count=10_001)], "breakdown.0.count", "more than the figure's 10,000"),
        ([part(age_from=18, age_to=5, count=10)], "breakdown.0.age_to", "below the youngest"),
        (
            [part(age_from=0, age_to=17, count=10), part(age_from=5, age_to=11, count=3)],
            "breakdown.1.age_from",
            "Overlaps part 1 (0-17)",
        ),
        ([part(sex="female", count=10), part(sex="female", count=20)], "breakdown.1.sex", "Overlaps"),
        (
            [part(group="female+children", share=80), part(group="children+female", share=70)],
            "breakdown.1.group",
            "Overlaps",
        ),
        ([part(group="women+children", share=80)], "breakdown.0.group", "“women” is not a group"),
        ([part(group="female", share=80)], "breakdown.0.group", "two or more"),
        ([part(count=10)], "breakdown.0.sex", "Say whose part"),
        ([part(sex="female", count=10, share=5)], "breakdown.0.count", "not both"),
        ([part(sex="female")], "breakdown.0.count", "either a count"),
        ([part(sex="other", count=1)], "breakdown.0.sex", "not one of"),
        ([part(sex="female", age_from=0, age_to=300, count=1)], "breakdown.0.age_to", "not a plausible age"),
        ([part(sex="female", share=Decimal("NaN"))], "breakdown.0.share", "not a share"),
        ([part(sex="female", count=10**30)], "breakdown.0.count", "the most a figure may say"),
        ([part(sex="female", count=True)], "breakdown.0.count", "A whole number"),
    ],
)
def test_parts_that_break_a_rule_are_refused_on_their_field(town, parts, key, words):
    with pytest.raises(ValidationError) as caught:
        services.record_figure(acting_user=None, status=FigureStatus.EXTRACTED, region=town, value=10_000,
                               period_start=date(2020, 2, 1), period_end=date(2020, 2, 5), breakdown=parts)  # fmt: skip
    assert words in " ".join(caught.value.message_dict[key]), caught.value.message_dict
    assert not DisplacementFigure.objects.exists() and not FigureBreakdown.objects.exists()


def test_counts_of_a_household_figure_are_persons_and_of_a_range_its_high_end(town):
    figure = FigureFactory(region=town, value=1000, unit=Unit.HOUSEHOLD,
                           breakdown=[part(sex="female", count=2600), part(sex="male", count=2400)])  # fmt: skip
    assert figure.persons == 5000 and len(stored(figure)) == 2
    with pytest.raises(ValidationError, match="5,001 persons"):
        FigureFactory(region=town, value=1000, unit=Unit.HOUSEHOLD,
                      breakdown=[part(sex="female", count=2601), part(sex="male", count=2400)])  # fmt: skip
    ranged = FigureFactory(region=town, value=100, value_high=200, breakdown=[part(age_from=0, age_to=17, count=150)])
    assert stored(ranged)[0][4] == 150


def test_changing_the_breakdown_of_a_verified_figure_sends_it_back_to_review(town, reviewer):
    figure = FigureFactory(region=town, value=10_000, breakdown=[part(sex="female", count=5000)])
    services.verify_figure(figure=figure, acting_user=reviewer)
    # the same parts again, in another spelling: nothing changes
    services.update_figure(figure=figure, acting_user=reviewer, changes={"breakdown": [
        {"sex": "Female", "count": 5000}], "notes": "checked"})  # fmt: skip
    assert figure.status == FigureStatus.VERIFIED
    services.update_figure(figure=figure, acting_user=reviewer, changes={"breakdown": [
        part(sex="female", count=5000), part(sex="male", count=4000)]})  # fmt: skip
    assert figure.status == FigureStatus.IN_REVIEW and figure.reviewed_at is None
    assert figure.substance_changed_by == reviewer  # so the four-eyes rule keeps them from verifying it again
    assert figure.history.first().history_change_reason == "reopen: changed breakdown"
    assert len(stored(figure)) == 2


def test_a_value_below_its_breakdown_is_refused_on_the_value(town, editor):
    figure = FigureFactory(region=town, value=10_000, breakdown=[part(sex="female", count=6000),
                                                                 part(sex="male", count=3000)])  # fmt: skip
    with pytest.raises(ValidationError) as caught:
        services.update_figure(figure=figure, acting_user=editor, changes={"value": 8000})
    assert "correct the breakdown too" in caught.value.message_dict["value"][0]
    services.update_figure(figure=figure, acting_user=editor, changes={"value": 8000, "breakdown": []})
    assert figure.value == 8000 and stored(figure) == []


def test_the_one_cell_words_read_back_as_the_same_parts():
    parts = [part(sex="female", age_from=0, age_to=17, count=1200), part(age_from=60, count=30),
             part(group="female+children", share=Decimal("80"), qualifier=Qualifier.MORE_THAN)]  # fmt: skip
    text = format_parts(parts)
    assert text == "female 0-17: 1200; 60+: 30; female+children: more than 80%"
    assert parse_parts(text) == parts


# ------------------------------------------------------------------------------------------------ admin


def _change_page(client, figure) -> tuple[str, dict]:
    url = reverse("admin:tracker_displacementfigure_change", args=[figure.pk])
    return url, _form_values(client.get(url).content.decode(), "displacementfigure_form")


def test_admin_inline_refuses_parts_above_the_total_on_the_field_and_keeps_the_input(client, editor, town):
    figure = FigureFactory(region=town, value=10_000)
    client.force_login(editor)
    url, values = _change_page(client, figure)
    assert values["breakdown-TOTAL_FORMS"] == "1"  # an empty row to fill in
    values.update({"breakdown-TOTAL_FORMS": "2", "breakdown-0-sex": "female", "breakdown-0-count": "6000",
                   "breakdown-1-sex": "male", "breakdown-1-count": "4500", "breakdown-1-qualifier": "exact",
                   "breakdown-0-qualifier": "exact"})  # fmt: skip
    response = client.post(url, values)
    assert response.status_code == 200
    (formset,) = [f for f in response.context["inline_admin_formsets"] if f.formset.prefix == "breakdown"]
    errors = " ".join(formset.formset.forms[1].errors["count"])
    assert "add up to 10,500 persons, more than the figure's 10,000" in errors
    html = response.content.decode()
    assert "The parts by sex add up to 10,500 persons" in html  # on the page, beside the part
    assert 'value="4500"' in html and 'value="6000"' in html  # what was typed is still there
    assert stored(figure) == []
    # the figure's own value raised on the same page: the parts are checked against it
    values["value"] = "12000"
    response = client.post(url, values)
    assert response.status_code == 302
    assert stored(figure) == [("female", None, None, "", 6000, None, "exact"), ("male", None, None, "", 4500, None,
                                                                                  "exact")]  # fmt: skip


def test_admin_inline_change_on_a_verified_figure_reopens_it(client, reviewer, town):
    figure = FigureFactory(region=town, value=10_000)
    services.verify_figure(figure=figure, acting_user=reviewer)
    client.force_login(reviewer)
    url, values = _change_page(client, figure)
    values.update({"breakdown-0-age_from": "0", "breakdown-0-age_to": "17", "breakdown-0-share": "60",
                   "breakdown-0-qualifier": "nearly"})  # fmt: skip
    assert client.post(url, values).status_code == 302
    figure.refresh_from_db()
    assert figure.status == FigureStatus.IN_REVIEW
    assert stored(figure) == [("", 0, 17, "", None, Decimal("60.00"), "nearly")]
    # verified again by another reviewer, then posted back unchanged: the breakdown and the status stay
    services.verify_figure(figure=figure, acting_user=_other_reviewer())
    url, values = _change_page(client, figure)
    assert client.post(url, values).status_code == 302
    figure.refresh_from_db()
    assert figure.status == FigureStatus.VERIFIED and len(stored(figure)) == 1


def _other_reviewer():
    from tests.factories import UserFactory
    from tracker.choices import Role

    return UserFactory(role=Role.REVIEWER)


# ------------------------------------------------------------------------------------------------ import


def test_import_refuses_a_breakdown_above_the_total_and_imports_a_good_one(client, editor, town):
    client.force_login(editor)
    header = ["region", "value", "period_start", "period_end", "breakdown"]
    content = _csv([header,
                    ["SY07", "1000", "2020-02-01", "2020-02-05", "female: 600; male: 500"],
                    ["SY07", "1000", "2020-02-02", "2020-02-05", "female+children: more than 80%; 0-17: 300"],
                    ["SY07", "1000", "2020-02-03", "2020-02-05", "women: 80%"]])  # fmt: skip
    preview = _preview(client, content, "figures.csv")
    reasons = _reasons(preview)
    assert (preview.created, preview.rejected) == (1, 2), preview.report
    assert "breakdown (part 2): The parts by sex add up to 1,100 persons" in reasons[2]
    assert "'women' is neither a sex" in reasons[4]
    _confirm(client, preview)
    figure = DisplacementFigure.objects.get()
    assert stored(figure) == [("", None, None, "female+children", None, Decimal("80.00"), "more_than"),
                              ("", 0, 17, "", 300, None, "exact")]  # fmt: skip


# ------------------------------------------------------------------------------------------------ extraction


def test_extraction_stores_the_share_the_text_states_on_the_candidate(town):
    source = SourceFactory(title="Flash update", published_on=date(2020, 2, 20), text=(
        "Some 5,000 people fled Ariha town last week, more than 80 per cent of them women and children. "
        "About 2,000 people were displaced from Idlib, including 900 children."))  # fmt: skip
    result = services.extract_figures(source=source)
    by_value = {f.value: f for f in result.created}
    assert stored(by_value[5000]) == [("", None, None, "female+children", None, Decimal("80.00"), "more_than")]
    assert "breakdown:share" in by_value[5000].extraction_rule
    assert stored(by_value[2000]) == [("", 0, 17, "", 900, None, "exact")]


def test_the_review_page_shows_the_breakdown_read_from_the_text(client, reviewer, town):
    source = SourceFactory(
        title="Flash update",
        published_on=date(2020, 2, 20),
        text="Some 5,000 people fled Ariha town, more than 80 per cent of them women and children.",
    )
    (figure,) = services.extract_figures(source=source).created
    client.force_login(reviewer)
    html = client.get(reverse("admin:tracker_displacementfigure_review", args=[figure.pk])).content.decode()
    assert "<li>female+children: more than 80%</li>" in html
    change = client.get(reverse("admin:tracker_displacementfigure_change", args=[figure.pk])).content.decode()
    assert 'id="breakdown-group"' in change and 'name="breakdown-0-share" value="80.00"' in change


def test_a_breakdown_read_wrong_is_left_out_and_the_candidate_still_queued(town):
    source = SourceFactory(title="Update", published_on=date(2020, 2, 20),
                           text="About 200 people fled Ariha town, including 900 children.")  # fmt: skip
    (figure,) = services.extract_figures(source=source).created
    assert figure.value == 200 and stored(figure) == []
    assert "Breakdown read from the text and left out" in figure.notes and "more than the figure's 200" in figure.notes


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_an_exported_breakdown_imports_back_as_the_same_parts(kind, client, reviewer, town):
    FigureFactory(region=town, value=10_000, breakdown=[
        part(sex="female", age_from=0, age_to=17, count=1200), part(age_from=60, count=30),
        part(group="female+children", share=Decimal("80"), qualifier=Qualifier.MORE_THAN)])  # fmt: skip
    before = [stored(f) for f in DisplacementFigure.objects.all()]
    client.force_login(reviewer)
    response = client.get(reverse("admin:tracker_displacementfigure_export"), {"format": kind})
    content = b"".join(response.streaming_content) if kind == "csv" else response.content
    DisplacementFigure.objects.all().delete()
    preview = _preview(client, content, f"figures.{kind}")
    assert (preview.created, preview.rejected) == (1, 0), preview.report
    _confirm(client, preview)
    assert [stored(f) for f in DisplacementFigure.objects.all()] == before
