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
        try:
            text = sys.stdin.read() if path == "-" else open(path, encoding="utf-8").read()  # noqa: SIM115
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"cannot read {path}: {exc}") from exc
        try:
            when = date.fromisoformat(published) if published else None
        except ValueError as exc:
            raise CommandError(f"--published must be YYYY-MM-DD, not {published!r}") from exc
        for candidate in languages.extract(text, lang=lang, gazetteer=gazetteer_for_cli(), published=when):
            data = candidate.as_json()
            extra = ["category", "period_start", "period_end", "period_source", "country", "admin1", "rule",
                     "breakdown"]
            keys = [*OUTPUT_KEYS, *extra] if details else OUTPUT_KEYS
            self.stdout.write(json.dumps({key: data[key] for key in keys}, ensure_ascii=False))
