"""Where the third-party data lives: ../shared/data next to the repository (never copied into it)."""

import csv
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("TRACKER_SHARED_DIR", ROOT.parent / "shared")) / "data"
SYRIA_TABLE = SHARED_DATA / "syria_cod_ab.csv"
SYRIA_ADMIN1 = SHARED_DATA / "syria_admin1.geojson"
SYRIA_ADMIN2 = SHARED_DATA / "syria_admin2.geojson"
# the counts the shared README gives for the table
SYRIA_COUNTS = {"country": 1, "admin1": 14, "admin2": 61, "admin3": 270, "locality": 5251}


def syria_rows() -> list[dict]:
    with SYRIA_TABLE.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))
