"""Find statements of displacement in English text: value, qualifier, unit, term, place, body, period, quote.

Pure and deterministic: no database, no network, no model download. The same text and gazetteer always give
the same candidates, and each candidate names the rule that produced it so that a reviewer can see why.

How it reads a sentence:
1. every quantity is found (digits with separators, "1.2 million", number words, ranges, vague amounts);
2. a quantity counts only when it is tied to people ("5,000 people", "300 families", "IDPs") or stands as the
   object/subject of a displacement word ("displaced 5,000", "5,000 have fled", "the number of IDPs rose to …");
3. the clause around it must say displacement (displaced, fled, evacuated, returned, sheltering in camps …) and
   the verb that governs the quantity must not be a trap (killed, wounded, fed, reached with aid, captured …);
4. place, reporting body and period are read from the sentence, falling back to the place the text last named.

Vague amounts take a documented lower bound with the qualifier "at least":
"dozens" → 12, "hundreds" → 100, "thousands" → 1,000, "tens of thousands" → 10,000,
"hundreds of thousands" → 100,000, "millions" → 1,000,000.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

from rapidfuzz import fuzz, process
from text_to_num import text2num

from tracker.choices import Category, DateAccuracy, Qualifier, Term, Unit
from tracker.text import name_key

# ------------------------------------------------------------------------------------------ sentences

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
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*\n")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text` (a paragraph break always ends a sentence)."""
    spans, start = [], 0
    for match in _BOUNDARY.finditer(text):
        before = text[start : match.start()].rsplit(None, 1)
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
        if s < e:
            result.append((s, e))
    return result


# -------------------------------------------------------------------------------------------- numbers

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
}
_WORD = r"(?:" + "|".join(_UNITS_WORDS + ["hundred", "thousand", "million", "billion"]) + r")"
_DIGITS = r"\d{1,3}(?:[,\u00a0\u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_RE = r"(?:hundred|thousand|million|billion|mln|mn|bn|m|k)\b"
_NUMBER = (
    rf"(?:(?:{_DIGITS})(?:\s*{_SCALE_RE})?"
    rf"|(?:half\s+a\s+million|a\s+(?:hundred|thousand|million)(?:\s+and\s+a\s+half)?"
    rf"|{_WORD}(?:(?:\s+and\s+|[\s-]+){_WORD})*))"
)
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
    r"(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|tens\s+of\s+millions|millions|thousands|hundreds|"
    r"dozens|scores)"
)
_QUANTITY = re.compile(
    rf"(?<![\w.,$€£%-])(?:(?P<between>between\s+)?(?P<low>{_NUMBER})\s*(?:-|–|—|to|and)\s*(?P<high>{_NUMBER})"
    rf"|(?P<single>{_NUMBER})|(?P<vague>{_VAGUE_RE}))(?![\w%])",
    re.IGNORECASE,
)


def parse_number(text: str) -> int | None:
    """ "1,200" → 1200, "1.2 million" → 1200000, "nearly one million" (without qualifier) → 1000000."""
    raw = text.strip().lower().replace("\u00a0", " ").replace("\u202f", " ")
    if raw.startswith("half a million"):
        return 500_000
    match = re.fullmatch(rf"({_DIGITS})\s*({_SCALE_RE})?", raw)
    if match:
        number = float(match.group(1).replace(",", "").replace(" ", ""))
        scale = _SCALE.get(match.group(2) or "", 1)
        return int(round(number * scale))
    words = re.sub(r"\s+and\s+a\s+half$", "", raw)
    half = words != raw
    words = re.sub(r"^a\s+", "one ", words).replace("-", " ")
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


# ------------------------------------------------------------------------------------------ vocabulary

_PERSON_NOUNS = (
    r"people|persons|individuals|civilians|residents|inhabitants|villagers|children|women|men|families|households|"
    r"idps|internally\s+displaced\s+(?:people|persons)|displaced\s+(?:people|persons)|syrians|iraqis|afghans|"
    r"sudanese|ukrainians|somalis|rohingya|palestinians|refugees|returnees|evacuees|survivors|migrants|others|"
    r"students|patients|farmers|herders|fishermen|newly\s+displaced|displaced|displacements|arrivals|"
    r"[a-z]+(?:ians|ans)|[a-z]+ese|"
    r"family|household|person|people"
)
_HOUSEHOLD = re.compile(r"^(?:families|households|family|household)$", re.IGNORECASE)
_ADJECTIVES = (
    r"(?:more|other|additional|new|further|local|internal|forced|total|ethnic|syrian|iraqi|afghan|sudanese|ukrainian|somali|palestinian|"
    r"internally|newly|already|mostly|many|vulnerable|civilian|ethnic|[a-z]+ian|[a-z]+i|innocent|young|elderly|"
    r"men,?|women,?|and|of\s+the|of\s+them|of\s+their|of\s+its|displaced|uprooted)"
)
_UNIT_AFTER = re.compile(rf"^\s*(?:of\s+)?(?:{_ADJECTIVES}\s+){{0,3}}(?P<noun>{_PERSON_NOUNS})\b", re.IGNORECASE)
# term → words that say it; the first that governs a quantity decides.
_TERMS: list[tuple[str, str]] = [
    (
        Term.RETURNED,
        r"return(?:ed|ing|s)?|returnees?|went\s+back|came\s+back|go\s+back|gone\s+back|(?:gone|went|go|going)\s+home|"
        r"sent\s+back|back\s+home",
    ),
    (
        Term.EVACUATED,
        r"evacuat(?:ed|ion|ions|ing|e)|evacuees|(?:moved|taken|brought|bussed|bused|transported)\s+out\s+of|(?:moved|transferred|taken|bussed|brought)\s+to\s+(?:[\w-]+\s+){0,2}"
        r"(?:shelters?|evacuation\s+cent(?:re|er)s|safe(?:r)?\s+(?:areas|places|ground)|higher\s+ground)",
    ),
    (Term.RELOCATED, r"relocat(?:ed|ion|ing|e)|resettle(?:d|ment)?|re-?housed"),
    (
        Term.IN_CAMPS,
        r"(?:sheltering|sheltered|taking\s+shelter|taken\s+shelter|living|staying|housed|crammed|packed|"
        r"squeezed|stranded|remain|remains|remained|remaining|"
        r"(?:sought|seeking|taken|took|found|finding)\s+(?:refuge|shelter))\s+(?:in|at|inside)\s+(?:(?:[\w-]+\s+){0,3})?(?:camps?|shelters?|tents?|"
        r"collective\s+centres?|collective\s+centers?|schools?|mosques?|churches|reception\s+centres?|"
        r"evacuation\s+cent(?:re|er)s?|temporary\s+shelters?|displacement\s+sites?|sites|facilities)|"
        r"in\s+(?:the\s+)?(?:displacement\s+|informal\s+|makeshift\s+)?camps|camps?,?\s+where|"
        r"in\s+(?:the\s+|a\s+)?(?:new\s+|nearby\s+|makeshift\s+)?camp\b|allocated\s+(?:tents|shelters?|caravans)|"
        r"sleeping\s+(?:in\s+the\s+open|rough|outdoors|outside|under|in\s+(?:cars|fields|tents|unfinished\s+buildings))|"
        r"camping\b|"
        r"in\s+(?:temporary\s+|emergency\s+|collective\s+)?(?:shelters|evacuation\s+cent(?:re|er)s)|"
        r"camps?\b[^.;]{0,30}\b(?:hosts?|hosting|house|housing|shelters?)|"
        r"now\s+(?:shelters|hosts|accommodates)",
    ),
    (
        Term.FLED,
        r"fled|flee(?:ing|s)?|escaped|escaping|running\s+for\s+their\s+lives|ran\s+away|crossed\s+into|"
        r"poured\s+into|(?:streamed|fled|headed|poured)\s+(?:north|south|east|west|northwards|southwards|out|into|"
        r"towards?|across)|exodus|arriving|(?:sought|seeking|taken|took|found)\s+refuge|"
        r"(?:new\s+)?arrivals|arrived|(?-i:left\s+(?=[A-Z]))|crossed\s+(?:from|over|the\s+border)|"
        r"cross(?:es|ing)?\s+into|left\s+(?:the\s+|their\s+)?(?:city|town|village|area|region|country|camps?|district)",
    ),
    (
        Term.DISPLACED,
        r"displac(?:ed|ement|ements|ing|es?)|uprooted|made\s+homeless|left\s+homeless|lost\s+their\s+homes|"
        r"forced\s+(?:out\s+)?(?:from|out\s+of)\s+their\s+homes|driven\s+(?:from|out\s+of)\s+their\s+homes|"
        r"forced\s+to\s+leave|left\s+their\s+homes|abandon(?:ed|ing)?\s+their\s+(?:\w+\s+)?homes|on\s+the\s+move|idps|"
        r"homeless|internally\s+displaced|(?:from|out\s+of)\s+their\s+homes|without\s+(?:a\s+)?(?:shelter|homes?|roof)|"
        r"forced(?=\s+(?:[\w,]+\s+){1,5}(?:out\s+of|from\s+their))|forced\s+to\s+(?:move|leave|relocate)|"
        r"(?:moved|moving)\s+(?:from|towards?|north|south|east|west|northwards|southwards)",
    ),
]
_TERM_RE = [(term, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)) for term, pattern in _TERMS]
_ANY_TERM = re.compile("|".join(f"(?:\\b(?:{p})\\b)" for _, p in _TERMS), re.IGNORECASE)
_TRAPS = re.compile(
    r"\b(?:killed|kill|killing|dead|died|die|deaths?|death\s+toll|wounded|injured|injuries|hurt|casualties|"
    r"massacred|executed|murdered|missing|arrested|detained|abducted|kidnapped|"
    r"fed|feed|feeds|feeding|food|meals|rations|reached|reaching|reach|assisted|assist|assistance|aid|vaccinated|"
    r"treated|received|receiving|support|supported|supporting|target|targeting|exposed|blankets|kits|"
    r"separated|"
    r"built\s+to|designed\s+(?:to|for)|capacity|"
    r"served|affected|affecting|benefit(?:ed|ing|s)?|beneficiaries|distributed|delivered|provided|supplied|helped|enrolled|"
    r"captured|seized|recaptured|took\s+control|taken|destroyed|damaged|shelled|bombed|struck|hit|targeted|"
    r"vehicles|trucks|lorries|tanks|convoys?|posts|checkpoints|towns|villages|cities|neighbourhoods|"
    r"neighborhoods|buildings|houses|homes\s+were|schools|hospitals|tents|shelters\s+were|airstrikes|strikes|"
    r"rockets|shells|missiles|soldiers|troops|fighters|militants|rebels|police|officers|staff|workers|volunteers|"
    r"doctors|teachers|dollars|euros|tonnes|tons|kilometres|kilometers|km|miles|hectares|percent|per\s+cent|"
    r"votes|voters|cases|infected|infections|tested|cholera|covid|starving|hungry|food[-\s]insecure|"
    r"in\s+need|need\s+(?:humanitarian\s+)?(?:aid|assistance|help)|require|requiring|at\s+risk|could\s+be|"
    r"may\s+be|might\s+be|would\s+be|could\s+flee|may\s+flee|might\s+flee|risk\s+of|threatened|expected\s+to|"
    r"planned|plans\s+to|prepared\s+for|contingency|capacity|can\s+host|can\s+accommodate|up\s+to\s+\d)\b",
    re.IGNORECASE,
)
_STOCK_CUES = re.compile(
    r"\b(?:remain(?:s|ed)?|still|currently|now\s+(?:live|living|shelter)|are\s+(?:now\s+)?(?:displaced|living|"
    r"sheltering|staying|internally)|is\s+home\s+to|live\s+in|living\s+in|sheltering|host(?:s|ing)?|in\s+total|"
    r"total\s+number|overall|stands\s+at|as\s+of)\b",
    re.IGNORECASE,
)
_QUALIFIERS: list[tuple[str, str]] = [
    (Qualifier.NEARLY, r"nearly|almost|close\s+to|just\s+(?:under|short\s+of)|approaching|not\s+far\s+from"),
    (
        Qualifier.MORE_THAN,
        r"more\s+than|over|upwards\s+of|in\s+excess\s+of|above|exceeding|exceeded|topping|well\s+over|beyond|"
        r"passed|surpassed|topped",
    ),
    (Qualifier.AT_LEAST, r"at\s+least|a\s+minimum\s+of|no\s+fewer\s+than|no\s+less\s+than"),
    (Qualifier.LESS_THAN, r"less\s+than|fewer\s+than|under|below"),
    (Qualifier.UP_TO, r"up\s+to|as\s+many\s+as|as\s+much\s+as|a\s+maximum\s+of"),
    (
        Qualifier.APPROXIMATELY,
        r"about|around|approximately|roughly|some|an\s+estimated|estimated|est\.|circa|c\.|nearly\s+about|"
        r"an\s+approximate|approx\.?|or\s+so|roughly\s+speaking",
    ),
]
_QUALIFIER_RE = [(q, re.compile(rf"\b(?:{p})\s*(?:the\s+)?$", re.IGNORECASE)) for q, p in _QUALIFIERS]
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_NOT_PLACES = set(_MONTHS) | {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "the",
    "a",
    "an",
    "this",
    "that",
    "their",
    "its",
    "his",
    "her",
    "total",
    "addition",
    "all",
    "recent",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "recent weeks",
    "response",
    "need",
    "order",
    "particular",
    "fear",
    "search",
    "desperation",
    "panic",
    "spite",
    "view",
}

# ---------------------------------------------------------------------------------------- gazetteer


@dataclass(frozen=True)
class Place:
    region_id: int | None
    pcode: str
    name: str
    depth: int


@dataclass
class Gazetteer:
    """Names and aliases of regions, folded with name_key; broadest region first for each name."""

    places: dict[str, list[Place]] = field(default_factory=dict)
    bodies: dict[str, tuple[int | None, str]] = field(default_factory=dict)

    def add_place(self, name: str, place: Place) -> None:
        key = name_key(name)
        if key:
            entries = self.places.setdefault(key, [])
            if place not in entries:
                entries.append(place)
                entries.sort(key=lambda p: (p.depth, p.pcode == ""))

    def add_body(self, name: str, body_id: int | None, canonical: str) -> None:
        key = name_key(name)
        if key:
            self.bodies.setdefault(key, (body_id, canonical))

    def lookup(self, text: str, fuzzy: bool = False) -> Place | None:
        key = name_key(text)
        if key in self.places:
            return self.places[key][0]
        if fuzzy and len(key) >= 5:
            match = process.extractOne(key, self.places.keys(), scorer=fuzz.ratio, score_cutoff=86)
            if match:
                return self.places[match[0]][0]
        return None


# --------------------------------------------------------------------------------------------- output


@dataclass
class Candidate:
    value: int
    value_high: int | None
    qualifier: str
    unit: str
    term: str
    category: str
    location: str | None
    region_pcode: str | None
    reporting_body: str | None
    quote: str
    start: int
    end: int
    region_id: int | None = None
    reporting_body_id: int | None = None
    period_start: date | None = None
    period_end: date | None = None
    period_accuracy: str | None = None
    rule: str = ""

    def as_json(self) -> dict:
        data = asdict(self)
        for key in ("period_start", "period_end"):
            data[key] = data[key].isoformat() if data[key] else None
        return data


# ------------------------------------------------------------------------------------------- extractor

_CAPITALISED_PLACE = re.compile(
    r"\b(?i:in|from|of|near|around|across|outside|to|at|towards?|into|inside|throughout|within|for|fled|fleeing|"
    r"left|leaving|escaped|entered|reached|west\s+of|"
    r"east\s+of|north\s+of|south\s+of)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|north-western|"
    r"north-eastern|south-western|south-eastern|northwest|northeast|southwest|southeast|central|rural|neighbouring|"
    r"neighboring|nearby|"
    r"besieged|rebel-held|opposition-held|government-held)\s+)?"
    r"(?P<name>[A-Z][\w'’\-]+(?:\s+(?:(?:al|el|ad|ar|as|ash|at|az|an|bin|de|du|la|le|of)[\s-]+)?[A-Z][\w'’\-]+){0,3})"
)
_ANY_CAPITALISED = re.compile(
    r"(?P<name>[A-Z][\w'’\-]+(?:\s+(?:(?:al|el|ad|ar|as|ash|at|az|an|bin|de|of)[\s-]+)?[A-Z][\w'’\-]+){0,3})"
)
_BODY_CUE = re.compile(
    r"(?:according\s+to|said|says|reported|reports|estimated|estimates|announced|stated|told|noted|warned|"
    r"added|documented|recorded|counted|registered|figures\s+from|data\s+from|estimates\s+from|statement\s+from|"
    r"figures\s+by|data\s+by|report\s+by|citing|cited)",
    re.IGNORECASE,
)
_BODY_PHRASE = (
    r"(?:[Tt]he\s+)?(?:"
    r"[A-Z][a-z]+\s+(?:officials|authorities|police|forces|army|military|rescuers|medics|(?:state\s+)?media|"
    r"state\s+television|news\s+agency)\b"
    r"|[A-Z][\w'’&.\-]*(?:\s+(?:(?:for|of|on|and|the|des|de|du)\s+)?[A-Z][\w'’&.\-]*){0,7}"
    r"|(?i:local)\s+(?:councils?|officials?|authorities|sources|residents|activists|media|reports)"
    r"|(?i:local|camp|aid|relief|humanitarian|government|turkish|syrian|un)\s+(?:officials?|workers|groups?|"
    r"agencies|organisations|organizations|monitors|authorities|sources)"
    r"|(?i:officials|activists|witnesses|residents)"
    r"|(?i:regional|state|provincial|district|federal|county|municipal|camp)\s+(?i:officials|authorities|managers)"
    r"|(?:(?i:regional|state|provincial|local|national|city|district|county|military|border|coast)\s+)?"
    r"(?i:ministry|government|authorities|police|army|military|administration|governor|mayor|guard|guards)"
    r"|(?i:city|municipal|town|county|district)\s+(?:corporation|council|authorities|officials|administration|hall)"
    r"|(?i:camp)\s+(?:managers|management|administration)"
    r"|[A-Z][a-z]+\s+(?:officials|authorities|police|forces|army|military|rescuers|medics)"
    r"|(?:(?i:national|state|regional|provincial|local|federal|city|county)\s+)?"
    r"(?i:disaster|relief|aid|humanitarian|migration|refugee|health|emergency|civil\s+defen[cs]e|civil\s+protection)"
    r"\s+(?:agency|agencies|authority|authorities|office|ministry|department|service)"
    r")"
    r"(?:\s+(?:refugee|children's|children’s|migration|humanitarian|food|health|aid|relief)\s+(?:agency|office|"
    r"organi[sz]ation|body|chief|coordinator))?"
    r"(?:\s+(?:group|network|council|committee|team|unit|cluster|coalition))?"
)
_SAYS = (
    r"said|says|say|reported|reports|estimated|estimates|announced|stated|told|noted|warned|added|documented|"
    r"recorded|counted|registered|ordered|put|puts"
)
_BODY_BEFORE_CUE = re.compile(
    rf"(?P<body>{_BODY_PHRASE})"
    r"(?:['’]s)?(?:\s+(?:chief|head|spokesperson|spokesman|spokeswoman|official|representative|director|"
    r"coordinator|envoy)(?:\s+[A-Z][\w'’\-]+){0,3})?"
    r"(?:\s+(?:of|in|for)\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?"  # "the local council of Saraqib said"
    r"(?:\s+(?:province|governorate|district|region|state|city|town))?)?"
    rf"(?:,\s*[^,]{{1,80}},)?\s+(?:{_SAYS})\b"
)
_BODY_AFTER_CUE = re.compile(
    r"(?:[Aa]ccording\s+to|(?:registered|reported|recorded|counted|documented|estimated|verified)\s+by|figures\s+from|data\s+from|estimates\s+from|statement\s+from|figures\s+by|data\s+by|"
    rf"report\s+by|citing|(?:{_SAYS})(?=\s+(?:the\s+)?[A-Z]))\s+(?P<body>{_BODY_PHRASE})"
)
_NOT_BODIES = {
    "local reports",
    "local sources",
    "local media",
    "witnesses",
    "residents",
    "local residents",
    "activists",
    "local activists",
    "sources",
    "reports",
    "media reports",
    "it",
    "he",
    "she",
    "they",
    "we",
}
_ORG_WORDS = re.compile(
    r"\b(?:agency|organi[sz]ation|council|councils|office|committee|ministry|observatory|network|centre|center|"
    r"cluster|authority|authorities|crescent|cross|programme|program|fund|commission|group|watch|coalition|"
    r"government|defence|defense|nations|union|bank|institute|foundation|unit|department|federation|mission|"
    r"officials|workers|groups|monitors|agencies|organisations|organizations|police|army|military|forces|"
    r"rescuers|medics|service|corporation|administration|managers|management|governor|mayor|guard|guards|"
    r"coordinators|media|television|manager|official)\b",
    re.IGNORECASE,
)


def _clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): split on ';', ', while', ', but', ', whereas', ' while ' and ' and N'."""
    separators = list(
        re.finditer(
            r";|,\s*(?:while|but|whereas|and\s+(?=\d)|as\s+well\s+as)\b|\bwhile\b|\bwhereas\b|\bbut\b|\band\s+(?=(?:at\s+least\s+|"
            r"more\s+than\s+|some\s+|about\s+|nearly\s+|another\s+)?\d)|\.\s",
            sentence,
            re.IGNORECASE,
        )
    )
    left = max((m.end() for m in separators if m.end() <= start), default=0)
    right = min((m.start() for m in separators if m.start() >= end), default=len(sentence))
    return left, right


_COORDINATED = re.compile(
    r"\s*,?\s*and\s+(?:(?:some|about|around|nearly|almost|more\s+than|over|at\s+least|another)\s+)?\d", re.IGNORECASE
)
_ONLY_QUALIFIERS = re.compile(
    r"\s*(?:(?:some|about|around|nearly|almost|more\s+than|over|at\s+least|an\s+estimated|estimated|up\s+to|"
    r"as\s+many\s+as|another|a\s+further|an\s+additional|roughly|approximately|close\s+to|the|a\s+total\s+of|"
    r"at\s+most|fewer\s+than|less\s+than|nearly|to|for|with)\s+)*",
    re.IGNORECASE,
)


def _qualifier_before(prefix: str) -> str:
    tail = prefix[-40:]
    for qualifier, pattern in _QUALIFIER_RE:
        if pattern.search(tail):
            return qualifier
    return Qualifier.EXACT


@dataclass
class _Quantity:
    start: int
    end: int
    value: int
    value_high: int | None
    vague: bool


def _quantities(sentence: str) -> Iterator[_Quantity]:
    for match in _QUANTITY.finditer(sentence):
        text = match.group()
        if match.group("vague"):
            key = re.sub(r"\s+", " ", text.lower())
            yield _Quantity(match.start(), match.end(), _VAGUE[key], None, True)
            continue
        if match.group("low"):
            low_text, high_text = match.group("low"), match.group("high")
            low, high = parse_number(low_text), parse_number(high_text)
            if low is None or high is None:
                continue
            if _scale_of(low_text) == 1 and _scale_of(high_text) > 1 and low < 1000:
                low *= _scale_of(high_text)
            joiner = sentence[match.start("low") + len(low_text) : match.start("high")].strip().lower()
            if joiner == "and" and not match.group("between"):
                # "5,000 and 7,000 people" is two figures, not a range: yield both
                yield _Quantity(match.start("low"), match.start("low") + len(low_text), low, None, False)
                yield _Quantity(match.start("high"), match.end(), high, None, False)
                continue
            if high > low:
                yield _Quantity(match.start(), match.end(), low, high, False)
                continue
            yield _Quantity(match.start("low"), match.start("low") + len(low_text), low, None, False)
            continue
        value = parse_number(text)
        if value is not None:
            yield _Quantity(match.start(), match.end(), value, None, False)


def _is_year(sentence: str, q: _Quantity) -> bool:
    text = sentence[q.start : q.end]
    if not re.fullmatch(r"(?:19|20)\d\d", text) or q.value_high is not None:
        return False
    return not _UNIT_AFTER.match(sentence[q.end :])  # "2000 people fled" is a number, "in 2011" a year


def _looks_like_date_or_measure(sentence: str, q: _Quantity) -> bool:
    before, after = sentence[max(0, q.start - 12) : q.start].lower(), sentence[q.end : q.end + 14].lower()
    if re.match(r"\s+in\s+\d", after) or re.search(r"\d\s+in\s+$", before):
        return True  # "3 in 4 of the displaced", "1 in 4 Syrians": a ratio
    if re.search(r"(?:\b(?:" + "|".join(_MONTHS) + r")\.?\s*)$", before):
        return True
    if re.match(r"\s*(?:" + "|".join(_MONTHS) + r")\b", after):
        return True
    return bool(
        re.match(
            r"\s*(?:%|percent|per\s+cent|km|kilomet|mile|hours?|days?|weeks?|months?|years?|"
            r"am|pm|a\.m|p\.m|st|nd|rd|th)\b",
            after,
        )
    ) or before.endswith(("$", "€", "£", "us$"))


_PART_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|an\s+estimated\s+)?(?=\d)")


def _unit_and_link(sentence: str, q: _Quantity) -> tuple[str, int, str] | None:
    """The unit the quantity counts, where its noun phrase ends, and how it is tied to displacement."""
    after = sentence[q.end :]
    if re.search(r"\d\s+of\s+(?:the\s+|its\s+|their\s+|an\s+estimated\s+)?$", sentence[: q.start]):
        return None  # "2,000 of the 5,000 residents": 5,000 is the population, not a figure
    part = _PART_OF.match(after)
    if part:  # "Some 2,000 of the 5,000 residents have fled": the first number takes the noun after the second
        base = next(_QUANTITY.finditer(sentence, q.end + part.end()), None)
        noun = _UNIT_AFTER.match(sentence[base.end() :]) if base else None
        if noun:
            unit = Unit.HOUSEHOLD if _HOUSEHOLD.match(noun.group("noun").lower()) else Unit.PERSON
            return unit, base.end() + noun.end(), "noun"
    noun = _UNIT_AFTER.match(after)
    if noun:
        word = noun.group("noun").lower()
        if word in ("others",) and not _ANY_TERM.search(after[: noun.end() + 40]):
            return None
        unit = Unit.HOUSEHOLD if _HOUSEHOLD.match(word) else Unit.PERSON
        return unit, q.end + noun.end(), "noun"
    # "5,000 have fled", "200,000 displaced", "3,000 were evacuated"
    if re.match(
        r"\s*(?:more\s+|others?\s+|additional\s+|of\s+them\s+)?(?:have|had|has|were|are|was|had\s+been|have\s+been|"
        r"were\s+being|are\s+being)?\s*(?:now\s+|since\s+|already\s+|reportedly\s+|also\s+)?"
        rf"(?:{_ANY_TERM.pattern})",
        after,
        re.IGNORECASE,
    ):
        return Unit.PERSON, q.end, "subject"
    before = sentence[: q.start]
    # "displaced 5,000", "forced 5,000 to flee", "uprooted some 20,000"
    if re.search(
        rf"(?:{_ANY_TERM.pattern}|forced|forcing|driven|drove|pushed|sent)\s+(?:(?:some|about|around|nearly|almost|"
        r"more\s+than|over|at\s+least|an\s+estimated|up\s+to|as\s+many\s+as|another|a\s+further|an\s+additional|"
        r"roughly|approximately|close\s+to|the)\s+)*$",
        before,
        re.IGNORECASE,
    ):
        if re.match(
            r"\s*(?:to\s+(?:flee|leave)|from\s+their\s+homes|out\s+of\s+their\s+homes|people|$|[,.;]|\s+in\b|"
            r"\s+from\b|\s+since\b|\s+across\b|\s+over\b)",
            after,
            re.IGNORECASE,
        ):
            return Unit.PERSON, q.end, "object"
    # "the number of IDPs/displaced people rose to 1.2 million", "IDPs total 300,000"
    if re.search(
        r"(?:number|total|tally|count|figure|population)\s+of\s+(?:the\s+)?(?:newly\s+|internally\s+)?"
        r"(?:displaced(?:\s+(?:people|persons|families|households))?|idps|evacuees|returnees|people\s+displaced|"
        r"(?:[A-Z][a-z]+\s+)?refugees|"
        r"people\s+who\s+(?:have\s+|had\s+)?(?:fled|left\s+their\s+homes|been\s+displaced)|displacement|people\s+(?:evacuated|uprooted|relocated|returned|displaced)|"
        r"people\s+(?:living|sheltering|staying)\s+in\s+(?:[\w-]+\s+){0,2}camps)\b[^.;]{0,60}?"
        r"(?:to|at|reached|reaches|hit|hits|stood\s+at|stands\s+at|is|was|of|exceeded|surpassed|passed|topped|"
        r"climbed\s+to|rose\s+to|jumped\s+to|passed|crossed|risen\s+to|grown\s+to)\s+(?:(?:some|about|around|nearly|almost|more\s+than|over|at\s+least|"
        r"an\s+estimated|roughly|approximately|close\s+to)\s+)*$",
        before,
        re.IGNORECASE,
    ):
        unit = (
            Unit.HOUSEHOLD if re.search(r"(?:families|households)[^.;]{0,60}$", before, re.IGNORECASE) else Unit.PERSON
        )
        return unit, q.end, "number-of"
    # "IDPs: 300,000", "displacement reached 500,000", "idps numbered 40,000"
    if re.search(
        r"\b(?:idps|displaced(?:\s+population)?|evacuees|returnees|displacement|camp(?:['’]s)?\s+population)\b[^.;\d]{0,40}?"
        r"\s(?:now\s+)?(?:number(?:ed|s)?|total(?:led|ed|s)?|reached|stood\s+at|stand\s+at|rose\s+to|climbed\s+to|"
        r"exceed(?:ed|s)?|(?:has\s+|have\s+)?(?:doubled|tripled|grown|increased|risen|jumped)\s+to|"
        r"(?:grew|increased|rose|swelled)\s+by)\s+(?:(?:some|about|around|nearly|"
        r"almost|more\s+than|over|at\s+least|an\s+estimated)\s+)*$",
        before,
        re.IGNORECASE,
    ):
        return Unit.PERSON, q.end, "number-of"
    return None


class _Shifted:
    """A match seen through positions relative to the clause start, like the matches found in `before`."""

    def __init__(self, match, offset):
        self._match, self._offset = match, offset

    def group(self):
        return self._match.group()

    def start(self):
        return self._match.start() + self._offset

    def end(self):
        return self._match.end() + self._offset


def _governing_term_at(sentence: str, clause: tuple[int, int], q: _Quantity, noun_end: int, link: str):
    """(term, how, where the term stands) for the word that governs the quantity; None when a trap does."""
    left, right = clause
    before = sentence[left : q.start]
    after = sentence[noun_end:right]
    next_term = _ANY_TERM.search(after)
    # an appositive between the people and their verb is not what happened to them:
    # "two million Gazans, or 90 percent of the population, have been displaced"
    appositive = re.match(r"\s*,[^,]{1,60},", after)
    next_trap = _TRAPS.search(" " * appositive.end() + after[appositive.end() :] if appositive else after)
    last_term = None
    for m in _ANY_TERM.finditer(sentence, left):  # the whole sentence: some terms look ahead past the number
        if m.start() >= q.start:
            break
        last_term = m
    if last_term is not None:
        last_term = _Shifted(last_term, -left)
    last_trap = None
    for m in _TRAPS.finditer(before):
        last_trap = m
    # the quantity's own noun phrase may carry the term ("5,000 displaced people", "3,000 IDPs")
    own = _ANY_TERM.search(sentence[q.end : noun_end])
    if (
        link != "number-of"
        and last_trap
        and _ONLY_QUALIFIERS.fullmatch(before[last_trap.end() :])
        and (last_term is None or last_term.end() <= last_trap.start())
    ):
        return None  # "killed 21 people", "fed 1.4 million displaced people", "can accommodate 5,000 families"
    if link == "object" and last_term and (last_trap is None or last_trap.end() < last_term.start()):
        return _term_of(last_term.group()), "object", left + last_term.start()
    if next_term and (next_trap is None or next_term.start() <= next_trap.start()):
        gap = after[: next_term.start()]
        # a term far away after another verb is not ours ("5 people were killed as 200 fled")
        if len(gap) <= 90 and not re.search(r"\b(?:were|was|have|has|had)\s+(?!been\b)\w+ed\b", gap):
            return _term_of(next_term.group()), "verb-after", noun_end + next_term.start()
    if own and not (next_trap and next_trap.start() < 25):
        return _term_of(own.group()), "noun-phrase", q.end + own.start()
    if last_term and (last_trap is None or last_trap.end() < last_term.start()):
        between = before[last_term.end() :]
        if len(between) <= 80 and not re.search(r"\d", between.replace(sentence[q.start : q.end], "")):
            if next_trap is None or next_trap.start() > 30 or link in ("number-of", "subject"):
                return _term_of(last_term.group()), "term-before", left + last_term.start()
    if link == "number-of":
        window = sentence[max(0, q.start - 120) : q.start]
        if re.search(r"refugees\b[^.;]{0,60}$", window, re.IGNORECASE):
            return Term.FLED, "number-of", q.start
        if re.search(r"\bcamp(?:['’]s)?\s+population\b", window, re.IGNORECASE):
            return Term.IN_CAMPS, "number-of", q.start
        term_match = _ANY_TERM.search(sentence[max(0, q.start - 120) : q.start])
        if term_match:
            return _term_of(term_match.group()), "number-of", max(0, q.start - 120) + term_match.start()
    return None


_HYPOTHETICAL = re.compile(
    r"\b(?:plans?|planning|planned|aims?|aiming|intends?|intending|set|expected|likely|due|going|threatens?|"
    r"threatening|prepared|preparing|could|would|may|might|will|risk|risks|ready)\s+(?:to\s+)?(?:be\s+|have\s+)?"
    r"(?:\w+\s+){0,2}$|\bto\s+be\s+$|\b(?:possible|potential|projected|anticipated|feared|further\s+possible)\s+$",
    re.IGNORECASE,
)
_BENEFICIARY = re.compile(
    r"\b(?:to|for|among|with|between|(?<!total\s)(?<!number\s)of)\s+(?:(?:some|about|around|nearly|almost|more\s+than|over|at\s+least|"
    r"an\s+estimated|up\s+to|the)\s+)*$",
    re.IGNORECASE,
)


_PERCENT_OF = re.compile(r"(?:percent|per\s+cent|%)\s+of\s+(?:the\s+|those\s+|these\s+)?$", re.IGNORECASE)


def _governing_term(sentence: str, clause: tuple[int, int], q: _Quantity, noun_end: int, link: str):
    """The displacement word that governs the quantity, or None when the quantity is not a displacement figure:
    something that may happen ("plans to relocate 20,000"), or people only described as displaced while
    something else happens to them ("distributed blankets to 10,000 displaced families")."""
    before = sentence[clause[0] : q.start]
    if _PERCENT_OF.search(before):
        return None  # "70 per cent of the 1.5 million displaced": the share is the point, not the figure
    object_verb = None
    for m in _ANY_TERM.finditer(sentence, clause[0]):
        if m.start() >= q.start:
            break
        object_verb = m
    if object_verb and _ONLY_QUALIFIERS.fullmatch(sentence[object_verb.end() : q.start]):
        if _HYPOTHETICAL.search(sentence[max(clause[0], object_verb.start() - 40) : object_verb.start()]):
            return None  # "would resettle 5,000 families displaced by the floods"
    found = _governing_term_at(sentence, clause, q, noun_end, link)
    if found is None:
        return None
    term, how, where = found
    if _HYPOTHETICAL.search(sentence[max(clause[0], where - 40) : where]):
        return None
    if how == "noun-phrase" and (_TRAPS.search(before) or _BENEFICIARY.search(before)):
        return None
    return term, how


def _term_of(word: str) -> str:
    # words whose pattern needs the text after them ("have left Nagorno-Karabakh", "forced 1,500 out of Binnish")
    if re.fullmatch(r"left\s*", word, re.IGNORECASE):
        return Term.FLED
    if re.fullmatch(r"forced\s*", word, re.IGNORECASE):
        return Term.DISPLACED
    for term, pattern in _TERM_RE:
        if pattern.fullmatch(word):
            return term
    for term, pattern in _TERM_RE:
        if pattern.search(word):
            return term
    return Term.OTHER


def _category(sentence: str, term: str) -> str:
    if term == Term.IN_CAMPS:
        return Category.STOCK
    if _STOCK_CUES.search(sentence) and not re.search(r"\b(?:since|past|last|this)\s+(?:week|month|day)", sentence):
        return Category.STOCK
    return Category.FLOW


def _places_in(sentence: str, gazetteer: Gazetteer) -> list[tuple[int, str, Place | None]]:
    """Places named in a sentence: (position, as written, gazetteer entry or None)."""
    found: dict[int, tuple[int, str, Place | None]] = {}
    for match in _CAPITALISED_PLACE.finditer(sentence):
        previous = sentence[: match.start()].split()[-1:]
        if previous and previous[0][:1].isupper() and _ORG_WORDS.fullmatch(previous[0].strip(",")):
            continue  # "Organization for Migration", "Ministry of Health"
        name = match.group("name").strip(" ,.'’")
        name = re.sub(r"^.*['’]s\s+(?=[A-Z])", "", name)  # "Ethiopia's Amhara" → "Amhara"
        name = re.sub(r"['’]s$", "", name)
        if name.lower() in _NOT_PLACES or _ORG_WORDS.search(name) or name_key(name) in gazetteer.bodies:
            continue
        if re.fullmatch(r"[A-Z][a-z]+(?:ish|ian|ese)", name) and not gazetteer.lookup(name):
            continue  # "the Turkish border", "Syrian forces"
        if re.match(r"\s+(?:military|forces|army|officials|authorities|government|troops|police)\b",
                    sentence[match.end("name") :]):  # fmt: skip
            continue  # "the Israeli military"
        place = _longest_known(name, gazetteer, fuzzy=True)
        if place:
            found[match.start("name")] = (match.start("name"), place[0], place[1])
        elif not re.fullmatch(r"[A-Z]{2,6}", name):
            found[match.start("name")] = (match.start("name"), name, None)
    headline = re.match(r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}):\s", sentence)
    if headline and name_key(headline.group("name")) not in gazetteer.bodies:
        place = _longest_known(headline.group("name"), gazetteer, fuzzy=True)
        found[0] = (0, place[0], place[1]) if place else (0, headline.group("name"), None)
    for match in _ANY_CAPITALISED.finditer(sentence):
        if match.start() in found:
            continue
        after_verb = re.search(
            r"\b(?:fled|left|reached|entered|hit|into|toward|towards)\s+$", sentence[: match.start()]
        )
        place = _longest_known(match.group("name"), gazetteer, fuzzy=bool(after_verb))
        if place and name_key(place[0]) not in gazetteer.bodies:
            found[match.start()] = (match.start(), place[0], place[1])
    return sorted(found.values(), key=lambda item: item[0])


def _longest_known(name: str, gazetteer: Gazetteer, fuzzy: bool) -> tuple[str, Place] | None:
    words = name.split()
    for size in range(len(words), 0, -1):
        for start in range(0, len(words) - size + 1):
            piece = " ".join(words[start : start + size]).strip(" ,.'’")
            piece = re.sub(r"['’]s$", "", piece)
            place = gazetteer.lookup(piece, fuzzy=fuzzy and size == len(words))
            if place:
                return piece, place
    return None


def _body_in(sentence: str, gazetteer: Gazetteer) -> tuple[str, int | None, str] | None:
    """The reporting body a sentence attributes its figure to: (as written, body id, rule) or None."""
    headline = re.match(r"([A-Z][\w'’&.\-]*(?:\s+[A-Z][\w'’&.\-]*){0,3}):\s", sentence)
    if headline and gazetteer.bodies.get(name_key(headline.group(1))):
        return headline.group(1), gazetteer.bodies[name_key(headline.group(1))][0], "body-headline"
    for pattern, rule in ((_BODY_AFTER_CUE, "body-after-cue"), (_BODY_BEFORE_CUE, "body-before-cue")):
        for match in pattern.finditer(sentence):
            raw = match.group("body").strip(" ,.")
            raw = re.sub(r"^(?:the|The)\s+", "", raw)
            raw = re.sub(r"['’]s$", "", raw)
            resolved = _resolve_body(raw, gazetteer)
            if resolved:
                return resolved[0], resolved[1], rule
            if raw.lower() in _NOT_BODIES or not raw:
                continue
            if re.fullmatch(r"[A-Z]{2,8}(?:\s+[A-Z]{2,8})?", raw) or _ORG_WORDS.search(raw):
                return raw, None, rule
    return None


def _resolve_body(raw: str, gazetteer: Gazetteer) -> tuple[str, int | None] | None:
    """A body phrase as written, with the id of the body it names: the whole phrase, else its leading words
    ("IOM Displacement Tracking Matrix" → IOM). "Turkish Red Crescent" does not become "Red Crescent"."""
    words = raw.split()
    for size in range(len(words), 0, -1):
        piece = " ".join(words[:size])
        entry = gazetteer.bodies.get(name_key(piece)) or gazetteer.bodies.get(name_key("the " + piece))
        if entry:
            return raw, entry[0]
    return None


# ------------------------------------------------------------------------------------------- periods

_DAY_MONTH = (
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[A-Z][a-z]+)|(?P<m2>[A-Z][a-z]+)\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d))?"
)
_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "a": 1,
}


def _month_number(name: str | None) -> int | None:
    return _MONTHS.get((name or "").lower().rstrip("."))


def _before_or_on(reference: date, month: int, day: int, year: int | None) -> date | None:
    try:
        candidate = date(year or reference.year, month, day)
    except ValueError:
        return None
    if year is None and candidate > reference:
        candidate = candidate.replace(year=candidate.year - 1)
    return candidate


def extract_period(sentence: str, published: date | None) -> tuple[date, date, str] | None:
    """The period a sentence gives, resolved against the document's publication date."""
    if published is None:
        return None
    text = sentence
    match = re.search(rf"\bsince\s+(?:early\s+|late\s+|mid-?)?{_DAY_MONTH}", text)
    if match and _month_number(match.group("m1") or match.group("m2")):
        day = int(match.group("d1") or match.group("d2"))
        start = _before_or_on(
            published,
            _month_number(match.group("m1") or match.group("m2")),
            day,
            int(match.group("y")) if match.group("y") else None,
        )
        if start:
            return start, published, DateAccuracy.DAY
    match = re.search(r"\bsince\s+(?:early\s+|late\s+|mid-?)?(?P<m>[A-Z][a-z]+)(?:\s+(?P<y>(?:19|20)\d\d))?\b", text)
    if match and _month_number(match.group("m")):
        start = _before_or_on(
            published, _month_number(match.group("m")), 1, int(match.group("y")) if match.group("y") else None
        )
        if start:
            return start, published, DateAccuracy.MONTH
    match = re.search(
        r"\b(?:in|during|over)\s+the\s+first\s+(?P<n>\w+)\s+(?P<what>days|weeks)\s+of\s+(?P<m>[A-Z][a-z]+)"
        r"(?:\s+(?P<y>(?:19|20)\d\d))?",
        text,
    )
    if match and _month_number(match.group("m")):
        n = _WORD_NUMBERS.get(match.group("n").lower()) or (
            int(match.group("n")) if match.group("n").isdigit() else None
        )
        start = _before_or_on(
            published, _month_number(match.group("m")), 1, int(match.group("y")) if match.group("y") else None
        )
        if n and start:
            days = n if match.group("what") == "days" else 7 * n
            return start, start + timedelta(days=days - 1), DateAccuracy.DAY
    match = re.search(
        r"\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:(?P<n>\w+)\s+)?(?P<what>day|days|week|"
        r"weeks|month|months|24\s+hours|48\s+hours|year)\b",
        text,
        re.IGNORECASE,
    )
    if match:
        n_text = (match.group("n") or "one").lower()
        n = _WORD_NUMBERS.get(n_text) or (int(n_text) if n_text.isdigit() else 1)
        what = match.group("what").lower()
        days = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365}.get(what)
        if what.startswith("24"):
            days, n = 1, 1
        elif what.startswith("48"):
            days, n = 2, 1
        accuracy = DateAccuracy.DAY if (days or 1) * n <= 14 else DateAccuracy.WEEK
        return published - timedelta(days=(days or 1) * n - 1), published, accuracy
    if re.search(r"\b(?:this|last)\s+week\b", text, re.IGNORECASE):
        offset = 7 if re.search(r"\blast\s+week\b", text, re.IGNORECASE) else 0
        monday = published - timedelta(days=published.weekday() + offset)
        return monday, min(monday + timedelta(days=6), published), DateAccuracy.WEEK
    if re.search(r"\blast\s+month\b", text, re.IGNORECASE):
        last = published.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last, DateAccuracy.MONTH
    match = re.search(r"\b(?:in|during|throughout)\s+(?P<m>[A-Z][a-z]+)(?:\s+(?P<y>(?:19|20)\d\d))?\b", text)
    if match and _month_number(match.group("m")) and match.group("m").lower() != "may":
        start = _before_or_on(
            published, _month_number(match.group("m")), 1, int(match.group("y")) if match.group("y") else None
        )
        if start:
            end = start.replace(day=calendar.monthrange(start.year, start.month)[1])
            return start, min(end, published) if end > published >= start else end, DateAccuracy.MONTH
    match = re.search(rf"\b(?:on|by|as\s+of)\s+{_DAY_MONTH}", text)
    if match and _month_number(match.group("m1") or match.group("m2")):
        day_date = _before_or_on(
            published,
            _month_number(match.group("m1") or match.group("m2")),
            int(match.group("d1") or match.group("d2")),
            int(match.group("y")) if match.group("y") else None,
        )
        if day_date:
            return day_date, day_date, DateAccuracy.DAY
    return None


# -------------------------------------------------------------------------------------------- driver


def extract(
    text: str,
    *,
    gazetteer: Gazetteer | None = None,
    published: date | None = None,
    default_body: tuple[str, int | None] | None = None,
) -> list[Candidate]:
    """Every displacement statement in `text`, in order. Deterministic for a given text and gazetteer."""
    gazetteer = gazetteer or Gazetteer()
    candidates: list[Candidate] = []
    last_place: tuple[str, Place | None] | None = None
    for s_start, s_end in split_sentences(text):
        sentence = text[s_start:s_end]
        places = _places_in(sentence, gazetteer)
        found = list(_sentence_candidates(sentence, s_start, gazetteer, places, last_place, published, default_body))
        candidates.extend(found)
        if places:
            known = [p for p in places if p[2] is not None]
            chosen = (known or places)[-1]
            last_place = (chosen[1], chosen[2])
    return candidates


def _sentence_candidates(sentence, offset, gazetteer, places, last_place, published, default_body):
    if not (_ANY_TERM.search(sentence) or re.search(r"\b(?:refugees|camp(?:['’]s)?\s+population)\b", sentence, re.I)):
        return
    seen: set[tuple] = set()
    previous_unit = None
    previous: Candidate | None = None
    body = _body_in(sentence, gazetteer)
    period = extract_period(sentence, published)
    for q in _quantities(sentence):
        if _is_year(sentence, q) or _looks_like_date_or_measure(sentence, q):
            continue
        if previous_unit and re.search(
            r"\(\s*(?:about|some|around|approximately|nearly|over|more\s+than|almost|~)?\s*$", sentence[: q.start]
        ):
            continue  # "1,240 households (6,200 individuals)": the same figure again, converted
        including = re.search(
            r"\b(?:include|includes|including|among\s+them|among\s+whom)\s+(?:(?:some|about|around|nearly|almost|"
            r"more\s+than|over|at\s+least|an\s+estimated)\s+)*$",
            sentence[: q.start],
            re.IGNORECASE,
        )
        if including and re.match(r"\s+(?:\w+\s+)?(?:children|women|men|girls|boys|elderly|students|patients|minors)\b",
                                  sentence[q.end :], re.IGNORECASE):  # fmt: skip
            continue  # "the displaced include 5,000 children": who they are, not another figure
        unit_link = _unit_and_link(sentence, q)
        if unit_link is None and including and previous:
            # "550,000 displaced this year, including 390,000 since May": a part, in the same unit and term
            unit_link = (previous.unit, q.end, "part")
        if unit_link is None:
            continue
        unit, noun_end, link = unit_link
        if previous_unit and re.match(r"\s*(?:more\s+|other\s+)?others\b", sentence[q.end :], re.IGNORECASE):
            unit = previous_unit  # "200 families returned, while 1,000 others remain displaced"
        if q.vague and link not in ("noun", "subject", "object"):
            continue
        if q.value < 2 and not q.vague:
            continue
        clause = _clause_bounds(sentence, q.start, noun_end)
        governed = _governing_term(sentence, clause, q, noun_end, link)
        if governed is None and _COORDINATED.match(sentence, noun_end):
            # "300 families and 2,000 children fled": the shared verb stands after the last of them
            next_clause = _clause_bounds(sentence, clause[1] + 1, clause[1] + 1)
            governed = _governing_term(sentence, (clause[0], next_clause[1]), q, noun_end, link)
        if governed is None and link == "part":
            governed = (previous.term, "part-of-previous")
        if governed is None:
            continue
        term, how = governed
        camps = dict(_TERM_RE)[Term.IN_CAMPS]
        if term == Term.DISPLACED and camps.search(sentence[clause[0] : clause[1]]):
            term = Term.IN_CAMPS
        qualifier = Qualifier.AT_LEAST if q.vague else _qualifier_before(sentence[: q.start])
        key = (q.value, q.value_high, unit, term)
        if key in seen:
            continue
        seen.add(key)
        place = _place_for(places, q.start, last_place)
        location, region = (place[0], place[1]) if place else (None, None)
        body_text, body_id, body_rule = body if body else (None, None, None)
        if body is None and default_body:
            body_text, body_id = default_body
        rule_parts = [
            f"quantity:{'vague' if q.vague else 'range' if q.value_high else 'number'}",
            f"unit:{link}",
            f"term:{how}",
        ]
        if body_rule:
            rule_parts.append(body_rule)
        if place and place[2] == "previous":
            rule_parts.append("place:previous-sentence")
        candidates_period = period or ((published, published, DateAccuracy.DAY) if published else (None, None, None))
        previous_unit = unit
        previous = Candidate(
            value=q.value,
            value_high=q.value_high,
            qualifier=qualifier,
            unit=unit,
            term=term,
            category=_category(sentence, term),
            location=location,
            region_pcode=(region.pcode or None) if region else None,
            region_id=region.region_id if region else None,
            reporting_body=body_text,
            reporting_body_id=body_id,
            quote=sentence,
            start=offset,
            end=offset + len(sentence),
            period_start=candidates_period[0],
            period_end=candidates_period[1],
            period_accuracy=candidates_period[2],
            rule=" ".join(rule_parts),
        )
        yield previous


def _place_for(places, position, last_place):
    """The place named nearest after the quantity, else the nearest before, else the text's last place."""
    if places:
        after = [p for p in places if p[0] >= position]
        chosen = after[0] if after else places[-1]
        return chosen[1], chosen[2], "sentence"
    if last_place:
        return last_place[0], last_place[1], "previous"
    return None
