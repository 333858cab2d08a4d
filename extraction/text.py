"""Name normalisation shared by the gazetteer, aliases and lookups."""

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = "'’‘`´ʼʻʿʾ"
_SEPARATORS = re.compile(r"[\s\-_./,]+")


@lru_cache(maxsize=65_536)
def name_key(name: str) -> str:
    """Fold a place or body name so that Sarāqib, SARAQIB and saraqib compare equal.

    Case, diacritics, apostrophes and separators are ignored; spelling variants
    (Saraqeb / Saraqib) are a matter for aliases, not for this function.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    for mark in _APOSTROPHES:
        stripped = stripped.replace(mark, "")
    return _SEPARATORS.sub(" ", stripped).strip().casefold()
