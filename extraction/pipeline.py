"""The driver: sentences → quantities → units → terms and traps → places → bodies → periods → candidates →
breakdown (who the displaced are, extraction.breakdown).

Bounded work: a text is read up to MAX_TEXT_CHARS, and a sentence longer than MAX_SENTENCE_CHARS is cut into
pieces at spaces (see extraction.sentences), so every pattern runs on at most MAX_SENTENCE_CHARS characters and
the whole run is linear in the text's length whatever the text holds.
"""

from __future__ import annotations

from datetime import date

from extraction import rules
from extraction.breakdown import attach_breakdowns
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
    placeless: list[tuple[int, Candidate]] = []  # candidates with no place yet, by sentence number
    sentence_places: list[list] = []
    for number, (s_start, s_end) in enumerate(split_sentences(text)):
        sentence = text[s_start:s_end]
        places = _places_in(sentence, gazetteer)
        sentence_places.append(places)
        found = list(
            _sentence_candidates(sentence, s_start, gazetteer, places, last_place, published, default_body, trace)
        )
        for candidate in found:  # offsets and quote in the original text
            candidate.start, candidate.end = mapping[candidate.start], mapping[candidate.end - 1] + 1
            candidate.quote = original[candidate.start : candidate.end]
            candidates.append(candidate)
            if candidate.location is None:
                placeless.append((number, candidate))
        if found and found[-1].location:
            # "22 of the displaced had returned": the place of the figure before, not the last name in its sentence
            last_place = (found[-1].location, gazetteer.lookup(found[-1].location))
        elif places:
            known = [p for p in places if p[2] is not None]
            chosen = (known or places)[-1]
            last_place = (chosen[1], chosen[2])
    for number, candidate in placeless:
        _place_from_next_sentences(candidate, sentence_places[number + 1 : number + 1 + NEXT_SENTENCES])
    attach_breakdowns(original, candidates)
    return candidates


NEXT_SENTENCES = 2  # how far ahead a figure with no place before it looks for one


def _place_from_next_sentences(candidate: Candidate, following: list[list]) -> None:
    """A figure the text has named no place for yet takes the first place named just after it ("… displaced
    around 73,000 people across six provinces. It was the most powerful earthquake to strike Ecuador")."""
    for places in following:
        if places:
            known = [p for p in places if p.place is not None] or places
            mention = known[0]
            place = mention.place
            candidate.location = mention.text
            candidate.region_pcode = (place.pcode or None) if place else None
            candidate.region_id = place.region_id if place else None
            candidate.country = (place.country or None) if place else None
            candidate.admin1 = (place.admin1 or None) if place else None
            candidate.rules.append(rules.PLACE_NEXT)
            return
