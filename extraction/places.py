"""Stage 5: places. Place names in a sentence, resolved against the gazetteer (the loaded regions first, then the
worldwide names), and the place a quantity belongs to."""

from __future__ import annotations

import re
from typing import NamedTuple

from extraction.bodies import _ORG_WORDS
from extraction.gazetteer import Gazetteer, Place
from extraction.quantities import _MONTHS
from extraction.text import name_key


class PlaceMention(NamedTuple):
    position: int
    text: str
    place: Place | None

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


def _place_for(places, position, last_place):
    """The place named nearest after the quantity, else the nearest before, else the text's last place."""
    if places:
        after = [p for p in places if p[0] >= position]
        chosen = after[0] if after else places[-1]
        return chosen[1], chosen[2], "sentence"
    if last_place:
        return last_place[0], last_place[1], "previous"
    return None
