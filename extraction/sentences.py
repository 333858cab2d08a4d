"""Stage 1: sentences. Character spans of the sentences of a text; a paragraph break always ends one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extraction.scanning import guarded


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


# words that PDF extraction runs together: "Around1.6 million", "with14,593", "13years", "weredisplaced",
# "seekrefuge", "thecountry", "Darfurbetween", "Jebel Marralocality", "IDPcamp"
_GLUED_LETTER_DIGIT = r"\b(?P<a>[A-Za-z][a-z]+)(?=\d)"  # "Around1.6 million", "with14,593"
# "13years"; a capitalised noun of people too, as a table's cell runs into its label: "Bana(466Households)"
_GLUED_DIGIT_LETTER = r"(?<=\d)(?=[a-z]{3,}\b|(?:Households|Families|Persons|People|Individuals|IDPs|HHs?)\b)"
_GLUED_BETWEEN = r"(?<=[a-z])(?=(?:between|locality)\b)"  # "Darfurbetween", "Jebel Marralocality"
# the alternatives that open with a word of their own (what most texts can glue)
_GLUED_VERB = (
    r"\b(?P<b>were|was|been|be|have|has|had|are|is|to|new|newly|people|persons|families|households)"
    r"(?=(?:displaced|evacuated|relocated|forced|fled|flee|sheltering|uprooted|returned|displacements?)\b)"
    r"|\b(?P<c>seek|sought|take|took|taken|find|found|in|to)(?=(?:refuge|shelter|camps?)\b)"
    r"|\b(?P<d>the|across|in|of|as)(?=(?:country|region|city|province|state|district|camps?|of)\b)"
)
_GLUED_NOUN = (
    r"\b(?P<e>IDPs?)(?=camps?\b)"
    r"|\b(?P<f>displaced|evacuated|relocated|fled|IDPs|people|persons|families|households)"
    r"(?=(?:in|from|to|into|at|by|across|people|persons|families|households|[A-Z][a-z]{2,})\b)"
)
_GLUED = re.compile(f"{_GLUED_LETTER_DIGIT}|{_GLUED_DIGIT_LETTER}|{_GLUED_VERB}|{_GLUED_BETWEEN}|{_GLUED_NOUN}")
# _GLUED without the three alternatives that need a letter touching a digit, or "between"/"locality": the same
# matches in a text that has neither (most texts), found faster (what is left opens with known words)
_GLUED_WORDS = re.compile(f"{_GLUED_VERB}|{_GLUED_NOUN}")
_LETTER_TOUCHES_DIGIT = re.compile(r"\d(?<=[a-z]\d)|\d(?=[a-z]|[A-Z][a-z]|IDPs|HHs?\b)")
# words that a line break or a ligature split: "dis-placed", "evacu- ated", "peo-ple", "fl ee"; joined only when
# the whole is one of these words, so that a real compound ("flood-affected") stays as it is
_CUT = re.compile(r"-?\n|-[ \t]?")
_HEAD = re.compile(r"[A-Za-z]{1,9}$")
_TAIL = re.compile(r"[a-z]{2,10}\b")
_WHOLE_WORDS = frozenset(
    "displaced displacement displacements evacuated evacuation evacuees relocated relocation people persons "
    "families households individuals internally returned returnees homeless sheltering shelters refugees flee "
    "fled fleeing thousand million residents inhabitants uprooted".split()
)
_ODD_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})


def normalise(text: str) -> tuple[str, list[int]]:
    """The text as the stages read it, and where each of its characters stands in the original: odd spaces become
    spaces, and a space is put back between words that PDF extraction ran together. Candidates are mapped back,
    so that quotes and offsets are always the original's."""
    text = text.translate(_ODD_SPACES)
    text, joined = _joined(text)
    pieces, mapping, last = [], [], 0
    glued = _GLUED if _LETTER_TOUCHES_DIGIT.search(text) or "between" in text or "locality" in text else _GLUED_WORDS
    for match in glued.finditer(text):
        groups = match.groupdict()
        at = match.end(next((g for g in "abcde" if groups.get(g)), 0)) if match.lastgroup else match.start()
        pieces.append(text[last:at])
        mapping.extend(range(last, at))
        pieces.append(" ")
        mapping.append(at)
        last = at
    pieces.append(text[last:])
    mapping.extend(range(last, len(text) + 1))
    if joined is not None:
        mapping = [joined[i] for i in mapping]
    return "".join(pieces), mapping


def _cuts(text: str):
    """Where a word may have been cut: a hyphen or a line break between letters, or a space after "fl", "fi", "ff"
    (found with str.find: most texts have few)."""
    for mark in ("-", "\n", "fl ", "fi ", "ff "):
        at = text.find(mark)
        while at >= 0:
            if mark in ("-", "\n"):
                match = _CUT.match(text, at - 1 if mark == "\n" and at and text[at - 1] == "-" else at)
                if match and at and text[at - 1].isalpha():
                    yield match.start(), match.end()
            else:
                yield at + 2, at + 3
            at = text.find(mark, at + 1)


def _joined(text: str) -> tuple[str, list[int] | None]:
    """The text with split words joined, and where each character stands in the text given (None: unchanged)."""
    pieces, mapping, last = [], [], 0
    for cut_start, cut_end in sorted(set(_cuts(text))):
        if cut_start < last or cut_end >= len(text) or not text[cut_end].islower():
            continue
        head = _HEAD.search(text, max(last, cut_start - 9), cut_start)
        tail = _TAIL.match(text, cut_end)
        if not head or not tail or (head.group() + tail.group()).lower() not in _WHOLE_WORDS:
            continue
        if head.start() > 0 and text[head.start() - 1].isalpha():
            continue  # the head is the end of a longer word
        pieces.append(text[last:cut_start])
        mapping.extend(range(last, cut_start))
        last = cut_end
    if not pieces:
        return text, None
    pieces.append(text[last:])
    mapping.extend(range(last, len(text) + 1))
    return "".join(pieces), mapping


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
    "ind",  # individuals: "3,415 ind. (683 HH)"
    "indiv",
    "pers",
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
_BOUNDARY = re.compile(
    r"(?<![.!?])[.!?]++[\"”’')\]]*+\s+(?=[\"“‘(\[]?[A-Z0-9])|\n[^\S\n]*+\n"
    # a full stop with a footnote's number after it, as PDF text keeps it: "… since December 2017.12 A further …"
    r"|(?P<note>\.)(?:(?<=[a-z)]\.)|(?<=\b(?:19|20)\d\d\.))\d{1,3}\s+(?=[A-Z])"
    # a full stop whose space was lost before a word that opens sentences: "… home to over a million people.The
    # United Nations …" (after a lower-case word, so "U.S.The" and "St.Louis" stay whole)
    r"|(?<=[a-z]{3})\.(?=(?:The|This|These|It|They|In|On|At|Some|More|According|Since|However|Meanwhile)\s)"
)
MAX_SENTENCE_CHARS = 2_000


# a line that stands apart from the next even without a full stop: a heading ("Sri Lanka: Floods and landslides",
# "Key figures"), a row of a table (cells parted by "|" or tabs), a list item, a source line
_BULLET_OR_SOURCE = re.compile(r"[^\S\n]*(?:[-•*·▪–]\s|(?:[Ss]ources?|SOURCES?|[Dd]ata\s+source)\s*(?::|–|—|-\s))")
_HEADING = re.compile(
    r"[^\S\n]*(?:[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,3}:\s+[^\n]{1,60}"
    # a short title that does not stop on a verb or a word that needs the next line ("The floods displaced")
    r"|[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}(?<!ed)(?<!ing)(?<!\sin)(?<!\sof)(?<!\sthe)(?<!\sand)(?<!\sto)(?<!\sby)"
    r"(?<!\sfrom)(?<!\sat)(?<!\sfor)(?<!\sa)(?<!\san)(?<!\swith)(?<!\son))[^\S\n]*"
)


# a key figure standing alone on its line: a number, then a few words and no full stop ("11.3M internally displaced")
_KEY_FIGURE_LINE = re.compile(
    r"[^\S\n]*[~≈]?\d[\d,.]*(?:\s*(?:[MmKk]|million|thousand|lakh))?\+?(?:\s+[\w'’()/-]+){1,6}"
    # not a sentence a line break cut ("12,600 households were displaced across\nBeledweyne and Jowhar")
    r"(?<!\sacross)(?<!\sin)(?<!\sinto)(?<!\sof)(?<!\sthe)(?<!\sand)(?<!\sor)(?<!\sto)(?<!\sby)(?<!\sfrom)(?<!\sat)"
    r"(?<!\sfor)(?<!\sa)(?<!\san)(?<!\swith)(?<!\son)(?<!\swere)(?<!\swas)(?<!\shave)(?<!\shas)(?<!\shad)(?<!\sbeen)"
    r"(?<!\sare)(?<!\sis)(?<!\stheir)[^\S\n]*"
)
# the next line another key figure or a sentence, not a part of this one ("578K of them in … Port-au-Prince")
_KEY_FIGURE_NEXT = re.compile(
    r"[^\S\n]*(?:[~≈]?\d(?![\d,.]*\s*(?:[MmKk]|million|thousand|lakh)?\s+(?:of\s+(?:them|whom|these|those)|"
    r"including|among)\b)|[A-Z](?!f\s+(?:them|whom|these|those)\b))"
)


# a row of a table laid out with spaces, as PDF text extraction leaves it: "Sindh  12,300  61,500"
_SPACED_ROW = re.compile(r"\S {2,}\S[^\n]* {2,}\S")


def _lines_apart(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut after each of its lines that stands apart from the next one."""
    pieces, line_start = [], start
    position = text.find("\n", start, end)
    while position >= 0:
        line, following = text[line_start:position], text[position + 1 : text.find("\n", position + 1, end) % (end + 1)]
        apart = (
            _BULLET_OR_SOURCE.match(following)
            or "|" in line
            or "\t" in line
            or "|" in following
            or "\t" in following
            or (_SPACED_ROW.search(line) and _SPACED_ROW.search(following))
            or (_HEADING.fullmatch(line) and not line.rstrip().endswith((",", ";")) and following[:1].isupper())
            # a key figure on a line of its own, or a heading in capitals above one: "KEY FIGURES\n11.3M internally
            # displaced\n3.9M crossed into neighbouring countries"
            or (
                (_KEY_FIGURE_LINE.fullmatch(line) or (line.isupper() and _HEADING.fullmatch(line)))
                and _KEY_FIGURE_NEXT.match(following)
            )
        )
        if apart:
            pieces.append((start, position))
            start = position + 1
        line_start = position + 1
        position = text.find("\n", position + 1, end)
    pieces.append((start, end))
    return [(s, e) for s, e in pieces if text[s:e].strip()]


# a wire dateline opening a story: "NAIROBI, May 12 (AFP) - ", "GOMA, Democratic Republic of Congo, Jan 28 (Reuters)
# -- ", "KYIV (Reuters) — ": the sentence (and a figure's quote) starts after its dash
_DATELINE = re.compile(
    r"[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){0,3}(?:,\s*[A-Z][\w'’.\-]+(?:\s+(?:of\s+)?[A-Z][\w'’.\-]+){0,4})?"
    r"(?:,\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|"
    r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)(?:,\s*\d{4})?)?"
    r"\s*(?:\((?:[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})\)\s*)?(?:-{1,2}|–|—)\s+"
)
_DATELINE_DATE_OR_AGENCY = re.compile(r"\d\s*(?:\(|,\s*\d|\s*[-–—])|\)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text` (a paragraph break always ends a sentence)."""
    spans, start = [], 0
    for match in _BOUNDARY.finditer(text):
        before = text[max(start, match.start() - 40) : match.start()].rsplit(None, 1)
        # (an abbreviation after an opening bracket or quote too: "(approx. 83,000 people)")
        last_word = before[-1].lower().rstrip(".").lstrip("([{\"'“‘") if before else ""
        if match.group().startswith(".") and "\n" not in match.group():
            if last_word in _ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)*[a-z]", last_word):
                continue
        end = match.end("note") if match.group("note") else match.start() + len(match.group().rstrip())
        spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    if "\n" in text:
        spans = [piece for span in spans for piece in _lines_apart(text, *span)]
    result = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        dateline = _DATELINE.match(text, s, e) if text[s : s + 2].isupper() else None
        if dateline and _DATELINE_DATE_OR_AGENCY.search(dateline.group()):
            s = dateline.end()
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


# the long patterns scan faster behind a look-ahead for the characters a match can start with: the same
# matches, less work (extraction.scanning)
_GLUED, _GLUED_WORDS = guarded(_GLUED), guarded(_GLUED_WORDS)


# behind the same look-ahead too (measured one by one: it scans faster so)
_BOUNDARY = guarded(_BOUNDARY)


# behind the same look-ahead too (measured in use over the shared and worldwide sets: each scans faster so)
_CUT = guarded(_CUT)
