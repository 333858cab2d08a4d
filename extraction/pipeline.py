"""The driver: sentences → quantities → units → terms and traps → places → bodies → periods → candidates.

Bounded work: a text is read up to MAX_TEXT_CHARS, and a sentence longer than MAX_SENTENCE_CHARS is cut into
pieces at spaces (see extraction.sentences), so every pattern runs on at most MAX_SENTENCE_CHARS characters and
the whole run is linear in the text's length whatever the text holds.
"""

from __future__ import annotations

from datetime import date

from extraction.candidates import Candidate, Drop, _sentence_candidates
from extraction.gazetteer import Gazetteer, Place
from extraction.places import _places_in
from extraction.sentences import MAX_SENTENCE_CHARS, normalise, split_sentences

MAX_TEXT_CHARS = 200_000  # about 30,000 words: a long report; the rest of a longer text is not read

__all__ = ["MAX_SENTENCE_CHARS", "MAX_TEXT_CHARS", "Drop", "extract"]


def extract(
    text: str,
    *,
    gazetteer: Gazetteer | None = None,
    published: date | None = None,
    default_body: tuple[str, int | None] | None = None,
    trace: list[Drop] | None = None,
) -> list[Candidate]:
    """Every displacement statement in `text`, in order. Deterministic for a given text and gazetteer.

    `trace`, when given a list, receives every quantity that a stage let go, with the stage and the reason."""
    gazetteer = gazetteer or Gazetteer()
    original = text[:MAX_TEXT_CHARS]
    text, mapping = normalise(original)
    candidates: list[Candidate] = []
    last_place: tuple[str, Place | None] | None = None
    for s_start, s_end in split_sentences(text):
        sentence = text[s_start:s_end]
        places = _places_in(sentence, gazetteer)
        found = _sentence_candidates(sentence, s_start, gazetteer, places, last_place, published, default_body, trace)
        for candidate in found:  # offsets and quote in the original text
            candidate.start, candidate.end = mapping[candidate.start], mapping[candidate.end - 1] + 1
            candidate.quote = original[candidate.start : candidate.end]
            candidates.append(candidate)
        if places:
            known = [p for p in places if p[2] is not None]
            chosen = (known or places)[-1]
            last_place = (chosen[1], chosen[2])
    return candidates
