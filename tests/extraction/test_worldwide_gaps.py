"""Constructions of published English reporting the extractor used to misread: a body counting in the present tense,
a country hosting people from another, people named after their country or state, "the Strip", a storm's name."""

import pytest


def test_a_body_counting_in_the_present_tense_gives_a_stock_and_is_the_body(run):
    (figure,) = run("UNHCR counts more than 600,000 Sudanese refugees in eastern Chad, most of them in Ouaddaï.")
    assert (figure.value, figure.location, figure.reporting_body) == (600000, "Chad", "UNHCR")
    (figure,) = run("IOM records 12,400 IDPs in Baidoa district.")
    assert figure.reporting_body == "IOM"


def test_a_trap_after_another_clause_does_not_cancel_what_a_country_hosts(run):
    (figure,) = run("Moldova hosts about 107,000 refugees from Ukraine, more than 4 per cent of its population.")
    assert (figure.value, figure.location) == (107000, "Moldova")


@pytest.mark.parametrize(
    "sentence,value,place",
    [
        ("Moldova hosts about 107,000 refugees from Ukraine, UNHCR said.", 107000, "Moldova"),
        ("Poland is hosting some 1.15 million refugees from Ukraine, the interior ministry said.", 1150000, "Poland"),
        ("Uganda received 2,800 refugees from South Sudan's Central Equatoria in February.", 2800, "Uganda"),
        ("Chad has taken in 14,000 refugees from Darfur's Geneina since Sunday, UNHCR said.", 14000, "Chad"),
    ],
)
def test_the_host_not_the_origin_is_the_place_of_people_hosted(run, sentence, value, place):
    (figure,) = run(sentence)
    assert (figure.value, figure.location) == (value, place)


def test_arrivals_from_an_origin_are_still_counted_where_they_arrived(run):
    (figure,) = run("Some 3,000 refugees from Sudan arrived in Renk last week.")
    assert figure.location == "Renk"


@pytest.mark.parametrize(
    "sentence,place",
    [
        (
            "More than 700,000 Haitians are now internally displaced, more than half of them children, IOM said.",
            "Haiti",
        ),
        ("Roughly 50,000 Floridians spent Wednesday night in public shelters, the governor's office said.", "Florida"),
        ("About 1,900 Jamaicans spent the night in government shelters after the storm.", "Jamaica"),
        ("Some 12,000 Ukrainians were evacuated from border villages.", "Ukraine"),
        ("About 4,000 Lebanese were displaced by the strikes, the ministry said.", "Lebanon"),
    ],
)
def test_people_named_after_their_country_or_state_give_its_place_when_none_is_named(run, sentence, place):
    (figure,) = run(sentence)
    assert figure.location == place


def test_a_nationality_of_people_abroad_is_no_place(run):
    (figure,) = run("Some 3,000 Sudanese refugees arrived last week, UNHCR said.")
    assert figure.location is None


def test_the_strip_is_the_gaza_strip_named_before(run):
    (figure,) = run(
        "The World Food Programme said its flour stocks in Gaza would run out within days. The agency said some "
        "423,000 people were sheltering in schools in the south of the Strip."
    )
    assert (figure.location, figure.reporting_body) == ("Gaza", "World Food Programme")


def test_a_storms_name_after_as_or_before_is_no_place(run):
    (figure,) = run("Roughly 1.2 million people had left their homes as Milton approached, the governor's office said.")
    assert figure.location is None
    (figure,) = run("Some 140,000 families were evacuated in Bicol before Kristine made landfall.")
    assert figure.location == "Bicol"
