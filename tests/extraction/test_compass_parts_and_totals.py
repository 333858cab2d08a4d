"""Counts a sentence gives without their noun: a part of the figure before it named by its compass point in lower
case ("and in the northern division, about 2,300"), and the figure of the sentence before as it has grown since
("That number has since tripled to 60,000", "That figure is probably close to 2 million now"); refugees a body
registered, whose origin an aside or their nationality tells ("registered 4,210 refugees, nearly all of them from
Mali", "register some 2,900 Burundian refugees in the villages of …")."""

import pytest


@pytest.mark.parametrize(
    "sentence,parts",
    [
        ("The commissioner said in the eastern division, about 5,400 people are staying in evacuation centres, "
         "and in the northern division, about 2,300.", [(5_400, None), (2_300, "northern division")]),
        ("Officials said 1,900 evacuees were in the western division, and about 700 in the central division.",
         [(1_900, None), (700, "central division")]),
        ("Some 12,000 people fled their villages in Tigray, and some 3,000 in the south-east.",
         [(12_000, "Tigray"), (3_000, "south-east")]),
        ("About 640 families were moved to schools in Sagaing; in the north there are another 210.",
         [(640, "Sagaing"), (210, "north")]),
    ],
)  # fmt: skip
def test_a_part_named_by_its_compass_point_takes_the_figure_before(run, sentence, parts):
    found = run(sentence)
    assert [c.value for c in found] == [value for value, _ in parts]
    first = found[0]
    for candidate, (_, place) in zip(found[1:], parts[1:], strict=True):
        assert (candidate.unit, candidate.term) == (first.unit, first.term)
        assert candidate.location == place


@pytest.mark.parametrize(
    "sentence,value",
    [
        # another count in the clause: its own noun says what it counts
        ("About 4,000 people were evacuated in the eastern division, and 45 schools in the northern division.",
         4_000),
        # a count of something else after the compass point
        ("Some 900 families fled to Kalehe, and in the north, 14 bridges were washed away.", 900),
        # a measure, not people
        ("Around 1,500 residents were evacuated, and in the west, 120 millimetres of rain fell.", 1_500),
    ],
)  # fmt: skip
def test_what_a_compass_part_counts_besides_people_is_no_figure(run, sentence, value):
    assert [c.value for c in run(sentence)] == [value]


@pytest.mark.parametrize(
    "text,value,term",
    [
        ("A week ago the agency was sheltering about 14,000 people in its schools. That number has since tripled to "
         "over 42,000 – more than in any earlier war.", 42_000, "in_camps"),
        ("The fighting in Kalehe has displaced at least 300,000 people since March. That figure is probably close "
         "to 400,000 by now.", 400_000, "displaced"),
        ("Some 8,000 residents of Lismore were evacuated on Monday. By Wednesday that number had doubled to 16,000.",
         16_000, "evacuated"),
        ("The storm forced 25,000 people from their homes in Sylhet. That figure has now surged to 60,000.",
         60_000, "displaced"),
    ],
)  # fmt: skip
def test_the_figure_before_as_it_has_grown_since(run, text, value, term):
    grown = [c for c in run(text) if c.value == value]
    assert [(c.term, c.qualifier != "") for c in grown] == [(term, True)]


@pytest.mark.parametrize(
    "text,value",
    [
        # what the number grew to counts no people of the sentence before
        ("Some 6,000 people fled Beni last week. That number of cholera cases has doubled to 1,200.", 6_000),
        # a year after the figure is no count
        ("About 3,000 people fled Kaya. That number is probably the highest since 2015.", 3_000),
        # a figure before that a trap governs: its growth is no figure either
        ("Some 12,000 residents of Gippsland are under evacuation orders. That figure has since doubled to 24,000.",
         None),
    ],
)  # fmt: skip
def test_growth_of_something_else_gives_no_figure(run, text, value):
    assert [c.value for c in run(text)] == ([value] if value else [])


@pytest.mark.parametrize(
    "sentence,value,place",
    [
        ("The agency has so far registered 4,210 refugees, nearly all of them from Mali, in Bassikounou.",
         4_210, "Bassikounou"),
        # (where they were registered is the places stage's question: not asserted here)
        ("Since Monday the refugee office has registered some 7,900 refugees, most of them from Uvira.", 7_900, None),
        ("Teams have helped the national commission register some 2,900 Burundian refugees in the villages of "
         "Nyarugusu and Kasulu.", 2_900, "Nyarugusu"),
        ("Officials registered more than 1,300 Congolese refugees in Gorom this week.", 1_300, "Gorom"),
    ],
)  # fmt: skip
def test_refugees_registered_with_their_origin_told_are_a_flight(run, sentence, value, place):
    (figure,) = run(sentence)
    assert (figure.value, figure.unit) == (value, "person")
    assert place is None or figure.location == place


@pytest.mark.parametrize(
    "sentence",
    [
        # a registration drive of refugees already there, no origin told
        "UNHCR has biometrically registered 38,000 refugees in Kakuma since the verification began.",
        # an aside that is not where they came from
        "The agency has registered 3,000 refugees, mostly women, in Kakuma as part of the verification.",
        # registered for something to come
        "UNHCR registered 2,400 Congolese refugees for resettlement to Canada.",
        # a plan
        "The commission plans to register 5,000 Burundian refugees in Kigoma next month.",
    ],
)
def test_registration_drives_plans_and_lists_stay_no_figure(run, sentence):
    assert run(sentence) == []
