"""Find statements of displacement in English text: value, qualifier, unit, term, place, body, period, quote.

Pure Python and deterministic: no Django, no database, no network, no model download. The same text and gazetteer
always give the same candidates, and each candidate lists the rules that made it.

The pipeline, one module a stage (extraction.pipeline drives it):
    sentences → quantities → units → terms and traps → places → bodies → periods → candidates
"""

from extraction.candidates import Candidate
from extraction.gazetteer import Gazetteer, Place
from extraction.periods import extract_period
from extraction.pipeline import MAX_TEXT_CHARS, extract
from extraction.quantities import parse_number
from extraction.sentences import split_sentences

__all__ = [
    "MAX_TEXT_CHARS",
    "Candidate",
    "Gazetteer",
    "Place",
    "extract",
    "extract_period",
    "parse_number",
    "split_sentences",
]
