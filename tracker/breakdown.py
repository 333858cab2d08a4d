"""A figure's breakdown by sex and age, as plain data: its parts in one normal form, in words, and as the one-cell
text the exports write and the import reads back ("female 0-17: 1200; male 0-17: 1100; female+children: more than
80%"). No database here: tracker.services validates and writes the parts (FigureBreakdown rows).

A part is a dict with the keys of PART_FIELDS: `sex` ("" = every sex), `age_from`/`age_to` (years, None = open),
`group` (a combined group: sexes and named age groups joined by "+", e.g. "female+children"), `count` (persons) or
`share` (per cent, a Decimal), and `qualifier` (as for a figure: "more_than" …).
"""

import re
from decimal import Decimal, InvalidOperation

from tracker.choices import AgeGroup, Qualifier, Sex

PART_FIELDS = ("sex", "age_from", "age_to", "group", "count", "share", "qualifier")
GROUP_TOKENS = (*Sex.values, *AgeGroup.values)  # what a combined group is made of, in this order
MAX_AGE = 120


def normalise(part) -> dict:
    """A part as a dict in normal form, from a dict (API, import, extraction) or a FigureBreakdown row."""
    get = part.get if isinstance(part, dict) else lambda name, default=None: getattr(part, name, default)
    share = get("share")
    if share is not None and not isinstance(share, Decimal):
        try:
            share = Decimal(str(share))
        except InvalidOperation:
            share = None
    if isinstance(share, Decimal) and share.is_finite():
        share = share.quantize(Decimal("0.01"))
    return {
        "sex": (get("sex") or "").strip().lower(),
        "age_from": get("age_from"),
        "age_to": get("age_to"),
        "group": canonical_group(get("group") or ""),
        "count": get("count"),
        "share": share,
        "qualifier": get("qualifier") or Qualifier.EXACT,
    }


def canonical_group(text: str) -> str:
    """ "Children + female" → "female+children": the tokens lower-cased, in GROUP_TOKENS order (unknown ones kept,
    at the end, for the validation to name)."""
    tokens = [t.strip().lower() for t in text.split("+") if t.strip()]
    known = [t for t in GROUP_TOKENS if t in tokens]
    return "+".join([*known, *[t for t in tokens if t not in GROUP_TOKENS]])


def kind_of(part: dict) -> str:
    """Which dimension a part belongs to: its parts together never exceed the whole."""
    if part["group"]:
        return "combined"
    has_age = part["age_from"] is not None or part["age_to"] is not None
    if part["sex"] and has_age:
        return "sex and age"
    if part["sex"]:
        return "sex"
    return "age" if has_age else ""


def age_range(part: dict) -> tuple[int, float]:
    low = part["age_from"] if part["age_from"] is not None else 0
    high = part["age_to"] if part["age_to"] is not None else float("inf")
    return low, high


def ages_in_words(age_from, age_to) -> str:
    if age_from is None and age_to is None:
        return ""
    if age_to is None:
        return f"{age_from}+"
    return f"{age_from or 0}-{age_to}"


def group_in_words(part: dict) -> str:
    """The group as the export writes it: "female", "male 0-17", "60+", "female+children"."""
    if part["group"]:
        return part["group"]
    return " ".join(w for w in (part["sex"], ages_in_words(part["age_from"], part["age_to"])) if w) or "everyone"


def amount_in_words(part: dict) -> str:
    qualifier = "" if part["qualifier"] == Qualifier.EXACT else Qualifier(part["qualifier"]).label.lower() + " "
    if part["share"] is not None:
        share = part["share"].normalize() if isinstance(part["share"], Decimal) else part["share"]
        return f"{qualifier}{share:f}%" if isinstance(share, Decimal) else f"{qualifier}{share}%"
    return f"{qualifier}{part['count']}"


def describe_part(part) -> str:
    part = normalise(part)
    return f"{group_in_words(part)}: {amount_in_words(part)}"


def format_parts(parts) -> str:
    """The one-cell text of a breakdown: parts in words, separated by "; "."""
    return "; ".join(describe_part(p) for p in parts)


_QUALIFIERS = sorted(((label.lower(), code) for code, label in Qualifier.choices if code != Qualifier.EXACT),
                     key=lambda pair: -len(pair[0]))  # fmt: skip
_AGES = re.compile(r"^(?P<low>\d{1,3})\s*(?:-|–|to)\s*(?P<high>\d{1,3})$|^(?P<open>\d{1,3})\s*\+$")


class BreakdownSyntaxError(ValueError):
    pass


def parse_parts(text: str) -> list[dict]:
    """The parts a one-cell text gives (format_parts' output, or typed the same way), or BreakdownSyntaxError
    saying which part cannot be read and how to write it."""
    parts = []
    for number, chunk in enumerate((c.strip() for c in text.split(";")), start=1):
        if not chunk:
            continue
        group, colon, amount = chunk.rpartition(":")
        if not colon or not group.strip() or not amount.strip():
            raise BreakdownSyntaxError(f"part {number} ({chunk[:40]!r}): write it as GROUP: NUMBER or GROUP: SHARE%, "
                                       "e.g. 'female 0-17: 1200' or 'female+children: more than 80%'")  # fmt: skip
        part = {"sex": "", "age_from": None, "age_to": None, "group": "", "count": None, "share": None,
                "qualifier": Qualifier.EXACT}  # fmt: skip
        words = group.strip().lower()
        if "+" in words and not re.search(r"\d\s*\+", words):
            part["group"] = canonical_group(words)
        else:
            for word in words.split(None, 1):
                if word in Sex.values:
                    part["sex"] = word
                    continue
                ages = _AGES.match(word.replace(" ", ""))
                if ages is None:
                    raise BreakdownSyntaxError(
                        f"part {number}: {word[:30]!r} is neither a sex ({', '.join(Sex.values)}) nor an age range "
                        "(0-17, 60+)"
                    )
                if ages.group("open"):
                    part["age_from"] = int(ages.group("open"))
                else:
                    part["age_from"], part["age_to"] = int(ages.group("low")), int(ages.group("high"))
        amount = amount.strip().lower()
        for label, code in _QUALIFIERS:
            if amount.startswith(label + " "):
                part["qualifier"], amount = code, amount[len(label) :].strip()
                break
        try:
            if amount.endswith("%"):
                part["share"] = Decimal(amount[:-1].strip())
                if not part["share"].is_finite():
                    raise InvalidOperation
            elif re.fullmatch(r"[0-9][0-9,]*", amount):
                part["count"] = int(amount.replace(",", ""))
            else:
                raise InvalidOperation
        except InvalidOperation as exc:
            raise BreakdownSyntaxError(f"part {number}: {amount[:30]!r} is neither a whole number of persons nor a "
                                       "share such as 80%") from exc  # fmt: skip
        parts.append(part)
    return parts
