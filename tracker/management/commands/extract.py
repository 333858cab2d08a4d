import json
import sys
from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from extraction import languages
from tracker.demo import shipped_gazetteer
from tracker.selectors import extraction_gazetteer

OUTPUT_KEYS = (
    "value", "value_high", "qualifier", "unit", "term", "location", "region_pcode", "reporting_body", "quote",
    "start", "end",
)  # fmt: skip


def gazetteer_for_cli():
    """The database's gazetteer; the shipped Syria sample when the database is empty or not set up."""
    try:
        gazetteer = extraction_gazetteer()
    except DatabaseError:
        return shipped_gazetteer()
    return gazetteer if gazetteer.places else shipped_gazetteer()


def read_text(path: str) -> str:
    """The text of a file or of standard input ('-'), as UTF-8 whatever the terminal's locale; a byte-order mark
    opening it is no part of the text (offsets count from the first character after it)."""
    try:
        if path == "-":
            stream = getattr(sys.stdin, "buffer", None)
            raw = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
        else:
            with open(path, "rb") as file:
                raw = file.read()
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc}") from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CommandError(
            f"cannot read {'standard input' if path == '-' else path}: it is not UTF-8 text (byte "
            f"0x{raw[exc.start]:02x} at position {exc.start}); save it as UTF-8 and run the command again"
        ) from exc


class Command(BaseCommand):
    help = "Print the displacement figures found in a text file (or '-' for standard input), one JSON object a line."

    def add_arguments(self, parser):
        parser.add_argument("path", help="text file, or - for standard input")
        parser.add_argument("--format", choices=["jsonl"], default="jsonl")
        parser.add_argument(
            "--lang",
            choices=languages.LANGUAGES,
            help="the text's language (en, fr or ar); detected when not given",
        )
        parser.add_argument("--published", help="publication date (YYYY-MM-DD) that relative periods resolve against")
        parser.add_argument(
            "--details",
            action="store_true",
            help="also print category, period (and where it came from), country, first-level division and rules",
        )

    def handle(self, *args, path, published=None, details=False, lang=None, **options):
        text = read_text(path)
        try:
            when = date.fromisoformat(published) if published else None
        except ValueError as exc:
            raise CommandError(f"--published must be YYYY-MM-DD, not {published!r}") from exc
        for candidate in languages.extract(text, lang=lang, gazetteer=gazetteer_for_cli(), published=when):
            data = candidate.as_json()
            extra = [
                "category",
                "period_start",
                "period_end",
                "period_source",
                "country",
                "admin1",
                "rule",
                "breakdown",
            ]
            keys = [*OUTPUT_KEYS, *extra] if details else OUTPUT_KEYS
            self.stdout.write(json.dumps({key: data[key] for key in keys}, ensure_ascii=False))
