"""Extraction quality and speed on the labelled set (tests/data/extraction_sentences.jsonl).

Prints precision, recall and F1 of the figures found (a figure matches on value and high end), field accuracy
on the matched ones (qualifier, unit, term, place, p-code, body), the same per rule family, and sentences
per second on one core. Run: .venv/bin/python bench/extraction.py [--errors]
"""

import json
import os
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402

django.setup()

from tracker.demo import shipped_gazetteer  # noqa: E402
from tracker.extraction import extract  # noqa: E402

FIELDS = ("qualifier", "unit", "term", "location", "region_pcode", "reporting_body")


def load(path=ROOT / "tests" / "data" / "extraction_sentences.jsonl"):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(rows, gazetteer, show_errors=False):
    totals = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, **{f: 0 for f in FIELDS}})
    for row in rows:
        found = [
            c.as_json()
            for c in extract(row["text"], gazetteer=gazetteer, published=date.fromisoformat(row["published"]))
        ]
        expected = list(row["expected"])
        for family in ("all", row["family"].split("-")[0] if row["family"].startswith("trap") else row["family"]):
            bucket = totals[family]
            unmatched = list(found)
            for want in expected:
                hit = next(
                    (c for c in unmatched if (c["value"], c["value_high"]) == (want["value"], want["value_high"])), None
                )
                if hit is None:
                    bucket["fn"] += 1
                    if show_errors and family == "all":
                        print(f"MISSED  {want['value']:>9} | {row['text']}")
                    continue
                unmatched.remove(hit)
                bucket["tp"] += 1
                for f in FIELDS:
                    same = (hit[f] or "").lower() == (want[f] or "").lower()
                    bucket[f] += same
                    if show_errors and family == "all" and not same:
                        print(f"FIELD   {f}: got {hit[f]!r} want {want[f]!r} | {row['text']}")
            bucket["fp"] += len(unmatched)
            if show_errors and family == "all":
                for c in unmatched:
                    print(f"EXTRA   {c['value']:>9} | {row['text']}  [{c['rule']}]")
    return totals


def report(totals):
    print(f"{'family':<16}{'P':>6}{'R':>6}{'F1':>6}  " + "".join(f"{f[:8]:>9}" for f in FIELDS))
    for family in ["all"] + sorted(k for k in totals if k != "all"):
        b = totals[family]
        p = b["tp"] / (b["tp"] + b["fp"]) if b["tp"] + b["fp"] else 1.0
        r = b["tp"] / (b["tp"] + b["fn"]) if b["tp"] + b["fn"] else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        acc = "".join(f"{(b[f] / b['tp'] if b['tp'] else 1):>9.2f}" for f in FIELDS)
        print(f"{family:<16}{p:>6.2f}{r:>6.2f}{f1:>6.2f}  {acc}")


def speed(rows, gazetteer, rounds=5):
    sentences = [row["text"] for row in rows]
    started = time.perf_counter()
    for _ in range(rounds):
        for text in sentences:
            extract(text, gazetteer=gazetteer, published=date(2020, 2, 20))
    elapsed = time.perf_counter() - started
    baseline_started = time.perf_counter()
    for _ in range(rounds):
        for text in sentences:
            text.lower().split()
    baseline = time.perf_counter() - baseline_started
    n = len(sentences) * rounds
    print(
        f"\nspeed: {n / elapsed:,.0f} sentences/s on one core "
        f"({elapsed / baseline:,.0f}x the time of lower().split() on the same text)"
    )


if __name__ == "__main__":
    rows = load()
    gazetteer = shipped_gazetteer()
    print(f"{len(rows)} sentences, {sum(len(r['expected']) for r in rows)} labelled figures\n")
    report(score(rows, gazetteer, show_errors="--errors" in sys.argv))
    speed(rows, gazetteer)
