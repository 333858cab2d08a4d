"""Names of places and bodies the extractor resolves against: the tracker's regions and aliases (loaded by the
Django side), then worldwide names (see extraction.world)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from extraction.text import name_key
from extraction.world import ADMIN1, COMMON_WORDS, COUNTRY, WorldNames

# a title written short at the start of a place's name, and written out (the worldwide names mostly spell it out)
_SHORT_TITLE = re.compile(r"^(st|ste|mt) ")
_TITLES = {"st": "saint ", "ste": "sainte ", "mt": "mount "}


@dataclass(frozen=True)
class Place:
    region_id: int | None
    pcode: str
    name: str
    depth: int
    country: str = ""  # ISO alpha-2, when known
    admin1: str = ""  # first-level division by name, when known
    population: int = 0  # of a populated place from the worldwide names


@dataclass
class Gazetteer:
    """Names and aliases of regions, folded with name_key; broadest region first for each name."""

    places: dict[str, list[Place]] = field(default_factory=dict)
    bodies: dict[str, tuple[int | None, str]] = field(default_factory=dict)
    world: WorldNames | None = None  # worldwide names, consulted after the loaded ones
    _blocks: dict[str, list[str]] | None = None
    _by_pcode: dict[str, list[Place]] | None = None
    _lookups: dict[tuple, Place | None] = field(default_factory=dict)  # answers so far; cleared by add_place

    def add_place(self, name: str, place: Place) -> None:
        key = name_key(name)
        if key:
            self._blocks = self._by_pcode = None
            self._lookups.clear()
            entries = self.places.setdefault(key, [])
            if place not in entries:
                entries.append(place)
                entries.sort(key=lambda p: (p.depth, p.pcode == ""))

    def add_body(self, name: str, body_id: int | None, canonical: str) -> None:
        key = name_key(name)
        if key:
            self.bodies.setdefault(key, (body_id, canonical))

    def lookup(self, text: str, fuzzy: bool = False, *, common: bool = True, country: str | None = None):
        """The place a name means: a loaded region (exact, then fuzzy), else a worldwide name resolved to its country
        and first-level division (and to the loaded region of that country when there is one). `common=False`
        refuses worldwide names that are also ordinary words ("Most", "Police")."""
        asked = (text, fuzzy, common, country)
        if asked not in self._lookups:
            if len(self._lookups) > 100_000:
                self._lookups.clear()
            self._lookups[asked] = self._lookup(text, fuzzy, common, country)
        return self._lookups[asked]

    def _lookup(self, text: str, fuzzy: bool, common: bool, country: str | None) -> Place | None:
        key = name_key(text)
        if key in self.places:
            return self.places[key][0]
        if fuzzy and len(key) >= 5:
            choices = self._block(key)
            match = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=86) if choices else None
            if match:
                return self.places[match[0]][0]
        if self.world is None or (not common and key in COMMON_WORDS):
            return None
        found = self.world.lookup(key, country)
        if found is None and _SHORT_TITLE.match(key):  # "St Marc", "Ste Rose", "Mt Elgon": the title written out
            found = self.world.lookup(_SHORT_TITLE.sub(lambda m: _TITLES[m.group(1)], key), country)
        if found is None and fuzzy:
            found = self.world.fuzzy(key, country)
        if found is None:
            return None
        region = self.places.get(name_key(found.name)) if found.kind == COUNTRY else None
        region = region or self._country_region(found.country)
        return Place(
            region[0].region_id if region else None,
            region[0].pcode if region else "",
            found.name,
            {COUNTRY: 0, ADMIN1: 1}.get(found.kind, 2),
            found.country,
            found.admin1,
            found.population,
        )

    def _country_region(self, alpha2: str) -> list[Place] | None:
        if self._by_pcode is None:
            self._by_pcode = {p.pcode: ps for ps in self.places.values() for p in ps[:1] if p.pcode and p.depth == 0}
        return self._by_pcode.get(alpha2)

    def _block(self, key: str) -> list[str]:
        """Loaded names sharing the first two letters of `key` (fuzzy matching compares only these)."""
        if self._blocks is None:
            self._blocks = {}
            for name in self.places:
                self._blocks.setdefault(name[:2], []).append(name)
        return self._blocks.get(key[:2], [])
