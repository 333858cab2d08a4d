import csv
import json
import zipfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from tracker.geo import LEVELS
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


def _features_of(name: str, data: bytes) -> list[dict]:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise CommandError(f"{name} is not GeoJSON: {exc}") from exc
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
        raise CommandError(f"{name} is not a GeoJSON FeatureCollection")
    features = document.get("features")
    if not isinstance(features, list):
        raise CommandError(f"{name} has no list of features")
    return features


def read_geojson(path: str) -> list[dict]:
    """Features of a .geojson file, or of every .geojson layer in a .zip (as HDX ships COD-AB), broadest first."""
    try:
        if path.lower().endswith(".zip"):
            with zipfile.ZipFile(path) as archive:
                names = sorted(n for n in archive.namelist() if n.lower().endswith((".geojson", ".json")))
                if not names:
                    raise CommandError(f"{path} holds no .geojson layer")
                return [f for n in names for f in _features_of(n, archive.read(n))]
        return _features_of(path, Path(path).read_bytes())
    except (OSError, zipfile.BadZipFile) as exc:
        raise CommandError(f"cannot read {path}: {exc}") from exc


class Command(BaseCommand):
    help = (
        "Load an OCHA COD-AB gazetteer: tables (CSV: admin0Name_en, admin0Pcode, admin0Name_ar, … admin4Pcode, "
        "latitude, longitude) and boundary layers (GeoJSON, or HDX's .geojson.zip), plus an optional aliases CSV "
        "(pcode, region, alias). Idempotent; a newer edition updates in place and reports what changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="COD-AB tables (.csv) and boundary layers (.geojson, .zip)")
        parser.add_argument("--aliases", help="aliases CSV with columns pcode, region, alias")
        parser.add_argument("--level", choices=LEVELS, help="level of GeoJSON features that do not say it")
        parser.add_argument("--no-retire", action="store_true",
                            help="keep regions this table no longer lists (default: retire them)")  # fmt: skip

    def handle(self, *args, files, aliases=None, level=None, no_retire=False, **options):
        rows, features = [], []
        for path in files:
            if path.lower().endswith((".geojson", ".json", ".zip")):
                features.extend(read_geojson(path))
            else:
                rows.extend(read_csv(path))
        alias_rows = read_csv(aliases) if aliases else []
        total = len(rows) + len(features)
        with tqdm(total=total, desc="units", unit="row", disable=options["verbosity"] < 1) as bar:
            report = load_gazetteer(rows=rows, features=features, feature_level=level, alias_rows=alias_rows,
                                    retire_missing=False if no_retire else None, progress=bar.update)  # fmt: skip
        levels = ", ".join(f"{report.levels[lv]} {lv}" for lv in LEVELS if report.levels[lv])
        self.stdout.write(f"read: {levels or 'nothing'}")
        self.stdout.write(
            f"regions: {report.created} created, {report.updated} updated, {report.unchanged} unchanged, "
            f"{report.retired} retired; {report.aliases_created} aliases added; {report.shapes_written} boundaries "
            f"written; {len(report.errors)} rejected"
        )
        for change in report.changes[:200]:
            self.stdout.write(f"  changed {change}")
        if len(report.changes) > 200:
            self.stdout.write(f"  … and {len(report.changes) - 200} more changes")
        for error in report.errors:
            self.stderr.write(f"  {error}")
