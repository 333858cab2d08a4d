"""Stage 2: quantities. Every number in a sentence (digits with separators, "1.2 million", number words, ranges,
vague amounts) with the qualifier written before it.

Vague amounts take a documented lower bound with the qualifier "at least":
"dozens" → 12, "hundreds" → 100, "thousands" → 1,000, "tens of thousands" → 10,000,
"hundreds of thousands" → 100,000, "millions" → 1,000,000.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass

from text_to_num import text2num

from extraction.scanning import guarded
from extraction.vocab import Qualifier

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})

_UNITS_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
).split()
_SCALE = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "mln": 1_000_000,
    "mn": 1_000_000,
    "m": 1_000_000,
    "k": 1_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
_WORD = r"(?:" + "|".join(_UNITS_WORDS + ["hundred", "thousand", "million", "billion"]) + r")"
# thousands separated by a comma, a space or a narrow space ("14,000", "14 000", "3 385"), or a comma and a space
# before three zeros as PDF extraction leaves it ("61, 000"; any three digits after a head of three, "207, 902")
_DIGITS = (
    # a decimal comma before a scale word, as much of the world writes it: "1,85 million" (thousands take three digits)
    r"\d{1,3},\d{1,2}(?=\s*(?:million|billion|mln|mn|bn|m|lakhs?|crores?)\b)"
    r"|\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])"  # Indian grouping: "1,65,000" (a lakh and 65 thousand)
    # a stray space after the thousands comma of a three-digit head ("displacing 207, 902 others"), when neither
    # half is an item of a list of counts ("150, 200 and 300 families"; "in 2019, 300 families" has a year before)
    r"|(?<!\d,\s)\d{3},\s\d{3}(?!\d|\.\d|\s*,\s*\d|,?\s+(?:and|or|to)\s+\d)"
    # the same stray space after a head of one or two digits ("In Lofa, 42, 318 IDPs", "or 2, 904 persons"), only
    # right before a noun of people or at the sentence's end ("displaced 5, 219."), unless a day, a label or a toll
    # stands before it (see _SHORT_STRAY_NOT_AFTER)
    r"|(?<!\d,\s)\d{1,2},\s\d{3}(?=\s+(?:people|persons|individuals|idps|families|households|residents|refugees|"
    r"returnees|evacuees|hhs)\b|\.?$)"
    r"|\d{1,3}(?:,\s000(?!\d)|[,\u00a0\u202f\u2009 ]\d{3}(?!\d))+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?![\d.])"
    r"|\d{1,3}(?:['’]\d{3})+(?!\d)"  # an apostrophe between thousands, as Swiss copy writes it: "150'000"
    r"|\d+(?:\.\d+)?"
)
# a count of people is a whole number: "5.000 people", "1.200.000 displaced" (a point between thousands, as much of
# the world writes it) is five thousand, not five
_POINT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_SCALE_RE = r"(?:hundred|thousand|million|billion|mln|mn|bn|lakhs?|crores?|m|k)\b"


def _words_below(scales: str) -> str:
    part = r"(?:" + "|".join(_UNITS_WORDS + scales.split()) + r")"
    bigger = r"(?![\s-]+(?:hundred|thousand|million|billion|lakhs?|crores?)\b)"  # not "one thousand, two thousand"
    return rf"(?:and\s+)?{part}(?:(?:\s+and\s+|[\s-]+){part})*{bigger}"


# the smaller parts of a number in words after a comma that follows its scale word: "one million, two hundred
# thousand, five hundred"
_COMMA_PARTS = (
    rf"(?:(?<=[mb]illion),\s*{_words_below('hundred thousand')})?(?:(?<=thousand),\s*{_words_below('hundred')})?"
)
# the smaller parts after a lakh or a crore, with or without a comma: "three lakh, twenty thousand"
_LAKH_PARTS = rf"(?:,?\s*{_words_below('hundred thousand')})?"
_NUMBER = (
    # "two and a half thousand", "1 and a half million": a whole number and a half, then the scale
    rf"(?:(?:\d{{1,3}}|{_WORD})\s+and\s+a\s+half\s+(?:thousand|million|billion|lakhs?|crores?)\b"
    rf"|(?:{_DIGITS})(?:\s*{_SCALE_RE})?"
    # ("an additional half million people": half a million, not a million)
    rf"|(?:half\s+a\s+(?:million|dozen)|a\s+half\s+million|half\s+million|(?:a|one|three)\s+quarters?\s+of\s+a\s+million|a\s+(?:hundred(?:\s+thousand)?|thousand|million)(?:\s+and\s+a\s+half)?|a\s+dozen"
    # "fifty thousands people": the scale written in the plural after its number (not "thousands" alone, a vague amount)
    rf"|{_WORD}(?:(?:\s+and\s+|[\s-]+){_WORD})*[\s-]+(?:thousand|million)s"
    # "eight lakh people": a number in words, then the Indian scale; "one million, two hundred thousand", "Two
    # thousand, three hundred and ten": a comma after a scale word before the smaller parts (not "two, three hundred")
    rf"|{_WORD}(?:(?:\s+and\s+|[\s-]+){_WORD})*{_COMMA_PARTS}(?:\s+(?:lakhs?|crores?)\b{_LAKH_PARTS})?))"
)
_SCALE_OF_FEW = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "hundred thousand": 100_000, "dozen": 12}
_VAGUE = {
    "tens of thousands": 10_000,
    "hundreds of thousands": 100_000,
    "tens of millions": 10_000_000,
    "millions": 1_000_000,
    "thousands": 1_000,
    "hundreds": 100,
    "dozens": 12,
    "scores": 20,
}
_VAGUE_RE = (
    # "several thousand", "a few hundred", "several hundred thousand": at least the scale ("several dozen": twelve)
    r"(?:(?:several|a\s+few)\s+(?:hundred\s+thousand|hundred|thousand|million|dozen)(?!\s+(?:and\b|[a-z]+-)|s\b)|"
    r"tens\s+of\s+thousands|hundreds\s+of\s+thousands|tens\s+of\s+millions|millions|thousands|hundreds|"
    r"dozens|scores)"
)
# where a count can start, for patterns of other stages that look ahead for one ("housing six hundred", "hosting
# thousands of", "sheltering 900")
NUMBER_AHEAD = rf"(?:\d|(?:{_WORD}|a\s+(?:hundred|thousand)|{_VAGUE_RE})\b)"
_QUANTITY = re.compile(
    rf"(?<![\w.,$€£%-])(?:(?P<between>between\s+)?(?P<low>{_NUMBER})\s*(?:-|–|—|to|and|"
    # "at least 7,000 and possibly as many as 10,000"
    rf",?\s*and\s+(?:possibly|perhaps|potentially|maybe)\s+(?:as\s+many\s+as|up\s+to)?)\s*(?P<high>{_NUMBER})"
    rf"|(?P<single>{_NUMBER})|(?P<vague>{_VAGUE_RE}))(?![\w%])",
    re.IGNORECASE,
)


_TENS_WORD = re.compile(r"(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)")
_UNIT_WORD = re.compile(r"(?i:one|two|three|four|five|six|seven|eight|nine)\b")
_BARE_SCALE = re.compile(r"(?i:hundred|thousand|million)")
_DIGITS_AND_SCALE = re.compile(rf"({_DIGITS})\s*({_SCALE_RE})?")
_GROUPING = re.compile(r"[,\s\u2009'’]")
_AND_A_HALF = re.compile(r"(.+?)\s+and\s+a\s+half\s+(thousand|million|billion|lakhs?|crores?)")
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")


_WORDS_INDIAN_SCALE = re.compile(r"(.+?)\s+(lakhs?|crores?)(?:,?\s+(?:and\s+)?(.+))?")
_QUARTER_MILLION = re.compile(r"(a|one|three)\s+quarters?\s+of\s+a\s+million")


_COMMA_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


def parse_number(text: str) -> int | None:
    """ "1,200" → 1200, "1.2 million" → 1200000, "nearly one million" (without qualifier) → 1000000."""
    raw = text.strip().lower().replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    if raw.isascii() and (raw.isdigit() or _COMMA_THOUSANDS.fullmatch(raw)):
        return int(round(float(raw.replace(",", ""))))  # "1200", "1,200": what the digits' branch below gives
    if raw.startswith(("half a million", "a half million", "half million")):
        return 500_000
    if raw.endswith("dozen"):  # "a dozen families": twelve; "half a dozen": six
        return 6 if raw.startswith("half") else 12
    quarter = _QUARTER_MILLION.fullmatch(raw) if "quarter" in raw else None
    if quarter:  # "a quarter of a million": 250,000
        return 750_000 if quarter.group(1) == "three" else 250_000
    if _POINT_THOUSANDS.fullmatch(raw):
        return int(raw.replace(".", ""))
    short = _SHORT_STRAY.fullmatch(raw)
    if short:  # "42, 318" (a stray space after the thousands comma, as the scan reads it before a noun of people)
        return int(short.group(1) + short.group(2))
    match = _DIGITS_AND_SCALE.fullmatch(raw)
    if match:
        digits = match.group(1)
        if match.group(2) and _DECIMAL_COMMA.fullmatch(digits):
            digits = digits.replace(",", ".")  # "1,85 million": one point eight five million
        number = float(_GROUPING.sub("", digits))
        scale = _SCALE.get(match.group(2) or "", 1)
        return int(round(number * scale))
    halved = _AND_A_HALF.fullmatch(raw)
    if halved:  # "two and a half thousand": 2,500
        whole = parse_number(halved.group(1))
        return int((whole + 0.5) * _SCALE[halved.group(2)]) if whole else None
    indian = _WORDS_INDIAN_SCALE.fullmatch(raw)
    if indian:  # "eight lakh": 800,000
        head = parse_number(indian.group(1))
        tail = parse_number(indian.group(3)) if indian.group(3) else 0  # "three lakh, twenty thousand"
        return head * _SCALE[indian.group(2)] + tail if head and tail is not None else None
    words = re.sub(r"\s+and\s+a\s+half$", "", raw)
    half = words != raw
    words = re.sub(r"^a\s+", "one ", words).replace("-", " ").replace(",", " ")
    words = re.sub(r"(thousand|million)s$", r"\1", words)
    try:
        value = text2num(words, "en")
    except ValueError:
        return None
    if half:
        value += value // 2
    return value if value > 0 else None


def _scale_of(text: str) -> int:
    match = re.search(rf"\s*({_SCALE_RE})$", text.strip(), re.IGNORECASE)
    return _SCALE.get(match.group(1).lower(), 1) if match else 1


_QUALIFIERS: list[tuple[str, str]] = [
    (
        Qualifier.NEARLY,
        r"nearly|almost|close\s+to|(?:just|a\s+little|slightly|a\s+bit)\s+(?:under|short\s+of|below)|approaching|"
        r"not\s+far\s+from",
    ),
    (
        Qualifier.MORE_THAN,
        r"more\s+than|over|just\s+over|upwards\s+of|in\s+excess\s+of|above|exceeding|exceeded|topping|well\s+over|beyond|"
        r"passed|surpassed|topped|greater\s+than",
    ),
    (Qualifier.AT_LEAST, r"at\s+least|a\s+minimum\s+of|(?:no|not)\s+fewer\s+than|(?:no|not)\s+less\s+than"),
    (Qualifier.LESS_THAN, r"less\s+than|fewer\s+than|under|below"),
    (Qualifier.UP_TO, r"up\s+to|as\s+many\s+as|as\s+much\s+as|a\s+maximum\s+of"),
    (
        Qualifier.APPROXIMATELY,
        r"about|around|approximately|roughly|some|an\s+estimated|estimated(?:\s+(?:to\s+be|at|that(?:\s+\w+){0,3}))?|est\.|circa|c\.|nearly\s+about|"
        r"an\s+approximate|approx\.?|or\s+so|roughly\s+speaking",
    ),
]
_QUALIFIER_RE = [(q, re.compile(rf"\b(?:{p})\s*(?:the\s+)?$", re.IGNORECASE)) for q, p in _QUALIFIERS]


def qualifier_words(*, but: tuple[str, ...] = ()) -> str:
    """Every word or phrase a count's qualifier is written with ("some", "more than", "an estimated", "up to", …),
    as one regular-expression alternation, for the patterns that look past a qualifier to its number; `but` leaves
    out the words of those qualifiers (a capacity is "up to 2,000 people")."""
    return "|".join(pattern for qualifier, pattern in _QUALIFIERS if qualifier not in but)


# a count's qualifier words, as a pattern that looks past them puts it: "(some|about|…)"
QUALIFIER_WORDS = qualifier_words()
# any qualifier words before a number, each with its space: "nearly ", "an estimated ", "some "
ANY_QUALIFIERS = rf"(?:(?:{QUALIFIER_WORDS})\s+)*"


_A_HALF_SCALE = re.compile(r"a\s+half\s+(?:thousand|million|billion|lakhs?|crores?)", re.IGNORECASE)
_DECIMAL_LOW = re.compile(r"\d{1,3}\.\d{1,3}")
_ROUGHLY_AFTER = re.compile(r"-odd\b|\s+or\s+so\b(?=\s+[a-z])", re.IGNORECASE)
_PLUS = re.compile(r"(?:\+|-plus\b)(?!\d)", re.IGNORECASE)
_SCALE_WORD_END = re.compile(r"[a-z]\s+(?:hundred|thousand|million)$", re.IGNORECASE)
# "more" straight before the number, "than" left out, as copy in a second language writes it (not "some more", "once
# more", "no more")
_MORE_ALONE = re.compile(
    r"(?<![\w-])(?<!\bsome\s)(?<!\bonce\s)(?<!\beven\s)(?<!\bmany\s)(?<!\bno\s)(?<!\bany\s)more\s+$", re.IGNORECASE
)
_APPROXIMATE_SIGN = re.compile(r"(?:~|≈|\bc(?:a)?\.)\s*$")


def _qualifier_before(prefix: str) -> str:
    tail = prefix[-40:]
    if _APPROXIMATE_SIGN.search(tail):
        return Qualifier.APPROXIMATELY  # "~3,200", "c. 3,000"
    for qualifier, pattern in _QUALIFIER_RE:
        if pattern.search(tail):
            return qualifier
    if "ore " in tail and _MORE_ALONE.search(tail):
        return Qualifier.MORE_THAN  # "identified more 113,000 displaced people": "than" left out
    return Qualifier.EXACT


@dataclass
class Quantity:
    start: int
    end: int
    value: int
    value_high: int | None
    vague: bool
    qualifier: str | None = None  # one written after the number: "10,000+"


# a change told by its two ends: "fell from 80,000 to 60,000", "has risen from 1.2 million to 1.5 million"
_CHANGE_FROM = re.compile(
    r"\b(?:fell|fallen|falls?|falling|dropped|drops?|dropping|decreased|decreases?|decreasing|declined|declines?|"
    r"declining|rose|risen|rises?|rising|increased|increases?|increasing|grew|grown|grows?|growing|climbed|climbs?|"
    r"jumped|jumps?|soared|surged|swelled|shrank|shrunk|went\s+(?:up|down)|gone\s+(?:up|down)|up|down|reduced|"
    r"revised\s+(?:up|down)(?:wards?)?)\s+from\s+$",
    re.IGNORECASE,
)


_CHANGE_BY = re.compile(
    r"\b(?:rose|risen|rises?|increased|increases?|grew|grown|grows?|jumped|climbed|swelled|fell|fallen|dropped|"
    r"decreased|declined)\s+by\s+$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19[5-9]|20\d)\d")
_YEAR_CUE = re.compile(
    r"\b(?:since|in|of|year|" + "|".join(_MONTHS) + r")\.?\s+$",
    re.IGNORECASE,
)


_STRAY_SPACE = re.compile(r"(\d{3}),\s(\d{3})")
_WHOLE_BEFORE = re.compile(r"\b(?:of|from|among)\s+(?:the|these|those|all)\s*$", re.IGNORECASE)
_SHORT_STRAY = re.compile(r"(\d{1,2}),\s(\d{3})")
# what may not stand right before "42, 318 IDPs" read as one count: a capitalised word (a month or a label: "June 30,
# 500 people", "Ward 4, 200 families"), an age, a toll or a whole ("aged 5,", "killed 3,", "of the 12,")
_SHORT_STRAY_NOT_AFTER = re.compile(
    rf"(?:\b(?!(?i:{QUALIFIER_WORDS})\s+$)[A-Z][\w.]*"
    r"|\b(?i:aged?|ages|killed|killing|injured|injuring|wounded|dead|died|the|these|those|all|no|number|nos?))\s+$"
)


# a number in words restated in digits: "Twenty-eight (28) families", "five hundred (500) people"
_RESTATED_IN_DIGITS = re.compile(r"\s*\(\s*(\d[\d,]*)\s*\)")


def _quantities(sentence: str) -> Iterator[Quantity]:
    """The sentence's numbers, in order; a number written in words and again in digits in brackets, as legal and
    official reporting writes them ("Twenty-eight (28) families"), is one number."""
    restated_end = -1
    for q in _numbers_read(sentence):
        if q.start < restated_end:
            continue  # the digits in brackets after the same number in words
        if not q.vague and q.value_high is None and not sentence[q.end - 1].isdigit():
            restated = _RESTATED_IN_DIGITS.match(sentence, q.end)
            if restated and parse_number(restated.group(1)) == q.value:
                restated_end = restated.end()
                yield Quantity(q.start, restated_end, q.value, None, False, q.qualifier)
                continue
        yield q


def _numbers_read(sentence: str) -> Iterator[Quantity]:
    for match in _QUANTITY.finditer(sentence):
        text = match.group()
        if match.group("vague"):
            key = re.sub(r"\s+", " ", text.lower())
            value = _VAGUE.get(key) or _SCALE_OF_FEW[re.sub(r"^(?:several|a few) ", "", key)]
            yield Quantity(match.start(), match.end(), value, None, True)
            continue
        if match.group("low"):
            low_text, high_text = match.group("low"), match.group("high")
            if _A_HALF_SCALE.fullmatch(high_text) and not match.group("between"):
                # "two and a half million": one number and a half, not two and then half a million
                whole = parse_number(f"{low_text} and {high_text}")
                if whole:
                    yield Quantity(match.start(), match.end(), whole, None, False)
                    continue
            low, high = parse_number(low_text), parse_number(high_text)
            if low is None or high is None:
                continue
            if (
                _TENS_WORD.fullmatch(low_text.split()[-1])
                and _UNIT_WORD.match(high_text)
                and sentence[match.end("low")] == "-"
            ):
                # "Twenty-five families", "Thirty-two thousand", "five hundred eighty-six thousand": one number
                # written with a hyphen, not a range
                whole = parse_number(f"{low_text} {high_text}")
                if whole:
                    yield Quantity(match.start(), match.end(), whole, None, False)
                continue
            if _scale_of(low_text) == 1 and _scale_of(high_text) > 1 and low < 1000:
                # "1.6 to 1.7 million", "1.2-million": the low end's decimals count too (1.6 million, not 1 million)
                decimal = _DECIMAL_LOW.fullmatch(low_text.strip())
                low = round(float(decimal.group()) * _scale_of(high_text)) if decimal else low * _scale_of(high_text)
                if sentence[match.end("low")] == "-" and _BARE_SCALE.fullmatch(high_text):
                    # "some 12-thousand residents", "35-hundred people", "1.2-million people": one number as
                    # broadcast copy writes it
                    yield Quantity(match.start(), match.end(), low, None, False)
                    continue
            elif (
                low < 1000 <= high
                and re.fullmatch(r"\d{1,3}", low_text.strip())
                and low * 1000 <= high < (low + 1) * 2000
            ):
                low *= 1000  # "5-6,000 people": five to six thousand, the thousands written once
            joiner = sentence[match.start("low") + len(low_text) : match.start("high")].strip().lower()
            if joiner == "to" and _CHANGE_FROM.search(sentence, max(0, match.start() - 40), match.start()):
                # "fell from 80,000 to 60,000", "rose from 2,000 to 5,500": the figure now is the second
                yield Quantity(match.start("high"), match.end(), high, None, False)
                continue
            if joiner == "to" and _CHANGE_BY.search(sentence, max(0, match.start() - 40), match.start()):
                # "has risen by 12,000 to 95,000": the change, then where it stands now; not a range
                yield Quantity(match.start("low"), match.start("low") + len(low_text), low, None, False)
                yield Quantity(match.start("high"), match.end(), high, None, False)
                continue
            if (
                joiner == "to"
                and _YEAR.fullmatch(low_text)
                and not _YEAR.fullmatch(high_text)
                and _YEAR_CUE.search(sentence, max(0, match.start() - 16), match.start())
            ):
                # "since April 2023 to 287,000": a year, then the count it runs to; not a range
                yield Quantity(match.start("high"), match.end(), high, None, False)
                continue
            if joiner == "and" and _SCALE_WORD_END.search(low_text) and high < _scale_of(low_text):
                # "six hundred and fifty": one number
                yield Quantity(match.start(), match.end(), low + high, None, False)
                continue
            if joiner == "and" and not match.group("between"):
                # "5,000 and 7,000 people" is two figures, not a range: yield both
                yield Quantity(match.start("low"), match.start("low") + len(low_text), low, None, False)
                yield Quantity(match.start("high"), match.end(), high, None, False)
                continue
            if high > low:
                yield Quantity(match.start(), match.end(), low, high, False)
                continue
            yield Quantity(match.start("low"), match.start("low") + len(low_text), low, None, False)
            continue
        short = _SHORT_STRAY.fullmatch(text)
        if short and _SHORT_STRAY_NOT_AFTER.search(sentence, max(0, match.start() - 30), match.start()):
            # "On June 30, 500 people": a day, then the count; two numbers
            yield Quantity(match.start(), match.start() + len(short.group(1)), int(short.group(1)), None, False)
            yield Quantity(match.end() - 3, match.end(), int(short.group(2)), None, False)
            continue
        stray = _STRAY_SPACE.fullmatch(text)
        if stray and _WHOLE_BEFORE.search(sentence, max(0, match.start() - 20), match.start()):
            # "Of the 950, 300 have returned": the whole, then a part of it; two counts, not one
            yield Quantity(match.start(), match.start() + 3, int(stray.group(1)), None, False)
            yield Quantity(match.end() - 3, match.end(), int(stray.group(2)), None, False)
            continue
        value = parse_number(text)
        if value is not None:
            plus = _PLUS.match(sentence, match.end())
            if plus:  # "10,000+ people", "5,000-plus people": more than that
                yield Quantity(match.start(), plus.end(), value, None, False, Qualifier.MORE_THAN)
                continue
            roughly = _ROUGHLY_AFTER.match(sentence, match.end())
            if roughly:  # "500-odd families", "a thousand or so people": about that many
                yield Quantity(match.start(), roughly.end(), value, None, False, Qualifier.APPROXIMATELY)
                continue
            yield Quantity(match.start(), match.end(), value, None, False)


_MONTH_BEFORE = re.compile(r"(?:\b(?:" + "|".join(_MONTHS) + r")\.?\s*)$")
_MONTH_DAY_AND = re.compile(
    r"\b(?:"
    + "|".join(name for name in _MONTHS if len(name) > 2)
    + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:and|or|to|-|–)\s*$",
    re.IGNORECASE,
)
_MONTH_AFTER = re.compile(r"\s*(?:" + "|".join(_MONTHS) + r")\b")
# a count grouped by commas, "9,500": no day of a month, nor a year
_GROUPED_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+")


# "3 in 4", "1 in 10": a small count out of another (not "1.1 million in 2022", a count in a year)
_RATIO_AFTER = re.compile(r"\s+in\s+\d{1,3}(?![\d,.])")
_NAMED_NUMBER = re.compile(
    r"\b(?-i:Rescue|Camp|Block|Zone|Sector|Route|Highway|Phase|Round|Site|Gate|Kilo|Ward|Unit|Team|Flight|"
    r"Resolution|Article|Section|Chapter|Annex|Grade|Level|Category|Station|Area|Point|Road|Street|Room|Building|"
    r"Decree|Law|Order|Bus|Line|Service|Helpline|Hotline|"
    # a report's number: "DTM Sudan – Weekly Displacement Snapshot 42", "Flash Update 67"
    r"Snapshot|Update|Report|Bulletin|Sitrep|SitRep|Alert|Issue|Edition)\s+(?:No\.?\s*|#\s*)?$"
)
_NUMBERED_UNIT = re.compile(
    r"[A-Z][\w'’\-]+\s+(?:ward|camp|block|zone|sector|site|kebele|village|section|extension|phase)\s+(?:no\.?\s*)?$"
)
_RATIO_BEFORE = re.compile(r"\d\s+in\s+$")
_MEASURE_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent|km|kilomet|mile|hours?|days?|weeks?|months?|years?|am|pm|a\.m|p\.m|st|nd|rd|th|"
    r"degrees?|°|celsius|fahrenheit|hectares?|ha|acres?|tonnes?|tons?|kg|kilos?|litres?|liters?|mm|cm|metres?|meters?|"
    r"sq(?:uare)?|"
    # money: "14,000 afghanis in cash", "50,000 shillings each"
    r"afghanis?|cedis?|rupees?|shillings?|naira|pesos?|reais|dollars?|euros?|pounds?|francs?|birr|kwacha|taka|"
    r"dinars?|riyals?|rials?|liras?|hryvnias?|yuan|yen|rupiah|baht|kyats?|leones?|meticais|ariary|somoni|tenge|"
    r"lari|manat|dirhams?|shekels?|gourdes?|quetzal(?:es)?|lempiras?|c[oó]rdobas?|bol[ií]vares|soles|guaran[ií]es)(?!\w)"
)
# money before the number: "IQD 4 million", "PHP 25 million", "Rs 5,000", "₱ 512,874"
_MONEY_BEFORE = re.compile(
    r"(?:[$€£₱₹₦¥₴₩₫৳]|\b(?:us|rs|r|ksh|tk|usd|eur|gbp|chf|iqd|php|kes|inr|pkr|ngn|etb|sdg|yer|syp|lbp|afn|bdt|npr|"
    r"mmk|cfa|fcfa|xof|xaf|cad|aud|sek|nok|dkk|brl|cop|mxn|htg|gtq|hnl|uah|try|jpy|cny|idr|vnd|thb|zar|mzn|mwk|zmw|"
    r"ugx|tzs|rwf|cdf|ssp|sos|mga))\.?\s*\$?\s*$",
    re.IGNORECASE,
)


def _looks_like_date_or_measure(sentence: str, q: Quantity) -> bool:
    before, after = sentence[max(0, q.start - 12) : q.start].lower(), sentence[q.end : q.end + 14].lower()
    if (_RATIO_AFTER.match(after) and q.value < 1000) or _RATIO_BEFORE.search(before):
        return True  # "3 in 4 of the displaced", "1 in 4 Syrians": a ratio
    if _MONTH_BEFORE.search(before) and not _GROUPED_COUNT.fullmatch(sentence, q.start, q.end):
        return True  # "in May 2023", "on June 3" (not "between January and May 9,500 households": a count)
    if _MONTH_AFTER.match(after):
        return True
    if q.value <= 31 and _MONTH_DAY_AND.search(sentence, max(0, q.start - 24), q.start):
        return True  # "between June 15 and 18", "on May 3 or 4": the second day of the month named before
    if _NAMED_NUMBER.search(sentence, max(0, q.start - 16), q.start) and q.value_high is None:
        return True  # "Rescue 1122", "Camp 11", "Round 17": a name with a number, not a count
    if _NUMBERED_UNIT.search(sentence, max(0, q.start - 40), q.start) and q.value < 100 and q.value_high is None:
        return True  # "Tsholotsho ward 7", "Kutupalong camp 4": a numbered part of a named place
    return bool(_MEASURE_AFTER.match(after)) or bool(_MONEY_BEFORE.search(before))


# the long patterns scan faster behind a look-ahead for the characters a match can start with: the same
# matches, less work (extraction.scanning)
_QUANTITY = guarded(_QUANTITY)


# more patterns behind the same look-ahead (measured one by one: each of these scans faster so; those that did
# not are left as written)
_MONEY_BEFORE, _GROUPING, _DIGITS_AND_SCALE = map(guarded, (_MONEY_BEFORE, _GROUPING, _DIGITS_AND_SCALE))
_POINT_THOUSANDS, _MONTH_DAY_AND, _NAMED_NUMBER = map(guarded, (_POINT_THOUSANDS, _MONTH_DAY_AND, _NAMED_NUMBER))
_APPROXIMATE_SIGN = guarded(_APPROXIMATE_SIGN)


# behind the same look-ahead too (measured in use over the shared and worldwide sets: each scans faster so)
_NUMBERED_UNIT, _MEASURE_AFTER = map(guarded, (_NUMBERED_UNIT, _MEASURE_AFTER))
