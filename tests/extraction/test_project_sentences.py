"""The extractor end to end on the project's own sentences: no database, the shipped gazetteer."""

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extraction import extract, extract_period, parse_number, split_sentences
from tracker.demo import SEED_REPORT, shipped_gazetteer

DATA = Path(__file__).resolve().parent.parent / "data" / "extraction_sentences.jsonl"
GAZETTEER = shipped_gazetteer()


def run(text, published=date(2020, 2, 20)):
    return extract(text, gazetteer=GAZETTEER, published=published)


def test_the_seed_report_gives_exactly_the_one_displacement_figure():
    text = SEED_REPORT.read_text(encoding="utf-8")
    (figure,) = run(text)
    assert (figure.value, figure.qualifier, figure.unit, figure.term) == (1_000_000, "nearly", "person", "displaced")
    assert (figure.location, figure.region_pcode, figure.reporting_body) == ("Idlib", "SY07", "UN")
    assert text[figure.start : figure.end] == figure.quote
    assert figure.quote.startswith("According to the UN") and "place:previous-sentence" in figure.rule


def test_labelled_set_precision_and_recall():
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 80
    tp = fp = fn = 0
    for row in rows:
        found = [(c.value, c.value_high) for c in run(row["text"], date.fromisoformat(row["published"]))]
        for want in row["expected"]:
            key = (want["value"], want["value_high"])
            if key in found:
                found.remove(key)
                tp += 1
            else:
                fn += 1
        fp += len(found)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= 0.95 and recall >= 0.90, (precision, recall)


@pytest.mark.parametrize(
    "text,value",
    [
        ("12,500", 12_500),
        ("1.2 million", 1_200_000),
        ("2.5m", 2_500_000),
        ("one million", 1_000_000),
        ("two thousand", 2_000),
        ("twelve thousand five hundred", 12_500),
        ("half a million", 500_000),
        ("a million", 1_000_000),
        ("40k", 40_000),
    ],
)
def test_numbers_in_digits_and_words(text, value):
    assert parse_number(text) == value


def test_a_range_keeps_both_ends():
    (figure,) = run("Between 5 and 7 thousand people fled Saraqib, OCHA said.")
    assert (figure.value, figure.value_high) == (5_000, 7_000)


@pytest.mark.parametrize(
    "phrase,floor",
    [("Tens of thousands of", 10_000), ("Hundreds of thousands of", 100_000), ("Thousands of", 1_000)],
)
def test_vague_amounts_take_the_documented_lower_bound(phrase, floor):
    (figure,) = run(f"{phrase} people fled Ariha on Sunday.")
    assert (figure.value, figure.qualifier) == (floor, "at_least")


@pytest.mark.parametrize(
    "sentence",
    [
        "At least 33 people were killed in airstrikes on Idlib on Thursday.",
        "Some 150 people were wounded when shells hit a displacement camp near Atmeh.",
        "A Turkish military convoy of more than 100 vehicles entered Syria en route to Jabal al-Zawiya.",
        "The Turkish army has set up four new military posts in Ehsim and Al-Bara.",
        "Government forces have captured some sixty cities and towns in southern Idlib.",
        "The UN sent 150 trucks of aid to displaced families in Idlib.",
        "WFP said it fed 1.4 million displaced people in north-west Syria in January.",
        "Aid agencies reached 800,000 displaced people in Idlib with winter supplies.",
        "The revolt, which started in 2011, displaced families across the country.",
    ],
)
def test_numbers_that_are_not_displacement_are_left_alone(sentence):
    assert run(sentence) == []


def test_units_households_and_persons():
    families, children = run("UNICEF said 300 families and 2,000 children fled Binnish.")
    assert (families.unit, children.unit) == ("household", "person")


def test_a_place_spelled_another_way_resolves_through_aliases_and_fuzzy_matching():
    (alias,) = run("About 8,000 people fled Sarāqib in 48 hours.")
    (fuzzy,) = run("Some 9,000 people fled Kafranbal on Thursday.")
    assert alias.location == "Sarāqib" and alias.region_pcode is None and alias.region_id is None
    assert GAZETTEER.lookup("Saraqeb") == GAZETTEER.lookup("Sarāqib")
    assert fuzzy.location == "Kafranbal" and GAZETTEER.lookup("Kafranbal", fuzzy=True).name == "Kafr Nabl"


def test_an_unknown_place_is_kept_as_written():
    (figure,) = run("Floods displaced 35,000 people in Beledweyne, local authorities said.")
    assert (figure.location, figure.region_pcode, figure.reporting_body) == ("Beledweyne", None, None)


def test_the_body_falls_back_to_the_feed_body():
    (figure,) = extract("Some 5,000 people fled Ariha.", gazetteer=GAZETTEER, default_body=("OCHA", 7))
    assert (figure.reporting_body, figure.reporting_body_id) == ("OCHA", 7)


@pytest.mark.parametrize(
    "sentence,start,end",
    [
        ("5,000 people fled since 1 December.", date(2019, 12, 1), date(2020, 2, 20)),
        ("5,000 people fled in the past week.", date(2020, 2, 14), date(2020, 2, 20)),
        ("5,000 people fled in the first ten days of February.", date(2020, 2, 1), date(2020, 2, 10)),
        ("5,000 people fled in January.", date(2020, 1, 1), date(2020, 1, 31)),
    ],
)
def test_periods_resolve_against_the_publication_date(sentence, start, end):
    assert extract_period(sentence, date(2020, 2, 20))[:2] == (start, end)


def test_sentences_keep_abbreviations_together():
    text = "Mr. Lavrov spoke. The U.N. said 5,000 fled. Another sentence"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Mr. Lavrov spoke.", "The U.N. said 5,000 fled.", "Another sentence"
    ]  # fmt: skip


def test_same_text_same_candidates():
    text = SEED_REPORT.read_text(encoding="utf-8") + "\nSome 4,000 families fled Sarmin, SOHR said."
    assert [c.as_json() for c in run(text)] == [c.as_json() for c in run(text)]


WORDS = ["Some", "5,000", "people", "fled", "Ariha", "killed", "(", ")", "1.2", "million", "families", "nearly",
         "according", "to", "the", "UN", "said", ".", ",", "\n\n", "Sarāqib", "between", "and", "thousands", "of",
         "in", "since", "1", "December", "%", "'", "—", "2020", "IDPs", "returned", "evacuated", "OCHA:", "¿",
         "\x00"]  # fmt: skip


@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=60).map(" ".join))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_candidates_whose_quote_is_the_text_at_their_span(text):
    for candidate in run(text):
        assert text[candidate.start : candidate.end] == candidate.quote
        assert candidate.value > 0 and (candidate.value_high is None or candidate.value_high > candidate.value)
