"""Stage 9: breakdown. Who the displaced are, where the text says it: a share ("more than 80 per cent of them women
and children", "children make up half of the displaced") or counts ("including 4,000 children", "(of whom 1,200
women and 900 girls)"), kept as stated: a share stays a share, with its qualifier, and a group the text names as a
whole ("women and children") stays one combined group (female+children), never split by a guess.

A part is given to the candidate of the same sentence whose number stands last before it (the first one when the
statement comes first); a sentence with no candidate gives its share to the figure of the sentence just before
when it points back to it ("Of them, 60 per cent are children"). The vocabulary mirrors tracker.choices (Sex,
AgeGroup); extraction stays free of Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extraction import rules
from extraction.candidates import Candidate
from extraction.quantities import _looks_like_date_or_measure, _quantities, parse_number
from extraction.scanning import guarded
from extraction.units import _is_year

BREAKDOWN_SHARE = rules.register(
    "breakdown:share", "breakdown", "a share of the figure for a group: 'more than 80 per cent of them women …'"
)
BREAKDOWN_COUNT = rules.register(
    "breakdown:count", "breakdown", "a count for a group within the figure: 'including 4,000 children'"
)


@dataclass
class Part:
    """One group of the displaced: a sex ("" every sex), an age range (None: open), or a combined `group`
    (female+children); with a count of persons or a share in per cent, and the qualifier written before it."""

    sex: str = ""
    age_from: int | None = None
    age_to: int | None = None
    group: str = ""
    count: int | None = None
    share: float | None = None
    qualifier: str = "exact"


# The groups a text names, longest first; each as the fields of a Part.
_GROUPS: list[tuple[str, dict]] = [
    (r"women,?\s+children\s+and\s+(?:the\s+)?(?:elderly|older\s+(?:people|persons))",
     {"group": "female+children+elderly"}),
    (r"women\s+and\s+children", {"group": "female+children"}),
    (r"children\s+and\s+(?:the\s+)?(?:elderly|older\s+(?:people|persons))", {"group": "children+elderly"}),
    (r"women\s+and\s+girls", {"sex": "female"}),
    (r"men\s+and\s+boys", {"sex": "male"}),
    (r"children\s+under\s+(?:the\s+age\s+of\s+)?(?:five|5)(?:\s+years(?:\s+old)?)?", {"age_from": 0, "age_to": 4}),
    (r"(?:children|minors)", {"age_from": 0, "age_to": 17}),
    (r"girls", {"sex": "female", "age_from": 0, "age_to": 17}),
    (r"boys", {"sex": "male", "age_from": 0, "age_to": 17}),
    (r"women", {"sex": "female", "age_from": 18}),
    (r"men", {"sex": "male", "age_from": 18}),
    (r"(?:the\s+)?(?:elderly|older\s+(?:people|persons))", {"age_from": 60}),
    (r"females?", {"sex": "female"}),
    (r"males?", {"sex": "male"}),
]  # fmt: skip
_GROUP = r"\b(?P<group>" + "|".join(f"(?:{pattern})" for pattern, _ in _GROUPS) + r")\b"
_GROUP_RES = [(re.compile(pattern + r"$", re.IGNORECASE), fields) for pattern, fields in _GROUPS]

_QUALIFIERS = {
    "more than": "more_than", "over": "more_than", "at least": "at_least", "almost": "nearly", "nearly": "nearly",
    "about": "approximately", "around": "approximately", "some": "approximately", "approximately": "approximately",
    "roughly": "approximately", "an estimated": "approximately", "up to": "up_to", "less than": "less_than",
    "fewer than": "less_than",
}  # fmt: skip
_QUAL = r"(?:(?P<qual>" + "|".join(q.replace(" ", r"\s+") for q in _QUALIFIERS) + r")\s+)?"
_FRACTIONS = {"half": 50.0, "a third": 33.33, "one third": 33.33, "two thirds": 66.67, "two-thirds": 66.67,
              "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0, "three-quarters": 75.0}  # fmt: skip
_SHARE = (r"(?:(?P<pct>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)|(?P<frac>"
          + "|".join(f.replace(" ", r"\s+") for f in _FRACTIONS) + r")\b)")  # fmt: skip
_OF_THEM = (r"\s+of\s+(?:them|whom|those|these|the\s+(?:[\w-]+\s+){0,3}?"
            r"(?:displaced|idps|people|persons|evacuees|population|affected|refugees|returnees))\b")  # fmt: skip
_BE = r"(?:\s*,)?\s+(?:(?:are|were|is|was|being)\s+)?"
# "more than 80 per cent of them women and children", "80% of whom are children", "half of them are children"
_SHARE_FIRST = re.compile(rf"{_QUAL}{_SHARE}{_OF_THEM}{_BE}{_GROUP}", re.IGNORECASE)
_ANY_SHARE = re.compile(_SHARE, re.IGNORECASE)  # each of the three share patterns holds one: a cheap test first
_SHARE_WORD = re.compile(r"%|cent|half|third|quarter", re.IGNORECASE)  # and each share one of these: cheaper still
# "women and children make up more than 80 per cent of the displaced"; "children are 60% of them"
_GROUP_FIRST = re.compile(
    rf"{_GROUP}\s+(?:(?:make|made|makes)\s+up|account(?:s|ed)?\s+for|represent(?:s|ed)?|constitute(?:s|d)?|"
    rf"comprise(?:s|d)?|(?P<be>are|were))\s+{_QUAL}{_SHARE}(?P<of>{_OF_THEM})?",
    re.IGNORECASE,
)
# "of them, 60 per cent are children"
_OF_FIRST = re.compile(
    rf"\b(?:of|among)\s+(?:them|those|these|the\s+displaced)\s*,?\s+{_QUAL}{_SHARE}\s+(?:are|were)\s+{_GROUP}",
    re.IGNORECASE,
)
# "including 4,000 children", "among them 1,200 women and 900 girls", "of whom 300 were children"
_COUNT_CUE = re.compile(r"\b(?:including|incl\.|among\s+them|among\s+whom|of\s+whom|of\s+which)\s+", re.IGNORECASE)
_NUMBER = r"(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+(?:thousand|million))?)"
_COUNT_ITEM = re.compile(rf"{_QUAL}{_NUMBER}\s+(?:(?:are|were)\s+)?{_GROUP}", re.IGNORECASE)
_COUNT_JOIN = re.compile(r"\s*(?:,\s*and|,|and)\s+", re.IGNORECASE)
# a sentence that points back to the figure before it
_BACK = re.compile(r"^\s*(?:of\s+(?:them|those|these|the\s+displaced)|among\s+them)\b|" + _OF_THEM, re.IGNORECASE)


def _fields(group_text: str) -> dict:
    words = " ".join(group_text.split())
    for pattern, fields in _GROUP_RES:
        if pattern.match(words):
            return fields
    return {}


def _qualifier(text: str | None) -> str:
    return _QUALIFIERS.get(" ".join(text.lower().split()), "exact") if text else "exact"


def parts_in(sentence: str) -> list[tuple[int, Part, str]]:
    """Every breakdown part the sentence states: (position in the sentence, part, rule)."""
    found: list[tuple[int, Part, str]] = []
    shared = _SHARE_WORD.search(sentence) and _ANY_SHARE.search(sentence)
    shares = (_SHARE_FIRST, _GROUP_FIRST, _OF_FIRST) if shared else ()
    for match in [m for pattern in shares for m in pattern.finditer(sentence)]:
        if match.re is _GROUP_FIRST and match.group("be") and not match.group("of"):
            continue  # "children are 40% more likely …": not a share of the displaced
        fraction = " ".join((match.group("frac") or "").lower().split())
        share = float(match.group("pct")) if match.group("pct") else _FRACTIONS[fraction]
        if not 0 < share <= 100:
            continue
        part = Part(**_fields(match.group("group")), share=share, qualifier=_qualifier(match.group("qual")))
        found.append((match.start(), part, BREAKDOWN_SHARE))
    for cue in _COUNT_CUE.finditer(sentence):
        position = cue.end()
        while True:
            item = _COUNT_ITEM.match(sentence, position)
            if item is None:
                break
            count = parse_number(item.group("number"))
            if count:
                part = Part(**_fields(item.group("group")), count=count, qualifier=_qualifier(item.group("qual")))
                found.append((cue.start(), part, BREAKDOWN_COUNT))  # a list's parts all stand where it starts
            join = _COUNT_JOIN.match(sentence, item.end())
            if join is None:
                break
            position = join.end()
    return sorted(found, key=lambda entry: entry[0])


def _positions(sentence: str, candidates: list[Candidate]) -> tuple[list[int], list[int]]:
    """Where each candidate's number stands in its sentence (in order; -1 when it cannot be found), and where the
    sentence's other numbers of things stand (not years, dates or measures)."""
    quantities = [(q.start, q.value) for q in _quantities(sentence)
                  if not (_is_year(sentence, q) or _looks_like_date_or_measure(sentence, q))]  # fmt: skip
    positions, taken = [], set()
    for candidate in candidates:
        at = next((start for start, value in quantities if value == candidate.value and start not in taken), -1)
        taken.add(at)
        positions.append(at)
    return positions, [start for start, _ in quantities if start not in taken]


def attach_breakdowns(text: str, candidates: list[Candidate]) -> None:
    """Give each candidate the breakdown its sentence states (the hook extraction.pipeline calls last)."""
    by_sentence: dict[tuple[int, int], list[Candidate]] = {}
    for candidate in candidates:
        by_sentence.setdefault((candidate.start, candidate.end), []).append(candidate)
    for (start, end), group in by_sentence.items():
        sentence = text[start:end]
        found = parts_in(sentence)
        if found:
            positions, others = _positions(sentence, group)
            for at, part, rule in found:
                before = [(c, p) for c, p in zip(group, positions, strict=True) if 0 <= p < at]
                owner, owner_at = before[-1] if before else (group[0], -1)
                if any(owner_at < other < at for other in others):
                    continue  # "fled after an attack that killed 30, including 12 children": the 30's, not ours
                _give(owner, part, rule)
        _from_next_sentence(text, end, group[-1], starts={s for s, _ in by_sentence})


_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")


def _from_next_sentence(text: str, end: int, candidate: Candidate, *, starts: set[int]) -> None:
    """ "5,000 people fled. Of them, 60 per cent are children.": the next sentence's shares, when it points back
    and has no figure of its own."""
    following = text[end : end + 300]
    if end + len(following) - len(following.lstrip()) in starts:
        return
    stop = _SENTENCE_STOP.search(following)
    sentence = following[: stop.end()] if stop else following
    if not _BACK.search(sentence) or re.search(r"\d[\d,]*\s+(?:people|persons|families|households)", sentence):
        return
    for _, part, rule in parts_in(sentence):
        if part.share is not None:
            _give(candidate, part, rule)


def _give(candidate: Candidate, part: Part, rule: str) -> None:
    if any(p == part for p in candidate.breakdown):
        return
    candidate.breakdown.append(part)
    if rule not in candidate.rules:
        candidate.rules.append(rule)


# the long patterns scan faster behind a look-ahead for the characters a match can start with: the same
# matches, less work (extraction.scanning)
_SHARE_FIRST, _GROUP_FIRST, _OF_FIRST, _COUNT_CUE, _ANY_SHARE, _SHARE_WORD = map(
    guarded, (_SHARE_FIRST, _GROUP_FIRST, _OF_FIRST, _COUNT_CUE, _ANY_SHARE, _SHARE_WORD)
)


# behind the same look-ahead too (measured in use over the shared and worldwide sets: each scans faster so)
_BACK = guarded(_BACK)
