"""Stage 1: sentences. Character spans of the sentences of a text; a paragraph break always ends one."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int

_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "no",
    "vs",
    "gen",
    "col",
    "lt",
    "sgt",
    "capt",
    "gov",
    "sen",
    "rep",
    "prof",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "approx",
    "est",
    "inc",
    "co",
    "corp",
    "ltd",
    "e.g",
    "i.e",
    "etc",
    "u.s",
    "u.n",
    "u.k",
}
# the look-behind makes a run of dots one try, not one per dot (no quadratic backtracking on "......")
_BOUNDARY = re.compile(r"(?<![.!?])[.!?]++[\"”’')\]]*+\s+(?=[\"“‘(\[]?[A-Z0-9])|\n[^\S\n]*+\n")
MAX_SENTENCE_CHARS = 2_000


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text` (a paragraph break always ends a sentence)."""
    spans, start = [], 0
    for match in _BOUNDARY.finditer(text):
        before = text[max(start, match.start() - 40) : match.start()].rsplit(None, 1)
        last_word = before[-1].lower().rstrip(".") if before else ""
        if match.group().startswith(".") and "\n" not in match.group():
            if last_word in _ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)*[a-z]", last_word):
                continue
        end = match.start() + len(match.group().rstrip())
        spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    result = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e - s > MAX_SENTENCE_CHARS:  # an endless "sentence" (a table, a list, garbage): pieces at spaces
            cut = text.rfind(" ", s + MAX_SENTENCE_CHARS // 2, s + MAX_SENTENCE_CHARS)
            cut = cut if cut > s else s + MAX_SENTENCE_CHARS
            result.append((s, cut))
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if s < e:
            result.append((s, e))
    return result

