"""The cheap tests that let a stage skip a long pattern (a share word before the share patterns, a verb of saying
after a space before the "X said" pattern) must never skip a sentence the pattern would read: held to the patterns
on every sentence of the labelled sets, and on the shapes they were written for, end to end."""

import json

import pytest

from extraction import bodies, breakdown
from extraction.breakdown import Part
from extraction.scanning import GUARDED
from extraction.sentences import normalise, split_sentences

from .conftest import PROJECT_SET, REAL_SET, ROOT, SHARED


def _sentences() -> list[str]:
    texts = [(SHARED / "seed" / "idlib-offensive-news-report.txt").read_text(encoding="utf-8")]
    for path in (REAL_SET, PROJECT_SET, ROOT / "tests" / "data" / "extraction_worldwide.jsonl"):
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    found = []
    for text in texts:
        text, _ = normalise(text)
        found += [text[start:end] for start, end in split_sentences(text)]
    return found + SHARES + SAID


SHARES = [
    "Some 9,000 people fled Idlib; three-quarters of them are women and children.",
    "Some 9,000 people fled Idlib; a third of them are children.",
    "Some 9,000 people fled Idlib, 45 PERCENT OF THEM CHILDREN.",
    "Of those, 60 Per Cent are children.",
    "Women and children account for one quarter of the displaced.",
]
SAID = [
    "OCHA has also said 5,000 people fled Idlib.",
    "UNHCR's latest situation report says 4,000 people had fled Ariha.",
    "The local council of Saraqib said\n3,000 families fled.",
    "UNHCR has estimated that 4,000 people had fled Ariha.",
    "IOM figures show 12,000 people were displaced in Sindh.",
]


def _plain(pattern):
    return GUARDED.get(pattern, pattern)


def test_no_sentence_with_a_share_is_skipped():
    patterns = [_plain(p) for p in (breakdown._SHARE_FIRST, breakdown._GROUP_FIRST, breakdown._OF_FIRST)]
    sentences = _sentences()
    with_share = [s for s in sentences if any(p.search(s) for p in patterns)]
    assert len(with_share) >= len(SHARES)
    for sentence in with_share:
        assert breakdown._SHARE_WORD.search(sentence) and breakdown._ANY_SHARE.search(sentence), sentence


def test_no_sentence_with_a_body_before_its_verb_is_skipped():
    pattern = _plain(bodies._BODY_BEFORE_CUE)
    sentences = _sentences()
    with_body = [s for s in sentences if pattern.search(s)]
    assert len(with_body) >= len(SAID)
    for sentence in with_body:
        assert bodies._SAYS_AFTER_SPACE.search(sentence), sentence


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        (SHARES[0], Part(group="female+children", share=75.0)),
        (SHARES[1], Part(age_from=0, age_to=17, share=33.33)),
        (SHARES[2], Part(age_from=0, age_to=17, share=45.0)),
    ],
)
def test_shares_in_words_and_capitals_still_reach_the_figure(run, sentence, part):
    (candidate,) = run(sentence)
    assert candidate.breakdown == [part]


@pytest.mark.parametrize(
    ("sentence", "body"), [(SAID[0], "OCHA"), (SAID[1], "UNHCR"), (SAID[2], "local council"), (SAID[3], "UNHCR")]
)
def test_a_body_before_its_verb_of_saying_is_still_the_body(run, sentence, body):
    (candidate,) = run(sentence)
    assert candidate.reporting_body == body
