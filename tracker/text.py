"""Name normalisation shared by the gazetteer, aliases and lookups (it lives in the extraction package, which
needs it without Django)."""

from extraction.text import name_key

__all__ = ["name_key"]
