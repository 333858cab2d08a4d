"""The exam (tests/data/extraction_exam.jsonl): 111 excerpts written by the coordinator of one round in the style of
news, agency paragraphs and sitreps, scored at the start and at the end of that round and never read for errors nor
tuned on, dev and held-out halves alike. It is kept as a whole-set check of what unseen reporting gives: a rule that
loses its figures fails here. Read it for scores only; a round that tunes on it must say so and retire it."""

from tests.extraction.conftest import ROOT, scores_of

DATA = ROOT / "tests" / "data" / "extraction_exam.jsonl"


def test_the_exam_keeps_what_was_measured_when_it_was_written(bench, gazetteer):
    tallies = scores_of(bench, DATA, gazetteer)
    tp = sum(t.tp for t in tallies.values())
    fp = sum(t.fp for t in tallies.values())
    fn = sum(t.fn for t in tallies.values())
    assert tp + fn == 90, "the exam's labels changed"
    # measured at the round's start: P 0.951, R 0.856 (77 found, 4 false, 13 missed); at its end 0.963 / 0.867
    assert tp / (tp + fp) >= 0.94 and tp / (tp + fn) >= 0.85, (tp, fp, fn)
