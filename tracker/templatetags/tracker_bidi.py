"""{{ text|isolate_latin }}: on a right-to-left page, Latin words inside a sentence of ours (an import column's name,
a value from the file) are isolated in <bdi>, so that they do not pull the numbers beside them to the wrong side."""

import re

from django import template
from django.utils.html import escape, format_html, format_html_join
from django.utils.translation import get_language_bidi

register = template.Library()

LATIN_WORD = re.compile(r"([A-Za-z_][A-Za-z0-9_.+\-]*(?<![.+\-]))")


@register.filter
def isolate_latin(text) -> str:
    """The text escaped; on a right-to-left page, each run of Latin letters (with digits, `_`, `.`, `+`, `-` inside
    it) wrapped in <bdi>. Left-to-right pages get the text escaped and nothing more."""
    if not get_language_bidi():
        return escape(text)
    pieces = LATIN_WORD.split(str(text))  # odd places hold the Latin words
    return format_html_join(
        "", "{}", ((format_html("<bdi>{}</bdi>", piece) if i % 2 else piece,) for i, piece in enumerate(pieces))
    )
