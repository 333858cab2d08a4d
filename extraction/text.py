"""Name normalisation shared by the gazetteer, aliases and lookups."""

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = "'’‘`´ʼʻʿʾ"
_SEPARATORS = re.compile(r"[\s\-_./,]+")
# Arabic letters that are spelled several ways: hamza and madda on alef, alef maqsura, ta marbuta, hamza carriers.
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_TATWEEL = "ـ"
# The Arabic article at the start of a word: "al-"/"el-", its forms assimilated to a sun letter (ar-Raqqa,
# as-Sweida, ash-Shugur, ad-Dana, az-Zabadani, an-Nabk, at-Tall, Deir ez-Zor: only when the next word starts with
# that letter), and "ال" written joined to the word.
_LATIN_ARTICLE = re.compile(
    r"(?<![^\s\-_./,(])(?:[ae]l[\s\-_]+|[ae](sh|th|dh|[tdrzsn])[\s\-_]+(?=\1))(?=\w)", re.IGNORECASE
)
_ARABIC_ARTICLE = re.compile(r"(?<!\w)ال(?=\w{2})")


# a capital letter of a Latin-script name, accented ones included ("Ñuble", "Óbidos", "Ḩajjah", "Ségou")
CAPITAL = "[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]"


@lru_cache(maxsize=65_536)
def name_key(name: str) -> str:
    """Fold a place or body name so that Sarāqib, SARAQIB and saraqib compare equal.

    Ignored: case, Latin and Arabic diacritics (harakat), apostrophes and separators, tatweel, the spellings of
    hamza and alef (أ إ آ ا), ta marbuta / ha (ة ه), alef maqsura / ya (ى ي), and the article at the start of a
    word ("al-", "el-", "ar-", "ال"): Al-Bab, el Bab, Bab and الباب / باب fold alike. Spelling variants beyond
    that (Saraqeb / Saraqib) are a matter for aliases, not for this function.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # NFKD splits آ into ا + madda and أ into ا + hamza above; both marks are combining and gone by now.
    for mark in _APOSTROPHES:
        stripped = stripped.replace(mark, "")
    stripped = stripped.replace(_TATWEEL, "").translate(_ARABIC_FOLD)
    without_article = _ARABIC_ARTICLE.sub("", _LATIN_ARTICLE.sub("", stripped))
    folded = _SEPARATORS.sub(" ", without_article).strip().casefold()
    return folded or _SEPARATORS.sub(" ", stripped).strip().casefold()
