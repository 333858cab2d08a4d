"""Stage 6: bodies. The reporting body a sentence attributes its figures to."""

from __future__ import annotations

import re
from typing import NamedTuple

from extraction import rules
from extraction.gazetteer import Gazetteer
from extraction.scanning import guarded
from extraction.text import name_key


class BodyMention(NamedTuple):
    text: str
    body_id: int | None
    rule: str


_BODY_CUE = re.compile(
    r"(?:according\s+to|said|says|reported|reports|estimated|estimates|announced|stated|told|noted|warned|"
    r"added|documented|recorded|counted|registered|figures\s+from|data\s+from|estimates\s+from|statement\s+from|"
    r"figures\s+by|data\s+by|report\s+by|citing|cited)",
    re.IGNORECASE,
)
_BODY_PHRASE = (
    r"(?:[Tt]he\s+|[Aa]n?\s+)?(?:"
    r"[A-Z][a-z]+\s+(?:officials|authorities|police|forces|army|military|rescuers|medics|(?:state\s+)?media|"
    r"state\s+television|news\s+agency)\b"
    r"|[A-Z][\w'’&.\-]*(?:\s+(?:(?:for|of|on|and|the|des|de|du)\s+){0,2}[A-Z][\w'’&.\-]*){0,7}"
    r"|(?i:local)\s+(?:councils?|officials?|authorities|sources|residents|activists|media|reports)"
    r"|(?i:local|camp|aid|relief|humanitarian|government|turkish|syrian|un)\s+(?:officials?|workers|groups?|partners|"
    r"agencies|organisations|organizations|monitors|authorities|sources)"
    r"|(?i:officials|activists|witnesses|residents)"
    r"|(?i:regional|state|provincial|district|federal|county|municipal|camp)\s+(?i:officials|authorities|managers)"
    r"|(?:(?i:regional|state|provincial|local|national|city|district|county|military|border|coast)\s+)?"
    r"(?i:ministry|government|authorities|police|army|military|administration|governor|mayor|guard|guards)"
    r"|(?i:city|municipal|town|county|district)\s+(?:corporation|council|authorities|officials|administration|hall)"
    r"|(?i:camp)\s+(?:managers|management|administration)"
    r"|[A-Z][a-z]+\s+(?i:fire|police|health|disaster|civil\s+defen[cs]e|civil\s+protection|emergency|rescue)\s+"
    r"(?i:department|service|brigade|authorities|officials|agency|office)"
    r"|(?i:provincial|regional|state|local|national|district|municipal|county|city|federal)\s+(?:[a-z]+\s+){0,3}?"
    r"(?i:department|bureau|office|authority|agency|administration|headquarters|committee|commission)\b"
    r"|[A-Z][a-z]+\s+(?:officials|authorities|police|forces|army|military|rescuers|medics|government|ministry)"
    r"|(?:(?:(?i:the\s+)?(?i:state|country|province|region|district|city|county)|[A-Z][a-z]+)['’]s\s+)?"
    r"(?:(?i:national|state|regional|provincial|local|federal|city|county|district)\s+)?"
    r"(?i:disaster|relief|aid|humanitarian|migration|refugee|health|emergency|civil\s+defen[cs]e|civil\s+protection)"
    r"(?:\s+(?i:management|response|risk\s+reduction|preparedness|relief))?"
    r"\s+(?i:agency|agencies|authority|authorities|office|ministry|department|service|cell|centre|center)"
    r")"
    r"(?:\s+(?:refugee|children's|children’s|migration|humanitarian|food|health|aid|relief)\s+(?:agency|office|"
    r"organi[sz]ation|body|chief|coordinator))?"
    r"(?:\s+(?:group|network|council|committee|team|unit|cluster|coalition))?"
)
# what a body published, standing for it: "OCHA's latest situation report says", "IOM figures show"
_DOCUMENT = (
    r"(?:['’]s)?\s+(?:(?:latest|last|new|recent|most\s+recent|weekly|monthly|daily|own|preliminary|initial|"
    r"official)\s+)*(?:situation\s+reports?|sitreps?|reports?|updates?|flash\s+updates?|figures|data|statistics|"
    r"estimates|assessments?|statements?|bulletins?|dashboards?|snapshots?)"
)
_SAYS = (
    r"said|says|say|reported|reports|estimated|estimates|estimate|indicated|indicates|announced|stated|told|noted|warned|added|documented|"
    r"recorded|counted|registered|ordered|put|puts"
)
_BODY_BEFORE_CUE = re.compile(
    rf"(?<![\w'’&])(?P<body>{_BODY_PHRASE}(?:\s*\([A-Z][A-Za-z]{{1,9}}\))?)"
    r"(?:['’]s)?(?:\s+(?:chief|head|spokesperson|spokesman|spokeswoman|official|representative|director|"
    r"coordinator|envoy)(?:\s+[A-Z][\w'’\-]+){0,3})?"
    rf"(?:{_DOCUMENT})?"
    r"(?:\s+(?:of|in|for)\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?"  # "the local council of Saraqib said"
    r"(?:\s+(?:province|governorate|district|region|state|city|town))?)?"
    rf"(?:,\s*[^,]{{1,80}},)?(?:\s+(?:yesterday|today|on\s+[A-Z][a-z]+day|earlier|also|recently|previously|late\s+\w+))?"
    rf"\s+(?:(?:has|have|had)\s+(?:also\s+)?)?(?:{_SAYS}|shows?|showed)\b"
)
# the verb _BODY_BEFORE_CUE ends with, as it stands there (after a space): a sentence without one has no body by it
_SAYS_AFTER_SPACE = re.compile(rf"\s(?:{_SAYS}|shows?|showed)\b")
_BODY_AFTER_CUE = re.compile(
    r"(?:[Aa]ccording\s+to(?:\s+(?:the\s+)?(?:latest\s+)?(?:data|figures|estimates|statistics|numbers|reports?)\s+"
    r"(?:from|by|of|released\s+by|published\s+by|compiled\s+by|provided\s+by|issued\s+by))?|"
    r"(?:data|figures|statistics|numbers|estimates)\s+(?:released|published|compiled|provided|issued)\s+by|"
    r"(?:registered|reported|recorded|counted|documented|estimated|verified)\s+by|figures\s+from|data\s+from|estimates\s+from|statement\s+from|figures\s+by|data\s+by|"
    rf"report\s+by|citing|(?:{_SAYS})(?=\s+(?:the\s+)?[A-Z]))\s+(?P<body>{_BODY_PHRASE}(?:\s*\([A-Z][A-Za-z]{{1,9}}\))?)"
)
# a body named again by a noun or a pronoun: "The agency said …", "It added that …"
_ANAPHOR = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|but)\s+)(?:(?:[Tt]he\s+(?:UN\s+)?(?P<noun>agency|organi[sz]ation|ministry|office|department|"
    r"authority|council|commission|committee|mission|body|group|government))|It|They)\s+(?:also\s+|later\s+)?"
    r"(?:said|says|added|adds|reported|reports|estimated|estimates|noted|stated|warned|recorded|registered|counted)\b"
)
# a person named for a body: "said Joao Silva, a spokesman for the INGC", "…, according to Ana Lopes, head of OCHA"
_SPOKESPERSON_FOR = re.compile(
    r"\b(?:said|says|told|according\s+to)\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3},\s+(?:(?:an?|the)\s+)?"
    r"(?:[\w-]+\s+)?(?:spokesman|spokeswoman|spokesperson|official|director|head|chief|representative|"
    r"coordinator|commissioner|officer|manager)\s+(?:for|of|with|at|from)\s+"
    rf"(?P<body>{_BODY_PHRASE}(?:\s*\([A-Z][A-Za-z]{{1,9}}\))?)"
)
_SPOKESPERSON_WORDS = re.compile(
    r"spokes|official|director|head|chief|representative|coordinator|commissioner|officer|manager"
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
    r"coordinators|media|television|manager|official|matrix|tracking|agency|commission|council|partners)\b",
    re.IGNORECASE,
)


# every cue the two patterns below need: a sentence without one has no body by them (a cheap test first)
_ANY_CUE = re.compile(
    rf"\b(?:according\s+to|by|from|citing|cited|{_SAYS})\b",
    re.IGNORECASE,
)
_MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|"
    r"Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# the date of a citation: "2 March 2017", "March 2, 2017", "2 Mar 2017", "2 March", "March 2017", "3/3/2017",
# "2017-03-02", "2017"
_CITED_DATE = (
    rf"\d{{1,2}}\s+{_MONTH_NAME}(?:,?\s+\d{{4}})?|{_MONTH_NAME}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|{_MONTH_NAME}\s+\d{{4}}|"
    r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:19|20)\d{2}"
)
# a bracketed citation, IDMC's and ReliefWeb's way: "(DSWD, 2 March 2017)", "(IFRC disaster update, 25 January
# 2017, on file with IDMC)", or letters alone closing the sentence: "(ONEMI)"
_CITATION = re.compile(
    r"(?:[(\[]|;\s+)(?P<body>[A-Z][\w&'’.\-]*(?:\s+(?:of|for|and|the|de|du|des|/)?\s*[A-Z&][\w&'’.\-]*){0,6})"
    r"(?:\s+(?:[A-Za-z]+\s+){0,3}?(?:[Uu]pdate|[Rr]eport|[Rr]elease|[Ss]itrep|[Bb]ulletin|[Ss]tatement|[Nn]ote|"
    r"[Aa]ssessment|[Dd]ashboard|[Ss]napshot|[Oo]verview|[Aa]lert)(?:\s+(?:No\.?|#)\s*\d+)?)?"
    rf"(?:,\s*(?:{_CITED_DATE})|\s+(?:\d{{1,2}}\s+{_MONTH_NAME}|{_MONTH_NAME}\s+\d{{1,2}}),?\s+\d{{4}})"
    r"(?=[^()\[\]]{0,80}[)\]])"
    r"|\((?P<letters>[A-Z][A-Z-]{1,11})\)\s*(?:[.;]|$)"
    r"|(?:\(|^|(?<=[.;]\s))[Ss]ources?:\s*(?P<source>[A-Z][\w&'’.\-]*(?:\s+(?:of|for|and|the)?\s*[A-Z&][\w&'’.\-]*){0,6})"
)
# news agencies publish what a body said; "…, AFP reported" names the publisher, not the body
_NEWS_AGENCIES = frozenset(
    "afp reuters ap associated press xinhua ani pti ians anadolu anadolu agency efe dpa bernama kyodo yonhap tass "
    "ria novosti interfax bbc cnn al jazeera upi irin the new humanitarian sana irna".split(" ")
)
_NEWS_AGENCY_NAMES = frozenset(
    {"associated press", "anadolu agency", "ria novosti", "al jazeera", "the new humanitarian"}
)


# a news outlet relays what a body said ("According to Angola news agency ANGOP, Luanda fire department have
# reported …"): it is the body only when it names no other
_OUTLET = r"\b(?:news\s+agency|agency|newspaper|daily|radio|television|broadcaster|outlet)$"


def _is_news_agency(raw: str) -> bool:
    key = re.sub(r"^(?:the|official|state)\s+", "", name_key(raw))
    if key in _NEWS_AGENCY_NAMES or (" " not in key and key in _NEWS_AGENCIES):
        return True
    # "the official Xinhua news agency", "Anadolu news agency"
    named = re.fullmatch(r"(.+?)\s+(?:news\s+agency|news|agency)", key)
    return bool(named) and (named.group(1) in _NEWS_AGENCIES or named.group(1) in _NEWS_AGENCY_NAMES)


def _body_in(sentence: str, gazetteer: Gazetteer) -> BodyMention | None:
    """The reporting body a sentence attributes its figure to: (as written, body id, rule) or None."""
    found = _body(sentence, gazetteer)
    return BodyMention(*found) if found else None


def _body(sentence: str, gazetteer: Gazetteer) -> tuple[str, int | None, str] | None:
    headline = re.match(r"([A-Z][\w'’&.\-]*(?:\s+[A-Z][\w'’&.\-]*){0,3}):\s", sentence)
    if headline and gazetteer.bodies.get(name_key(headline.group(1))):
        return headline.group(1), gazetteer.bodies[name_key(headline.group(1))][0], rules.BODY_HEADLINE
    for match in _CITATION.finditer(sentence):
        raw = (match.group("body") or match.group("letters") or match.group("source")).strip(" ,.")
        if _is_news_agency(raw) or raw.lower() in _NOT_BODIES:
            continue
        resolved = _resolve_body(raw, gazetteer)
        return (resolved or (raw, None))[0], (resolved or (raw, None))[1], rules.BODY_CITATION
    if not _ANY_CUE.search(sentence):
        return None
    spokesperson = _SPOKESPERSON_WORDS.search(sentence)
    patterns = (
        *(((_SPOKESPERSON_FOR, rules.BODY_AFTER_CUE),) if spokesperson else ()),
        (_BODY_AFTER_CUE, rules.BODY_AFTER_CUE),
        *(((_BODY_BEFORE_CUE, rules.BODY_BEFORE_CUE),) if _SAYS_AFTER_SPACE.search(sentence) else ()),
    )
    anaphor = _ANAPHOR.search(sentence)
    relay = None  # a news outlet: the body only when the sentence names no other
    for pattern, rule in patterns:
        for match in pattern.finditer(sentence):
            raw = match.group("body").strip(" ,.")
            if _is_news_agency(raw):
                continue
            named = re.match(r",\s+([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})\s*(?:[.;]|$)", sentence[match.end() :])
            if re.search(_OUTLET, raw, re.I):
                if relay is None:  # "Cuba's State News Agency, Granma"
                    relay = (f"{raw}, {named.group(1)}" if named else raw), None, rule
                continue
            raw = re.sub(r"^(?:the|The|an?|An?)\s+", "", raw)
            raw = re.sub(r"['’]s$", "", raw)
            resolved = _resolve_body(raw, gazetteer)
            if resolved:
                return resolved[0], resolved[1], rule
            if raw.lower() in _NOT_BODIES or not raw:
                continue
            if (
                re.fullmatch(r"[A-Z]{2,8}(?:['’]s)?(?:\s+[A-Z]{2,8})?", raw)
                or _ORG_WORDS.search(raw)
                or raw.endswith(")")
            ):
                return raw, None, rule
    if relay is None and anaphor:  # "The agency said …": the body named before (the pipeline knows it), else "agency"
        return (anaphor.group("noun") or ""), None, rules.BODY_ANAPHOR
    return relay


def _resolve_body(raw: str, gazetteer: Gazetteer) -> tuple[str, int | None] | None:
    """A body phrase as written, with the id of the body it names: the whole phrase, else its leading words
    ("IOM Displacement Tracking Matrix" → IOM). "Turkish Red Crescent" does not become "Red Crescent"."""
    words = [re.sub(r"['’]s$", "", word) for word in raw.split()]  # "IOM's DTM" → IOM
    for size in range(len(words), 0, -1):
        piece = " ".join(words[:size])
        entry = gazetteer.bodies.get(name_key(piece)) or gazetteer.bodies.get(name_key("the " + piece))
        if entry:
            return raw, entry[0]
    return None


# the long patterns scan faster behind a look-ahead for the characters a match can start with: the same
# matches, less work (extraction.scanning)
_BODY_AFTER_CUE, _ANY_CUE, _CITATION, _ANAPHOR, _ORG_WORDS = map(
    guarded, (_BODY_AFTER_CUE, _ANY_CUE, _CITATION, _ANAPHOR, _ORG_WORDS)
)
