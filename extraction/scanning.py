"""Faster scanning for the long patterns of the stages: the same pattern behind a look-ahead for what a match can
start with.

Python's regular expressions try a pattern at every position of the text. A pattern that opens with a word
boundary and a long case-insensitive alternation ("\\b(?:killed|wounded|…)") gets no help from the engine's own
prefix scan, so it walks every alternative at every position. `guarded` puts a look-ahead in front of it, worked
out from the pattern itself: the characters a match can start with (`(?=[kwd…])`), then (behind the word boundary
where every match starts at one) its first four characters as a tree (`\\b(?=(?:k(?:i(?:l(?:l)))|w(?:o(?:u(?:n)))|…))`).
A position where no match can start is passed over after a few tests instead of the whole alternation. The
matches, their spans and groups are exactly the pattern's own (a look-ahead consumes nothing, and it admits every
start a match can have); only the work changes.

The starts are read from the parsed pattern (`re._parser`, the standard library's own parser). When a pattern can
start with any character, can match the empty string, or the parser is not there, the pattern is returned as it
is: never wrong, only not faster.
"""

from __future__ import annotations

import re

try:  # Python 3.11+: the parser the re module itself uses
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - an interpreter without it: patterns stay as they are
    _parser = _c = None


# guarded pattern → the pattern as written (for the tests that hold each to the same matches)
GUARDED: dict[re.Pattern, re.Pattern] = {}


class _AnyStart(Exception):
    """The pattern may start with any character (or the parser gives something this module does not read)."""


def guarded(pattern: re.Pattern, prefix: int | None = None) -> re.Pattern:
    """`pattern` behind a look-ahead for what a match can start with (see the module's docstring), registered in
    GUARDED; the pattern itself when that cannot be told. With `prefix`, the tree tells that many first characters
    (not PREFIX), and a way into the pattern that may go on with any character ends its path there instead of
    leaving the tree out (the displacement words: a longer tree passes fewer positions to them)."""
    parsed = None if pattern.flags & re.VERBOSE else _parsed(pattern)
    starts = _first_characters(parsed) if parsed is not None else None
    if starts is None:
        return pattern
    items, ignore_case = starts
    look = "".join(sorted(items))
    look = f"(?i:[{look}])" if ignore_case else f"[{look}]"
    try:
        guard = _prefix_guard(parsed) if prefix is None else _prefix_guard(parsed, prefix, open_ended=True)
        fast = re.compile(f"(?={look}){guard}(?:{pattern.pattern})", pattern.flags)
    except re.error:  # a pattern that must stand first ("(?i)…"): as it is
        return pattern
    GUARDED[fast] = pattern
    return fast


def first_characters(pattern: re.Pattern) -> tuple[set[str], bool] | None:
    """The characters a match of `pattern` can start with, as character-class items (escaped), and whether any
    of them is read ignoring case; None when it can start with anything or match the empty string."""
    parsed = _parsed(pattern)
    return _first_characters(parsed) if parsed is not None else None


def _parsed(pattern: re.Pattern):
    if _parser is None or not isinstance(pattern.pattern, str):
        return None
    try:
        return _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, AttributeError, TypeError, ValueError):
        return None


def _first_characters(parsed) -> tuple[set[str], bool] | None:
    try:
        items: set[str] = set()
        ignore_case = [False]
        nullable = _first(parsed.data, parsed.state.flags, items, ignore_case)
    except (_AnyStart, re.error, AttributeError, TypeError, ValueError):
        return None
    if nullable or not items:
        return None
    return items, ignore_case[0]


_CHARSETS = re.ASCII | re.LOCALE | re.UNICODE
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _first(sequence, flags: int, items: set[str], ignore_case: list[bool]) -> bool:
    """Add to `items` what the sequence can start with; True when it can match without consuming a character."""
    return all(_first_of(op, av, flags, items, ignore_case) for op, av in sequence)


def _first_of(op, av, flags: int, items: set[str], ignore_case: list[bool]) -> bool:
    c = _c
    if op is c.LITERAL:
        items.add(_char(av))
        ignore_case[0] = ignore_case[0] or bool(flags & re.IGNORECASE)
        return False
    if op is c.IN:
        for kind, value in av:
            if kind is c.LITERAL:
                items.add(_char(value))
            elif kind is c.RANGE:
                items.add(f"{_char(value[0])}-{_char(value[1])}")
            elif kind is c.CATEGORY and str(value) in _CATEGORIES:
                items.add(_CATEGORIES[str(value)])
            else:  # a negated set, or something new: any character
                raise _AnyStart
        ignore_case[0] = ignore_case[0] or bool(flags & re.IGNORECASE)
        return False
    if op is c.AT or op is c.ASSERT_NOT:
        return True  # zero width: the next element decides
    if op is c.ASSERT:
        direction, sub = av
        if direction == 1:  # a look-ahead that needs a character: a match starts with one of its first ones
            constraint: set[str] = set()
            if not _first(sub.data, flags, constraint, ignore_case):
                items |= constraint
                return False
        return True  # a look-behind (or a look-ahead that may be empty) does not tell
    if op is c.BRANCH:
        nullable = False
        for branch in av[1]:
            nullable = _first(branch.data, flags, items, ignore_case) or nullable
        return nullable
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & _CHARSETS:
            raise _AnyStart  # "(?a:\\w)" reads \\w, \\b … otherwise than the guard in front would
        return _first(sub.data, (flags | add_flags) & ~del_flags, items, ignore_case)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return _first(sub.data, flags, items, ignore_case) or low == 0
    if op is c.ATOMIC_GROUP:
        return _first(av.data, flags, items, ignore_case)
    raise _AnyStart  # any character, a back-reference, a conditional group, or something new


# the first characters of a match: each path is the classes of its first PREFIX characters, (items, ignore case)
# each; a shorter path is a match that may end sooner (or go on with anything); a path that reaches _ANYTHING (any
# character, or more ways on than are counted) admits whatever follows, and is padded with it to its full length
_Class = tuple[frozenset[str], bool]
_ANYTHING = (frozenset(), False)
PREFIX = 4  # four rather than three: the long alternations pass about 10 % fewer positions to the pattern
_MAX_PATHS = 4_000  # a pattern with more ways to start than this keeps the one-character guard only


def _prefix_guard(parsed, size: int = PREFIX, open_ended: bool = False) -> str:
    """`\\b(?=(?:k(?:i(?:l)|…)|…))`: the first characters a match can start with, as a tree of classes ("" when
    they cannot be told), behind the word boundary when every match starts at one."""
    try:
        paths = _paths(parsed.data, parsed.state.flags, size, open_ended)
    except (_AnyStart, re.error, AttributeError, TypeError, ValueError):
        return ""
    tree = None if () in paths else _tree(paths)
    if not tree:
        return ""
    boundary = r"\b" if _at_boundary(parsed.data) or _after_a_non_word(parsed, paths) else ""
    return f"{boundary}(?=(?:{tree}))"


def _tree(paths) -> str | None:
    """Alternatives by first class, each followed by the tree of what may come after it; None: anything may."""
    if () in paths or any(path[0] == _ANYTHING for path in paths):
        return None
    rests: dict[_Class, set] = {}
    for path in paths:
        rests.setdefault(path[0], set()).add(path[1:])
    starts: dict[str | None, set[_Class]] = {}  # the same tree after several first classes: one alternative
    for first, rest in rests.items():
        starts.setdefault(_tree(rest), set()).add(first)
    return "|".join(sorted(_union(firsts) + (f"(?:{after})" if after else "") for after, firsts in starts.items()))


def _union(classes) -> str:
    plain = sorted({item for items, ignore_case in classes if not ignore_case for item in items})
    folded = sorted({item for items, ignore_case in classes if ignore_case for item in items})
    parts = ([f"[{''.join(plain)}]"] if plain else []) + ([f"(?i:[{''.join(folded)}])"] if folded else [])
    return parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"


def _paths(sequence, flags: int, size: int, open_ended: bool = False) -> set[tuple[_Class, ...]]:
    """The classes of the first `size` characters of every way through `sequence` (fewer where it ends sooner);
    `open_ended`: a way that may go on with anything ends there (padded with _ANYTHING), else none is told."""
    done, going = set(), {()}
    for op, av in sequence:
        further = set()
        for path in going:
            try:
                mores = _paths_of(op, av, flags, size - len(path), open_ended)
            except _AnyStart:  # anything may come next: the path tells no more
                if not open_ended:
                    raise
                done.add(path + (_ANYTHING,) * (size - len(path)))
                continue
            for more in mores:
                longer = path + more
                (done if len(longer) >= size else further).add(longer[:size])
        going = further
        if len(done) + len(going) > _MAX_PATHS:
            raise _AnyStart
        if not going:
            break
    return done | going


def _paths_of(op, av, flags: int, size: int, open_ended: bool = False) -> set[tuple[_Class, ...]]:
    c = _c
    if op is c.LITERAL or op is c.IN:
        items: set[str] = set()
        _first_of(op, av, flags, items, [False])
        return {((frozenset(items), bool(flags & re.IGNORECASE)),)}
    if op is c.AT or op is c.ASSERT or op is c.ASSERT_NOT:
        return {()}  # zero width (what a look-ahead asks is left to the one-character guard)
    if op is c.BRANCH:
        return {path for branch in av[1] for path in _paths(branch.data, flags, size, open_ended)}
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & _CHARSETS:
            raise _AnyStart
        return _paths(sub.data, (flags | add_flags) & ~del_flags, size, open_ended)
    if op is c.ATOMIC_GROUP:
        return _paths(av.data, flags, size, open_ended)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, sub = av
        once = _paths(sub.data, flags, size, open_ended)
        found = {()} if low == 0 else set()
        going = {()}
        for times in range(1, min(high, max(low, size) + 1) + 1):
            going = {path if len(path) >= size else (path + more)[:size] for path in going for more in once}
            found |= going if times >= low else {path for path in going if len(path) >= size}
            if len(going) > _MAX_PATHS:
                raise _AnyStart
        return found
    raise _AnyStart


def _at_boundary(sequence) -> bool:
    """Whether every match starts with a word boundary asserted before its first character."""
    for op, av in sequence:
        if op is _c.AT and av is _c.AT_BOUNDARY:
            return True
        if op is _c.AT or op is _c.ASSERT or op is _c.ASSERT_NOT:
            continue
        if op is _c.BRANCH:
            return all(_at_boundary(branch.data) for branch in av[1])
        if op is _c.SUBPATTERN:
            return not (av[1] | av[2]) & _CHARSETS and _at_boundary(av[3].data)
        return False
    return False


def _after_a_non_word(parsed, paths) -> bool:
    """Whether every match starts with a word character behind a look-behind that refuses one ("(?<![\\w.,])5,000",
    "(?<!\\w)two"): a word boundary stands there too, and is the cheaper test."""
    sequence = parsed.data
    if not sequence or parsed.state.flags & (re.ASCII | re.LOCALE):
        return False
    op, av = sequence[0]
    if op is not _c.ASSERT_NOT or av[0] != -1 or len(av[1].data) != 1:
        return False
    kind, items = av[1].data[0]
    if kind is _c.CATEGORY:  # "(?<!\\w)"
        items = [(kind, items)]
    elif kind is not _c.IN:
        return False
    if any(k is _c.NEGATE for k, _ in items):
        return False  # "(?<![^\\w])" asks for a word character before: no boundary
    if not any(k is _c.CATEGORY and str(v) == "CATEGORY_WORD" for k, v in items):
        return False
    return bool(paths) and all(path and _word_characters(path[0][0]) for path in paths)


def _word_characters(items) -> bool:
    """Whether every character of the class items is a word character (\\w), in either case."""
    for item in items:
        if item in (r"\d", r"\w"):
            continue
        if len(item) == 10 and item.startswith("\\U") and re.fullmatch(r"\w", chr(int(item[2:], 16))):
            continue  # one character (a letter's other cases are letters too)
        return False  # a range, a space, a sign …: not told here
    return True


# pattern by first character → the alternation as written (for the test that holds each to the same matches)
REGROUPED: dict[re.Pattern, re.Pattern] = {}


def top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of `pattern` at its top level ("a|(?:b|c)|d" → "a", "(?:b|c)", "d")."""
    found, current, depth, in_class, escaped = [], [], 0, False, False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            for opener in ("^", "]"):  # "[^…]", "[]…]", "[^]…]": a "]" right after opens nothing
                if pattern[i + 1 : i + 2] == opener:
                    current.append(c)
                    i += 1
                    c = pattern[i]
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            found.append("".join(current))
            current = []
            i += 1
            continue
        current.append(c)
        i += 1
    found.append("".join(current))
    return found


def by_first_character(alternatives: list[str], flags: int) -> re.Pattern:
    """The alternation of `alternatives`, grouped by the character each can start with behind a look-ahead for it:
    at a position only the group of its character is tried, in the order written. The matches are exactly the
    alternation's own (where one character could open two groups, or a start cannot be told, the alternation as it
    is). The long alternations of the stages try far fewer alternatives at a position so."""
    plain = re.compile("|".join(alternatives), flags)
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        starts = first_characters(re.compile(alternative, flags))
        if starts is None:
            return plain
        for item in starts[0]:
            key = chr(int(item[2:], 16)).lower() if item.startswith("\\U") and len(item) == 10 else item
            groups.setdefault(key, []).append(alternative)
    for key in groups:  # one character must never open two groups
        for other in groups:
            if (
                key != other
                and len(other) == 1
                and re.fullmatch(f"[{key}]" if len(key) > 1 else re.escape(key), other, flags)
            ):
                return plain
            if key != other and len(key) > 1 and len(other) > 1:  # two classes (\d, \w …): not told apart here
                return plain
    grouped = re.compile(
        "|".join(f"(?=[{re.escape(k) if len(k) == 1 else k}])(?:{'|'.join(v)})" for k, v in groups.items()), flags
    )
    REGROUPED[grouped] = plain
    return grouped


def word_alternation(pattern: re.Pattern) -> re.Pattern:
    """`\\b(?:a|b|…)\\b` as `\\b(?:a)\\b|\\b(?:b)\\b|…` grouped by first character (by_first_character): the same
    matches; any other pattern as it is."""
    text = pattern.pattern
    if not (isinstance(text, str) and text.startswith("\\b(?:") and text.endswith(")\\b")):
        return pattern
    inner = text[5:-3]
    try:  # the group opened first must be the one closed last
        re.compile(inner, pattern.flags)
    except re.error:
        return pattern
    return by_first_character([f"\\b(?:{a})\\b" for a in top_level_alternatives(inner)], pattern.flags)


def folded(text: str) -> str:
    """`text` in lower case as a pattern read ignoring case compares it, for looking its words up with `in`: the
    letters re folds onto ASCII ones and lower() does not ('İ', 'ı', 'ſ') are folded too. A word found in it may
    still be absent from `text` as the pattern reads it, never the other way."""
    lowered = text.lower()
    if not lowered.isascii():
        lowered = lowered.replace("\u0307", "").replace("ı", "i").replace("ſ", "s")
    return lowered
