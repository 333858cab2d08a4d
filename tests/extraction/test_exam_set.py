"""The exams (tests/data/extraction_exam*.jsonl), each written by the coordinator of one round before that round's
rules, scored at its start and end and never read for errors nor tuned on, dev and held-out halves alike. The first:
111 excerpts in the style of news, agency paragraphs and sitreps. They are kept as whole-set checks of what unseen
reporting gives: a rule that loses their figures fails here. Read them for scores only; a round that tunes on one must
say so and retire it."""

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


DATA_2 = ROOT / "tests" / "data" / "extraction_exam2.jsonl"


def test_the_second_exam_keeps_what_was_measured_when_it_was_written(bench, gazetteer):
    """A second exam (60 excerpts, 76 figures; single sentences, paragraphs and agency products from about 40
    countries), written by the next round's coordinator before that round's rules and scored at its start and end,
    never read for errors: P 0.871 / R 0.803 (61 found, 9 false, 15 missed) both times, though that round added some
    seventy rules from its own batches. The gap to the targets on unseen reporting is what this set keeps in view."""
    tallies = scores_of(bench, DATA_2, gazetteer)
    tp = sum(t.tp for t in tallies.values())
    fp = sum(t.fp for t in tallies.values())
    fn = sum(t.fn for t in tallies.values())
    assert tp + fn == 76, "the exam's labels changed"
    assert tp / (tp + fp) >= 0.86 and tp / (tp + fn) >= 0.79, (tp, fp, fn)


DATA_3 = ROOT / "tests" / "data" / "extraction_exam3.jsonl"


def test_the_third_exam_keeps_what_was_measured_when_it_was_written(bench, gazetteer):
    """A third exam (68 excerpts, 72 figures, 15 with none; single sentences and short paragraphs from about 50
    countries, news and wire copy with agency products: IDMC monthly-update style, DTM ETT, OCHA flash updates with key
    figures, UNHCR briefings, IFRC DREF, NDRRMC), written by the coordinator of a third round before that round's
    rules and never read for errors: P 0.909 / R 0.833 (60 found, 6 false, 12 missed) at the start, 0.896 / 0.833
    (60, 7, 12) at the end, after well over a hundred rules from about 1,200 fresh excerpts."""
    tallies = scores_of(bench, DATA_3, gazetteer)
    tp = sum(t.tp for t in tallies.values())
    fp = sum(t.fp for t in tallies.values())
    fn = sum(t.fn for t in tallies.values())
    assert tp + fn == 72, "the exam's labels changed"
    assert tp / (tp + fp) >= 0.88 and tp / (tp + fn) >= 0.82, (tp, fp, fn)
