"""The exams (tests/data/extraction_exam*.jsonl), each written by the coordinator of one round before that round's
rules, scored at its start and end and never read for errors nor tuned on, dev and held-out halves alike. They are
kept as whole-set checks of what unseen reporting gives: a rule that loses their figures fails here. Read them for
scores only; a round that tunes on one must say so and retire it.

Said so: the ninth round's last pass (27 November) read the misses of all five exams' dev halves among those of the
other sets, and its rules gained a figure on three of them. They are retired as measures of unseen reporting (the
README's table says so) and stay here as floors against losing figures; their held-out halves were not read."""

import pytest

from tests.extraction.conftest import ROOT, scores_of

# (file, figures labelled, precision floor, recall floor): each floor sits a little under what was measured
EXAMS = [
    # 111 excerpts in the style of news, agency paragraphs and sitreps. At its round's start P 0.951 / R 0.856
    # (77 found, 4 false, 13 missed); at its end 0.963 / 0.867.
    ("extraction_exam.jsonl", 90, 0.94, 0.85),
    # 60 excerpts, 76 figures; single sentences, paragraphs and agency products from about 40 countries: P 0.871 /
    # R 0.803 (61, 9, 15) at its round's start and end, though that round added some seventy rules.
    ("extraction_exam2.jsonl", 76, 0.86, 0.79),
    # 68 excerpts, 72 figures, 15 with none; news, wire copy and agency products (IDMC monthly-update style, DTM ETT,
    # OCHA flash updates, UNHCR briefings, IFRC DREF, NDRRMC) from about 50 countries: P 0.909 / R 0.833 (60, 6, 12)
    # at the start, 0.896 / 0.833 (60, 7, 12) at the end, after well over a hundred rules.
    ("extraction_exam3.jsonl", 72, 0.88, 0.82),
    # 55 excerpts, 74 figures, 9 with none, written at the start of the fourth round: 35 news, wire and agency briefs
    # from about 28 countries, and 20 long paragraphs with several figures each (sitreps, operational updates, DTM
    # rounds, IFRC appeals, wire stories of three to five sentences). At the start P 0.887 / R 0.851 (63, 8, 11);
    # the long paragraphs alone 0.829 / 0.784.
    ("extraction_exam4.jsonl", 74, 0.87, 0.83),
    # 45 excerpts, 65 figures, 7 with none, written at the start of the fifth round: news, wire copy, agency briefs and
    # long paragraphs with several figures and places, from about 35 countries. At the start P 0.862 / R 0.769 (50, 8,
    # 15), body 72.7 %; at the end the same figures, body 77.3 %.
    ("extraction_exam5.jsonl", 65, 0.85, 0.76),
]


@pytest.mark.parametrize("name,figures,precision,recall", EXAMS, ids=[exam[0] for exam in EXAMS])
def test_an_exam_keeps_what_was_measured_when_it_was_written(bench, gazetteer, name, figures, precision, recall):
    tallies = scores_of(bench, ROOT / "tests" / "data" / name, gazetteer)
    tp = sum(t.tp for t in tallies.values())
    fp = sum(t.fp for t in tallies.values())
    fn = sum(t.fn for t in tallies.values())
    assert tp + fn == figures, "the exam's labels changed"
    assert tp / (tp + fp) >= precision and tp / (tp + fn) >= recall, (tp, fp, fn)
