"""Glossing: a French or Arabic text rewritten word by word in the English vocabulary the stages read, with the
position in the original of every character written, so that candidates map back to the original text.

A language gives a phrase table (phrase → English, or a function of the context that returns the English), a
way to fold words for look-up, and for Arabic the letters that attach to a word (و ف ب ل ك) and are glossed apart.
Place and body names found on the way are written in the gazetteer's English and remembered as labels, so that a
candidate's location and body are given back as the original wrote them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

# a word (letters, with a French elided article's apostrophe kept on it: "l'", "d'", "jusqu'"), digits, one sign
TOKEN = re.compile(r"[^\W\d_]+(?:['’](?=[^\W\d_]))?|\d+|\s+|.", re.DOTALL)
_PHRASE_TOKEN = re.compile(r"[^\W\d_]+['’]?|\d+|\S")  # a phrase's words: "l'" alone is a word too
MAX_PHRASE = 6


@dataclass
class Context:
    before: str  # the English written so far (its tail)
    after: list[str]  # the next words of the original, folded
    writer: Writer | None = None

    def clause(self) -> str:
        """The English written since the last sentence or clause sign (up to 200 characters): for glosses that
        depend on a word further back than `before` reaches."""
        if self.writer is None:
            return self.before
        return re.split(r"[.;:!?\n]", self.writer.tail(200, parts=60))[-1]


Gloss = str | Callable[[Context], str]


@dataclass
class Label:
    start: int  # in the glossed text
    end: int
    original_start: int
    original_end: int
    kind: str  # place | body


@dataclass
class Glossed:
    original: str
    text: str
    mapping: list[int]  # glossed position → original position; one more entry for the end
    labels: list[Label] = field(default_factory=list)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the glossed span [start, end)."""
        if end <= start:
            return self.mapping[start], self.mapping[start]
        return self.mapping[start], self.mapping[end - 1] + 1

    def original_name(self, written: str | None, span: tuple[int, int], kind: str) -> str | None:
        """The original wording of a place or body the stages found as `written` (English) for the candidate at
        `span` (glossed): a label of that name in the candidate's sentence first, else the nearest before it, else
        any; a label whose name only contains it (or the reverse) after those, the one that opens the name first
        ("IOM of United Nations": IOM, not the parent named after it)."""
        if not written:
            return written
        start, end = span

        def rank(label: Label) -> tuple:
            glossed = self.text[label.start : label.end]
            exact = glossed == written
            inside = start <= label.start < end
            before = label.start < start
            heads = exact or written.startswith(glossed)
            return (not exact, not heads, not inside, not before, -label.start if before else label.start)

        def names_it(label: Label) -> bool:
            glossed = self.text[label.start : label.end]
            if glossed == written or (kind == "body" and (written in glossed or glossed in written)):
                return True
            if kind == "place" and written in glossed:
                return True  # "Republic of Turkey" written, "Turkey" read
            return _letters(glossed) == _letters(written)  # "Al Hamra'" written, "Al Hamra" read

        labels = [label for label in self.labels if label.kind == kind and names_it(label)]
        if not labels:
            return written
        if kind == "body" and _OFFICE_OF_A_PLACE.match(written):
            # "mayor of Malanville" read from "maire de Malanville": the office and its place, as written
            at = self.text.find(written, start)  # in the figure's sentence or the speaker's after it
            at = at if at >= 0 else self.text.rfind(written, 0, end)
            if at >= 0:
                return self.original[slice(*self.span(at, at + len(written)))]
        best = min(labels, key=rank)
        return self.original[best.original_start : best.original_end]


_OFFICE_OF_A_PLACE = re.compile(r"(?i:mayor|governor|prefect)\s+of\s+(?:the\s+)?[A-Z]")


def _letters(name: str) -> str:
    return re.sub(r"[^\w\s]", "", name).strip()


class Writer:
    def __init__(self, source: str, source_map: list[int]):
        self.source, self.source_map = source, source_map
        self.parts: list[str] = []
        self.mapping: list[int] = []
        self.length = 0
        self.labels: list[Label] = []
        self.after_body = ""  # English to write after the next body's name (a verb that came before it)

    def keep(self, start: int, end: int) -> None:
        self.parts.append(self.source[start:end])
        self.mapping.extend(self.source_map[start:end])
        self.length += end - start

    def put(self, english: str, start: int, end: int, kind: str | None = None) -> None:
        """Write `english` for the source span [start, end)."""
        if not english:
            return
        first, last = self.source_map[start], self.source_map[end - 1]
        if kind:
            self.labels.append(Label(self.length, self.length + len(english.strip()), first, last + 1, kind))
        self.parts.append(english)
        self.mapping.extend([first] * (len(english) - 1) + [last])
        self.length += len(english)
        if kind == "body" and self.after_body:
            pending, self.after_body = self.after_body, ""
            self.put(pending, end - 1, end)

    def tail(self, size: int = 40, parts: int = 8) -> str:
        return "".join(self.parts[-parts:])[-size:]


def strip_marks(text: str, marks: re.Pattern) -> tuple[str, list[int]]:
    """`text` without the characters `marks` matches (Arabic harakat, tatweel), and where each kept one stood."""
    kept, mapping, last = [], [], 0
    for match in marks.finditer(text):
        kept.append(text[last : match.start()])
        mapping.extend(range(last, match.start()))
        last = match.end()
    kept.append(text[last:])
    mapping.extend(range(last, len(text) + 1))
    return "".join(kept), mapping


def run(
    original: str,
    *,
    source: str,
    source_map: list[int],
    phrases: dict[tuple[str, ...], Gloss],
    fold: Callable[[str], str],
    variants: Callable[[str], list[tuple[str, str, int]]],
    names: Callable[[list[tuple[int, int, str]], int, Writer, int], int] | None = None,
) -> Glossed:
    """Gloss `source` (the original with marks stripped; `source_map` maps it back).

    `variants(word)` gives (English for an attached prefix, folded rest, prefix length) readings of a word, the
    whole word first; `names(words, i, writer, min_size)` may write a place or body name starting at word i and
    returns how many words it took (0 for none), names of at least `min_size` words: names of two words or more
    are looked for before the phrases ("جنوب السودان" is South Sudan, not "southern" Sudan), single words after them."""
    longest_from = _longest_from(phrases)
    tokens = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(source)]
    words = [t for t in tokens if not t[2].isspace()]
    folded = [fold(w[2]) for w in words]
    writer = Writer(source, source_map)
    position = 0  # in source: everything before it is written
    i = 0
    while i < len(words):
        start, end, word = words[i]
        taken = 0
        if i and words[i - 1][2] in "-‐" and words[i - 1][1] == start:
            i += 1  # inside a hyphenated name ("Port-au-Prince"): kept as written
            continue
        if names is not None:
            writer.keep(position, start)
            position = start
            taken = names(words, i, writer, 2)
            if taken:
                position = words[i + taken - 1][1]
                i += taken
                continue
        for prefix_english, rest, prefix_len in variants(word):
            longest = longest_from.get(rest)
            if longest is None:
                continue  # no phrase starts with this word
            for size in range(min(longest, len(words) - i), 0, -1):
                key = (rest, *folded[i + 1 : i + size])
                gloss = phrases.get(key)
                if gloss is None:
                    continue
                writer.keep(position, start)
                if prefix_english:
                    writer.put(prefix_english + " ", start, start + prefix_len)
                context = Context(writer.tail(), folded[i + size : i + size + 3], writer)
                english = gloss(context) if callable(gloss) else gloss
                last_end = words[i + size - 1][1]
                if english and (words[i + size - 1][2][-1:] in "'’" or source[last_end : last_end + 1].isalnum()):
                    english += " "  # "l'OCHA" → "the OCHA", "و7 آلاف" → "and 7 thousand"
                # glosses stay lower case ("since 1 October" is what the period stage reads); a sentence opening
                # with one is still a sentence (split_before)
                writer.put(english, start + prefix_len, last_end)
                position, taken = last_end, size
                break
            if taken:
                break
        if not taken and names is not None:
            writer.keep(position, start)
            position = start
            taken = names(words, i, writer, 1)
            if taken:
                position = words[i + taken - 1][1]
        i += taken or 1
    writer.keep(position, len(source))
    writer.mapping.append(len(original))
    return Glossed(original, "".join(writer.parts), writer.mapping, writer.labels)


_LONGEST: dict[int, tuple[dict, dict[str, int]]] = {}


def _longest_from(phrases: dict[tuple[str, ...], Gloss]) -> dict[str, int]:
    """The most words a phrase of `phrases` takes, by its first word (kept with the table: a word no phrase starts
    with is not looked up at every size)."""
    kept = _LONGEST.get(id(phrases))
    if kept is None or kept[0] is not phrases:
        longest: dict[str, int] = {}
        for key in phrases:
            longest[key[0]] = max(longest.get(key[0], 0), min(len(key), MAX_PHRASE))
        kept = _LONGEST[id(phrases)] = (phrases, longest)
    return kept[1]


def phrase_table(entries: dict[str, Gloss], fold: Callable[[str], str]) -> dict[tuple[str, ...], Gloss]:
    """{"plus de": "more than", …} keyed as the text's words are read: tokens, folded."""
    table: dict[tuple[str, ...], Gloss] = {}
    for phrase, english in entries.items():
        key = tuple(fold(t) for t in _PHRASE_TOKEN.findall(phrase))
        if key:
            table.setdefault(key, english)
    return table


def rewrite(text: Glossed, pattern: re.Pattern, replace: Callable[[re.Match], str | None]) -> Glossed:
    """`text` with what `pattern` finds replaced by `replace(match)` (None: left as it is); the map back to the
    original and the labels follow."""
    parts, mapping, last = [], [], 0
    moves: list[tuple[int, int]] = []  # (glossed position, shift after it)
    shift = 0
    for match in pattern.finditer(text.text):
        new = replace(match)
        if new is None:
            continue
        parts.append(text.text[last : match.start()])
        mapping.extend(text.mapping[last : match.start()])
        if new:
            first, final = text.mapping[match.start()], text.mapping[max(match.start(), match.end() - 1)]
            mapping.extend([first] * (len(new) - 1) + [final])
            parts.append(new)
        shift += len(new) - (match.end() - match.start())
        moves.append((match.end(), shift))
        last = match.end()
    if not moves:
        return text
    parts.append(text.text[last:])
    mapping.extend(text.mapping[last:])

    def moved(position: int) -> int:
        return position + next((s for end, s in reversed(moves) if end <= position), 0)

    labels = [
        Label(moved(label.start), moved(label.end), label.original_start, label.original_end, label.kind)
        for label in text.labels
    ]
    return Glossed(text.original, "".join(parts), mapping, labels)


def split_before(text: Glossed, pattern: re.Pattern) -> Glossed:
    """A break written after each sentence end `pattern` finds (where the next sentence does not open with a capital
    or a digit the sentence splitter looks for): two line ends with a space between, which the splitter reads as a
    sentence's end but the body stage not as a paragraph's ("\n\n"), so that "La même source indique …" or
    "Selon l'organisation, …" still reaches back to the body the sentence before named."""
    return rewrite(text, pattern, lambda match: match.group() + "\n \n")


# "capacity" before its figure with the camp or site between: "تبلغ الطاقة الاستيعابية لمخيم الأزرق نحو 130 ألف
# لاجئ", "la capacité d'accueil du site est de 3 000 personnes": "can accommodate" written next to the figure, where
# the English stages read what a place can take
_CAPACITY = re.compile(
    r"\bcapacity\b[^.;:\d]{0,80}?(?=(?:(?:about|nearly|more than|up to|some|around|approximately|at least)\s+)?\d)"
)


def capacity_next_to_its_figure(text: Glossed) -> Glossed:
    if "capacity" not in text.text:
        return text
    return rewrite(text, _CAPACITY, lambda match: match.group() + "can accommodate ")
