"""Who reported a figure, in constructions of published reporting: the source named in the passive in the next
sentence ("This was reported by …"), a document's date in brackets or "based on" before the body, and verbs a body
or its document reads with ("declared", "reveals", "indicate that", "the same report cites")."""

import pytest


@pytest.mark.parametrize(
    "text,body",
    [
        (
            "Nearly 9,000 residents have been evacuated from the border villages of Sumy region since June.\n\n"
            "This was reported by the head of the Sumy Regional Military Administration Ivan Hordiienko, during the "
            "national telethon.",
            "Sumy Regional Military Administration",
        ),
        (
            "About 2,600 people were displaced by floods in Kogi State. This was disclosed at a press briefing on "
            "Tuesday by the National Emergency Management Agency (NEMA).",
            "National Emergency Management Agency",
        ),
        (
            "Some 480 families have left Pokrovsk over the past week. This was announced on Monday by the Donetsk "
            "Regional State Administration.",
            "Donetsk Regional State Administration",
        ),
    ],
)
def test_the_next_sentence_names_the_source_in_the_passive(run, text, body):
    (figure,) = run(text)
    assert body in (figure.reporting_body or "")
    assert "body:this-was-by" in figure.rules


@pytest.mark.parametrize(
    "second",
    [
        "This was reported by Reuters.",  # a wire relaying: the publisher, no body
        "This was reported by local officials.",  # a generic source: no body
        "This was caused by the heavy rains in the hills.",  # no verb of saying
        "It was hit by shelling on Sunday.",
    ],
)
def test_the_passive_naming_no_source_gives_no_body(run, second):
    (figure,) = run(f"Some 1,700 families fled their homes in Kherson. {second}")
    assert figure.value == 1700
    assert figure.reporting_body is None


def test_a_source_in_the_figures_own_sentence_stands_over_the_passive_after_it(run):
    (figure,) = run("Some 1,700 families fled Kherson, the UN refugee agency said. This was reported by Ukrinform.")
    assert figure.reporting_body and "refugee agency" in figure.reporting_body


@pytest.mark.parametrize(
    "sentence,body",
    [
        (
            "According to the latest official figures (12 May) from the National Directorate of Civil Protection, "
            "4,120 people have been displaced in Baucau.",
            "National Directorate of Civil Protection",
        ),
        (
            "According to the provisional figures (May 3) from the Office of Disaster Management, 950 households "
            "were moved to evacuation centres in Suva.",
            "Office of Disaster Management",
        ),
        (
            "Based on the latest record of the Municipal Disaster Risk Reduction Office (MDRRMO), 2,140 families "
            "were staying in evacuation centers in Legazpi.",
            "Municipal Disaster Risk Reduction Office",
        ),
        (
            "Based on data from the Office of Civil Defense, 3,400 families fled their homes in Iloilo.",
            "Office of Civil Defense",
        ),
        (
            "Based on the report of the Department of Social Welfare, 760 individuals remain in evacuation centers "
            "in Cebu.",
            "Department of Social Welfare",
        ),
    ],
)
def test_a_dated_document_or_based_on_names_the_body(run, sentence, body):
    (figure,) = run(sentence)
    assert body in (figure.reporting_body or "")


def test_based_on_something_that_is_no_document_names_no_body(run):
    (figure,) = run("Based on the forecast for Typhoon Ompong, 5,600 families were evacuated in Cagayan.")
    assert figure.value == 5600
    assert figure.reporting_body is None


@pytest.mark.parametrize(
    "text,body",
    [
        (
            "The Minister of Civil Protection, General Luis Rivas, declared that 1,230 families were moved to "
            "shelters in Zulia.",
            "Minister of Civil Protection",
        ),
        (
            "The regional government's latest damage report for Tabasco reveals that more than 800 people have been "
            "evacuated from flooded neighbourhoods.",
            "regional government",
        ),
        (
            "In Mbale, URCS assessments indicate that 640 people have been displaced by the landslides.",
            "URCS",
        ),
        (
            "According to the latest official figures from the Ministry of Social Solidarity, the floods affected "
            "14,000 households. The same report cites that 3,950 people are sheltering in 22 evacuation centres.",
            "Ministry of Social Solidarity",
        ),
    ],
)
def test_verbs_a_body_or_its_document_reads_with(run, text, body):
    figures = [f for f in run(text) if f.value in (1230, 800, 640, 3950)]
    assert len(figures) == 1
    assert body in (figures[0].reporting_body or "")


def test_a_state_of_emergency_declared_is_no_figure_of_its_own(run):
    figures = run("The governor declared a state of emergency after 2,300 people fled Ituri.")
    assert [f.value for f in figures] == [2300]
    assert not any(f.value == 1 for f in figures)
