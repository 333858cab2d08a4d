from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand

from tracker.management.commands.load_gazetteer import read_csv
from tracker.services import upsert_reporting_body


class Command(BaseCommand):
    help = "Load reporting bodies from a CSV (name, acronym, kind, reliability, website, aliases separated by ';')."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file, **options):
        created = rejected = 0
        for line, row in enumerate(read_csv(file), start=2):
            try:
                _, was_created = upsert_reporting_body(
                    name=row["name"],
                    acronym=row.get("acronym", ""),
                    kind=row["kind"],
                    reliability=row.get("reliability") or "medium",
                    website=row.get("website", ""),
                    aliases=[a for a in (row.get("aliases") or "").split(";") if a.strip()],
                )
                created += was_created
            except (KeyError, ValidationError) as exc:
                rejected += 1
                self.stderr.write(f"line {line}: {exc}")
        self.stdout.write(f"reporting bodies: {created} created, {rejected} rejected")
