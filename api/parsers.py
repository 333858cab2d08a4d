"""Request body parsers: a body nested too deep for Python to read is a 400, not a RecursionError; a key given twice
in one object is a 400 naming it (Python's json kept the last value and dropped the first without a word)."""

import codecs

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser, get_encoding
from rest_framework.utils import json


def _each_key_once(pairs: list[tuple[str, object]]) -> dict:
    found: dict = {}
    for key, value in pairs:
        if key in found:
            raise ValueError(f"the key {key!r} is given twice in one object: give it once")
        found[key] = value
    return found


class SafeJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        encoding = get_encoding(parser_context or {})
        try:
            return json.load(codecs.getreader(encoding)(stream), object_pairs_hook=_each_key_once)
        except RecursionError as exc:
            raise ParseError("JSON parse error - the body is nested too deeply.") from exc
        except ValueError as exc:  # NaN and Infinity too (rest_framework.utils.json reads them strictly)
            raise ParseError(f"JSON parse error - {exc}") from exc
