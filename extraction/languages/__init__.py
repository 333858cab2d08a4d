"""Reading French and Arabic with the English stages.

A French or Arabic text is glossed word by word into the vocabulary the stages read (numbers as they are written
in each language, qualifiers, units, displacement terms, traps, reporting cues, bodies, dates, places: see
extraction.languages.fr and .ar), keeping where every character came from. The English pipeline runs on the
gloss; each candidate is then mapped back: its offsets and quote are the original's, its location and body the
original's wording, while value, unit, term, qualifier, category, period and resolved place (p-code, country) are
the language-neutral values they are for English.

    from extraction.languages import extract
    extract(text)               # the language detected (extraction.languages.detect)
    extract(text, lang="ar")
"""

from __future__ import annotations

import dataclasses
from datetime import date

from extraction import pipeline
from extraction.bodies import HOLDER_NAMES
from extraction.candidates import Candidate, Drop
from extraction.gazetteer import Gazetteer
from extraction.languages.detect import ARABIC, ENGLISH, FRENCH, LANGUAGES, detect_language
from extraction.languages.gloss import Glossed
from extraction.text import name_key

__all__ = ["LANGUAGES", "detect_language", "extract", "gloss_text"]


def gloss_text(text: str, lang: str, gazetteer: Gazetteer | None = None) -> Glossed:
    """`text` (French or Arabic) glossed for the English stages."""
    if lang == FRENCH:
        from extraction.languages.fr import gloss_french

        return gloss_french(text)
    if lang == ARABIC:
        from extraction.languages.ar import gloss_arabic

        return gloss_arabic(text, gazetteer or Gazetteer())
    raise ValueError(f"no gloss for language {lang!r}: one of {', '.join(LANGUAGES)}")


def extract(
    text: str,
    *,
    lang: str | None = None,
    gazetteer: Gazetteer | None = None,
    published: date | None = None,
    default_body: tuple[str, int | None] | None = None,
    trace: list[Drop] | None = None,
) -> list[Candidate]:
    """Every displacement statement in `text` (English, French or Arabic; detected when `lang` is None)."""
    lang = lang or detect_language(text)
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: one of {', '.join(LANGUAGES)}")
    if lang == ENGLISH:
        return pipeline.extract(text, gazetteer=gazetteer, published=published, default_body=default_body, trace=trace)
    gazetteer = _with_bodies(gazetteer or Gazetteer())
    original = text[: pipeline.MAX_TEXT_CHARS]
    glossed = gloss_text(original, lang, gazetteer)
    holder_names = HOLDER_NAMES.set(False)  # the office as the original writes it, without its holder's name
    reach = pipeline.BODY_REACH.set(_body_reach(lang))
    try:
        candidates = pipeline.extract(
            glossed.text, gazetteer=gazetteer, published=published, default_body=default_body, trace=trace
        )
    finally:
        HOLDER_NAMES.reset(holder_names)
        pipeline.BODY_REACH.reset(reach)
    for candidate in candidates:
        at = (candidate.start, candidate.end)
        candidate.start, candidate.end = glossed.span(candidate.start, candidate.end)
        candidate.quote = original[candidate.start : candidate.end]
        candidate.location = glossed.original_name(candidate.location, at, "place")
        if default_body is None or candidate.reporting_body != default_body[0]:
            candidate.reporting_body = glossed.original_name(candidate.reporting_body, at, "body")
            pipeline.name_and_letters(candidate, original, gazetteer, french=lang == "fr")
    return candidates


def _body_reach(lang: str) -> int:
    """How far back a figure with no source of its own looks for the body the text named (pipeline.BODY_REACH)."""
    if lang == ARABIC:
        from extraction.languages.ar import BODY_REACH

        return BODY_REACH
    return 0


def _with_bodies(gazetteer: Gazetteer) -> Gazetteer:
    """The gazetteer with the English names the glosses give bodies known as bodies (so that "according to the
    CONASUR" is not read as a place), without an id where it does not know them already. A copy sharing the
    places, kept with the gazetteer; the caller's gazetteer (the English pipeline's too) is left as it is."""
    from extraction.languages import ar, fr

    kept = getattr(gazetteer, "_with_language_bodies", None)
    if kept is not None and kept[0] == len(gazetteer.bodies):
        return kept[1]
    bodies = dict(gazetteer.bodies)
    for name in {*fr.BODIES.values(), *fr.COMMON_BODIES.values(), *ar.BODIES.values(), *ar.HEAD_BODIES.values()}:
        bodies.setdefault(name_key(name), (None, name))
    copy = dataclasses.replace(gazetteer, bodies=bodies)
    gazetteer._with_language_bodies = (len(gazetteer.bodies), copy)
    return copy
