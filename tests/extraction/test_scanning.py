"""The look-ahead guards (extraction.scanning) make the stages' long patterns faster and must never change what
they find: every guarded pattern of the package is held to the pattern as written, on every labelled text and on
text chosen to trip a wrong guard (case folding beyond ASCII, other digits, empty and odd spacing)."""

import importlib
import json
import pkgutil
import re

import pytest

import extraction
from extraction import scanning
from extraction.scanning import GUARDED, REGROUPED, by_first_character, first_characters, guarded

from .conftest import PROJECT_SET, REAL_SET, ROOT, SHARED

for _module in pkgutil.walk_packages(extraction.__path__, "extraction."):
    importlib.import_module(_module.name)  # every stage's patterns guarded and registered

# characters that a case-insensitive letter matches beyond its two ASCII cases (long s, Kelvin sign, dotted and
# dotless i), digits of other scripts, and the spaces and marks the normaliser maps or keeps
TRICKY = [
    "",
    " ",
    "\n\n",
    "ſheltering 5,000 people; KILLED 3; İDPs 200; dıspLaced 40 families",
    "DISPLACED 12,000 PEOPLE FLED; Kelvin 3 km; ſtate media said",
    "٣٠٠٠ نازح فروا من حلب، وفقاً لمفوضية اللاجئين",
    "３０００ people ＦＬＥＤ Ｉｄｌｉｂ",
    "5\u00a0000 people\u202ffled; 14 000 were displaced (OCHA, 2 March 2017).",
    "between159,000 and 192,000 weredisplaced; Around1.6 million IDPcamp",
    "((( ))) ;;; ,,, --- ’’’ '''",
    "a" * 300 + " fled " + "9" * 300,
    "Of them, 60 per cent are children; two-thirds are women. Half of the displaced are girls.",
]


def _texts() -> list[str]:
    texts = list(TRICKY)
    for path in (REAL_SET, PROJECT_SET, ROOT / "tests" / "data" / "extraction_fr.jsonl",
                 ROOT / "tests" / "data" / "extraction_ar.jsonl"):  # fmt: skip
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    texts.append((SHARED / "seed" / "idlib-offensive-news-report.txt").read_text(encoding="utf-8"))
    return texts


def _found(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


def test_the_long_patterns_of_every_stage_are_guarded():
    guarded_names = {p.pattern for p in GUARDED}
    from extraction import bodies, quantities, sentences, terms

    for pattern in (terms._ANY_TERM, terms._TRAPS, quantities._QUANTITY, sentences._GLUED, bodies._ORG_WORDS):
        assert pattern in GUARDED and pattern.pattern in guarded_names
        assert pattern.pattern.startswith("(?=")
    assert len(GUARDED) >= 20


def test_every_guarded_pattern_finds_exactly_what_the_pattern_as_written_finds():
    texts = _texts()
    assert len(texts) > 500
    for fast, plain in GUARDED.items():
        for text in texts:
            assert _found(fast, text) == _found(plain, text), (plain.pattern[:80], text[:80])
            for pos in (0, 1, len(text) // 2):
                got, want = fast.search(text, pos), plain.search(text, pos)
                assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
        for text in TRICKY:  # a match anchored at each position, and the whole text
            for pos in range(len(text) + 1):
                got, want = fast.match(text, pos), plain.match(text, pos)
                assert (got and got.span()) == (want and want.span()), (plain.pattern[:80], text, pos)
            assert bool(fast.fullmatch(text)) == bool(plain.fullmatch(text))


@pytest.mark.parametrize(
    "pattern, text",
    [
        (re.compile(r"\b(?:killed|sheltered)\b", re.IGNORECASE), "ſheltered and KILLED"),  # long s, Kelvin sign
        (re.compile(r"(?i:in|from)\s+(?P<name>[A-Z]\w+)"), "İN Goma and ın Bunia"),  # dotted and dotless i
        (re.compile(r"(?<![\w.])(?:\d+|dozens)(?![\w%])", re.IGNORECASE), "٣٠٠٠ and ３０ and DOZENS"),
        (re.compile(r"(?<=\d)(?=[a-z]{3,}\b)|\bwere(?=displaced\b)"), "3000people weredisplaced"),  # zero width
        (re.compile(r"(?=\s*said)\s*said|(?:a|b)?c"), " said c bc"),
    ],
)
def test_a_guard_admits_every_character_a_match_can_start_with(pattern, text):
    fast = guarded(pattern)
    assert fast is not pattern
    assert _found(fast, text) == _found(pattern, text) != []


@pytest.mark.parametrize(
    "source, flags, boundary",
    [
        (r"(?<![\w.,$-])(?:\d{1,3}(?:,\d{3})*|two|dozens)", re.IGNORECASE, True),  # a word character, none before
        (r"(?<!\w)\d+", 0, True),
        (r"(?<![^\w])\d+", 0, False),  # a word character before: no boundary
        (r"(?<!\w)[-+]?\d+", 0, False),  # a sign may open a match: no boundary
        (r"(?<!\w)\d+", re.ASCII, False),  # ASCII \w: left to the pattern
    ],
)
def test_a_look_behind_refusing_a_word_character_puts_a_word_boundary_in_the_guard(source, flags, boundary):
    """ "(?<![\\w.,])5,000": a match that opens with a word character no word character stands before starts at a
    word boundary, the cheaper test; the matches stay the pattern's own (glued, signed, spaced, other scripts)."""
    pattern = re.compile(source, flags)
    fast = guarded(pattern)
    assert (r")\b(?=" in fast.pattern) == boundary
    for text in TRICKY + ["abc5,000 and 5,000, 7.5 and ,300 -40 +12 TWO two2 x_9 ٣٠٠ Dozens dozens"]:
        assert _found(fast, text) == _found(pattern, text), (source, text)


def test_optional_openings_are_part_of_the_guard():
    items, ignore_case = first_characters(re.compile(r"\s*(?:,\s*)?and"))  # a space, a comma or the "a" of "and"
    assert items == {r"\s", r"\U0000002c", r"\U00000061"} and not ignore_case


@pytest.mark.parametrize(
    "source, flags",
    [
        (r"\s*", 0),  # matches the empty string anywhere
        (r"(?:people)?$", 0),  # likewise, at the end
        (r"[^,]{1,80},", 0),  # a negated set: any character may start it
        (r".+said", 0),  # any character
        (r"(?P<a>x)(?P=a)|(?(a)y|z)", 0),  # back-reference and conditional group
        ("# a comment\nfled", re.VERBOSE),  # verbose: left alone
        (r"(?a:\W)x|(?a:\b)y", 0),  # ASCII word characters inside, Unicode ones outside: a guard would read otherwise
    ],
)
def test_a_pattern_that_may_start_anywhere_is_left_as_it_is(source, flags):
    pattern = re.compile(source, flags)
    assert guarded(pattern) is pattern


def test_without_the_standard_parser_patterns_are_left_as_they_are(monkeypatch):
    monkeypatch.setattr(scanning, "_parser", None)
    pattern = re.compile(r"\b(?:fled|displaced)\b", re.IGNORECASE)
    assert guarded(pattern) is pattern


def test_the_alternations_grouped_by_first_character_find_exactly_what_they_find_as_written():
    from extraction import terms

    assert GUARDED[terms._ANY_TERM] in REGROUPED  # the displacement words: grouped, then guarded
    texts = _texts()
    for grouped, plain in REGROUPED.items():
        for text in texts + [t.upper() for t in TRICKY] + [t.lower() for t in texts[:200]]:
            assert _found(grouped, text) == _found(plain, text), (plain.pattern[:80], text[:80])
            for pos in (0, 1, len(text) // 2):
                got, want = grouped.search(text, pos, len(text) - 2), plain.search(text, pos, len(text) - 2)
                assert (got and got.span()) == (want and want.span())


def test_an_alternation_whose_groups_would_overlap_stays_as_written():
    # "ſ" (long s) is an "s" ignoring case: grouped apart, the order written could change
    assert by_first_character([r"ſa", r"sa", r"ta"], re.IGNORECASE).pattern == "ſa|sa|ta"
    assert by_first_character([r"\da", r"5b"], 0).pattern == r"\da|5b"
    grouped = by_first_character([r"ab", r"b", r"a"], 0)
    assert grouped.pattern != "ab|b|a" and [m.group() for m in grouped.finditer("a ab b")] == ["a", "ab", "b"]


def test_the_displacement_words_are_guarded_by_their_first_seven_characters_and_find_the_same():
    from extraction import terms

    plain = GUARDED[terms._ANY_TERM]
    assert len(terms._ANY_TERM.pattern) > len(guarded(plain).pattern) + 10_000  # a longer tree than four tell
    texts = _texts()
    for text in texts + [t.upper() for t in TRICKY] + [t.lower() for t in texts[:200]]:
        assert _found(terms._ANY_TERM, text) == _found(plain, text), text[:80]
        for pos in (0, 1, len(text) // 2):
            got, want = terms._ANY_TERM.search(text, pos), plain.search(text, pos)
            assert (got and got.span()) == (want and want.span())


def test_a_longer_guard_ends_a_path_where_any_character_may_follow():
    pattern = re.compile(r"\b(?:ab[^c]d|xy\S+z)\b")
    assert guarded(pattern).pattern == "(?=[\\U00000061\\U00000078])(?:" + pattern.pattern + ")"  # as before: no tree
    fast = guarded(pattern, prefix=6)
    assert "(?=(?:" in fast.pattern and GUARDED[fast] is pattern
    for text in ("abed xyQQz", "abcd xy z", "ab d", "xyz", "a abxd", ""):
        assert _found(fast, text) == _found(pattern, text)
    # a way that may start with anything leaves the tree out, as before
    assert "(?=(?:" not in guarded(re.compile(r"(?:ab|.x)y"), prefix=6).pattern


def test_a_pattern_the_places_stage_tries_only_where_its_words_stand_holds_one_in_every_match():
    from extraction import places
    from extraction.scanning import folded

    # (the pattern as written, the words one of which a sentence must hold for it to be tried, read ignoring case);
    # a pattern anchored at the end of its window is read here without the anchor: a match anywhere
    def unanchored(pattern: re.Pattern) -> re.Pattern:
        pattern = GUARDED.get(pattern, pattern)
        assert pattern.pattern.endswith("$")
        return re.compile(pattern.pattern[:-1], pattern.flags)

    gated = [
        (unanchored(places._SPOKEN_FROM), places._SPOKEN_FROM_WORDS, True),
        (unanchored(places._KIND_NAMED_BEFORE), places._KIND_NAMED_WORDS, True),
        (unanchored(places._EVENT_BEFORE), places._EVENT_BEFORE_WORDS, True),
        (unanchored(places._OPPONENT_BEFORE), places._OPPONENT_WORDS, True),
        (unanchored(places._DISTANCE_FROM_BEFORE), places._DISTANCE_WORDS, True),
        (GUARDED.get(places._DEMONYM_DIVISIONS), places._DEMONYM_DIVISIONS_WORDS, False),
    ]
    texts = _texts()
    texts += [t.upper() for t in texts[:300]] + [t.lower() for t in texts[:300]]
    texts += [
        "towns ſuch as Goma; İNCLUDING Bunia; vıllages like Beni",
        "SPOKE İN Geneva; in the WAKE of Idai",
        "the minister told reporters in Lima; Speaking from the Geneva office",
        "ahead of Remal, in Kenyan counties, across all Sudanese states",
        "clashes with Kyrgyzstan; the WAR with the neighbouring Ukraine; 15 KM south of Goma, 3 miles from Beni",
    ]
    for pattern, words, ignoring_case in gated:
        found = 0
        for text in texts:
            for match in pattern.finditer(text):
                held = folded(match.group()) if ignoring_case else match.group()
                assert any(word in held for word in words), (pattern.pattern[:60], match.group())
                found += 1
        assert found >= 2, pattern.pattern[:60]  # the texts try each
    assert folded("İNCLUDING ſpoke ın") == "including spoke in"
