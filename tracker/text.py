"""Name normalisation shared by the gazetteer, aliases and lookups (it lives in the extraction package, which
needs it without Django), and the one rule of how a p-code is written."""

import re

from extraction.text import name_key

__all__ = ["is_pcode", "name_key"]

# OCHA p-codes are ASCII letters and digits (SY07, SY070100); a few datasets add - _ or . between them. Python's
# str.isdigit() and Unicode-aware regexes take 'SY٠٧' (Arabic-Indic digits) or full-width 'ＳＹ０７' as a code, which
# then matches nothing that is stored: such a code is refused where it is written, not stored beside 'SY07'.
_PCODE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?", re.ASCII)


def is_pcode(value: str) -> bool:
    """Whether a (stripped) text is written as a p-code is: ASCII letters and digits, with - _ . inside."""
    return _PCODE.fullmatch(value) is not None
