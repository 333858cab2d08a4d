"""The qualifier a figure is given: what the text writes before the number, or a key figure's label."""

from datetime import date

import pytest


@pytest.mark.parametrize(
    "words,qualifier",
    [
        ("just under", "nearly"),
        ("close to", "nearly"),
        ("well over", "more_than"),
        ("no fewer than", "at_least"),
        ("as many as", "up_to"),
        ("fewer than", "less_than"),
        ("an estimated", "approximately"),
        ("roughly", "approximately"),
    ],
)
def test_the_words_before_the_number(run, words, qualifier):
    (figure,) = run(f"Floods displaced {words} 2,000 people in Kasese.")
    assert figure.qualifier == qualifier


def test_a_key_figure_labelled_estimated_is_approximate(run):
    (figure,) = run("Estimated displaced: 23,500 (Gofa zone, as of 29 July)", published=date(2024, 8, 1))
    assert figure.qualifier == "approximately"


def test_a_key_figure_without_estimated_is_exact(run):
    (figure,) = run("Displaced: 23,500 (Gofa zone, as of 29 July)", published=date(2024, 8, 1))
    assert figure.qualifier == "exact"


@pytest.mark.parametrize("words", ["a little under", "slightly under", "a bit short of", "slightly below"])
def test_a_little_under_is_nearly(run, words):
    (figure,) = run(f"{words.capitalize()} 500,000 people were in shelters in Feni.")
    assert figure.qualifier == "nearly"


def test_under_alone_stays_less_than(run):
    (figure,) = run("Under 500 families have returned to Feni.")
    assert figure.qualifier == "less_than"
