import csv
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from tracker.services import load_gazetteer


def read_csv(path: str) -> list[dict]:
    try:
        with Path(path).open(newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise CommandError(f"cannot read {path}: {exc}") from exc
    if rows and rows[0].get("#adm1+name") is not None:
        raise CommandError(f"{path} looks like HXL; give the plain OCHA COD table")
    return rows


class Command(BaseCommand):
    help = (
        "Load an OCHA common-operational-dataset admin-boundary CSV (admin0Name_en, admin0Pcode, admin1Name_en, "
        "admin1Pcode, …, admin4Name_en) and optionally an aliases CSV (pcode, region, alias). Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="COD admin-boundary CSV")
        parser.add_argument("--aliases", help="aliases CSV with columns pcode, region, alias")

    def handle(self, *args, file, aliases=None, **options):
        rows = read_csv(file)
        alias_rows = read_csv(aliases) if aliases else []
        with tqdm(total=len(rows), desc="regions", unit="row", disable=options["verbosity"] < 1) as bar:
            report = load_gazetteer(rows=rows, alias_rows=alias_rows, progress=bar.update)
        self.stdout.write(
            f"regions and aliases: {report.created} created, {report.updated} updated, "
            f"{report.unchanged} unchanged, {len(report.errors)} rejected"
        )
        for error in report.errors:
            self.stderr.write(f"  {error}")
