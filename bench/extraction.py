"""Extraction quality and speed.

    .venv/bin/python bench/extraction.py                                      # the project's labelled set
    .venv/bin/python bench/extraction.py --set ../shared/eval/extraction_real_idmc.jsonl
    .venv/bin/python bench/extraction.py --set tests/data/extraction_worldwide.jsonl  # reporting from ~80 countries
    .venv/bin/python bench/extraction.py --smoke                              # a small slice, as the suite runs it
    .venv/bin/python bench/extraction.py --lang fr                            # the French set (--lang ar: Arabic)
    add --errors to print every miss, false figure and wrong field of the dev split

Prints, for the dev split and the held-out split separately: precision and recall of the figures found, qualifier,
body and place accuracy, then P per rule (how many candidates that rule made were right) and misses per stage (the
stage that let the expected quantity go), and sentences per second on one core with the worldwide gazetteer
(~300,000 names) against `str.lower().split()` on the same text measured in the same run.

Matching (as the shared set's README describes it): a candidate matches an expected figure when its value equals the
expected value (or the expected value lies within the candidate's value…value_high, or is in `value_any`), the unit
is equal, and the expected place (when given) is contained in the candidate's location or the reverse, ignoring
case, diacritics and "al-"/"el-" prefixes. Unmatched candidates are false figures; a matched optional figure counts
neither way. Place accuracy is measured on the figures matched on value and unit alone. Period accuracy (printed
when the set labels periods: "period": [start, end] on a figure whose text gives one) counts a matched figure whose
start and end are both the labelled days.

Held-out split: an excerpt is held out when the first byte of sha256 of its id (the shared set) or of its text (the
project's set) is below 77, about 30 %. Rules are tuned on the dev split only; the held-out figures are the
honest ones.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extraction import Gazetteer, extract, split_sentences  # noqa: E402
from extraction.candidates import Drop  # noqa: E402
from extraction.rules import stage_of  # noqa: E402
from extraction.text import name_key  # noqa: E402
from extraction.world import world_names  # noqa: E402

PROJECT_SET = ROOT / "tests" / "data" / "extraction_sentences.jsonl"
WORLDWIDE_SET = ROOT / "tests" / "data" / "extraction_worldwide.jsonl"  # published reporting from ~80 countries
LANGUAGE_SETS = {
    "fr": ROOT / "tests" / "data" / "extraction_fr.jsonl",
    "ar": ROOT / "tests" / "data" / "extraction_ar.jsonl",
}
LANG: str | None = None  # --lang: the texts are read through extraction.languages in that language


def _extract(text, **kwargs):
    if LANG is None:
        return extract(text, **kwargs)
    from extraction import languages

    return languages.extract(text, lang=LANG, **kwargs)


HELD_OUT_BELOW = 77  # of 256: about 30 %


def held_out(key: str) -> bool:
    return hashlib.sha256(key.encode("utf-8")).digest()[0] < HELD_OUT_BELOW


def load(path: Path) -> list[dict]:
    """Rows as {key, text, published, expect: [{value, value_high, value_any, qualifier, unit, location(s), body,
    optional}]} from either format."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if "expect" in row:  # the shared set
            rows.append({"key": row["id"], "text": row["text"], "published": None, "expect": row["expect"]})
        else:  # the project's set
            expect = [
                {
                    "value": e["value"],
                    "value_high": e["value_high"],
                    "qualifier": e["qualifier"],
                    "unit": e["unit"],
                    "location": e["location"],
                    "location_any": e.get("location_any"),  # a figure named with several places: any of them
                    "body": e["reporting_body"],
                    "period": e.get("period"),  # [start, end] when the text gives one (labelled on newer rows)
                }
                for e in row["expected"]
            ]
            rows.append({"key": row["text"], "text": row["text"], "published": row.get("published"), "expect": expect})
    return rows


def _place_key(name: str | None) -> str:
    key = name_key(name or "")
    return re.sub(r"\b(?:al|el|ad|ar|as|ash|an|at|az)\s+", "", key)


def place_matches(want: dict, location: str | None) -> bool:
    wanted = want.get("location_any") or ([want["location"]] if want.get("location") else [])
    if not wanted:
        return True
    got = _place_key(location)
    return bool(got) and any(_place_key(w) in got or got in _place_key(w) for w in wanted)


def value_matches(want: dict, c) -> bool:
    if c.value == want["value"] or c.value in (want.get("value_any") or []):
        return True
    return c.value_high is not None and c.value <= want["value"] <= c.value_high


def _qualifier(text: str | None) -> str:
    return (text or "exact").replace("_", " ")


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0
        self.qualifier = self.qualifier_of = 0
        self.body = self.body_of = 0
        self.place = self.place_of = 0
        self.period = self.period_of = 0
        self.rule_tp: Counter = Counter()
        self.rule_fp: Counter = Counter()
        self.missed_at: Counter = Counter()
        self.errors: list[str] = []

    def line(self, name: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

        def pct(a, b):
            return f"{a / b:6.1%} ({a}/{b})" if b else "     -"

        return (
            f"{name:<9} P {p:.3f}  R {r:.3f}  (tp {self.tp}, fp {self.fp}, fn {self.fn})   "
            f"qualifier {pct(self.qualifier, self.qualifier_of)}   body {pct(self.body, self.body_of)}   "
            f"place {pct(self.place, self.place_of)}"
            + (f"   period {pct(self.period, self.period_of)}" if self.period_of else "")
        )


def _missed_stage(want: dict, found, drops: list[Drop]) -> str:
    if any(value_matches(want, c) and c.unit == want["unit"] for c in found):
        return "places"
    if any(value_matches(want, c) for c in found):
        return "units"
    dropped = [d for d in drops if d.value == want["value"]]
    return dropped[0].stage if dropped else "quantities"


def score_row(row: dict, gazetteer: Gazetteer, tally: Tally) -> None:
    published = date.fromisoformat(row["published"]) if row["published"] else None
    drops: list[Drop] = []
    found = _extract(row["text"], gazetteer=gazetteer, published=published, trace=drops)
    unmatched = list(found)
    for want in row["expect"]:
        by_value = [c for c in found if value_matches(want, c) and c.unit == want["unit"]]
        if by_value:
            tally.place_of += 1
            tally.place += any(place_matches(want, c.location) for c in by_value)
        hit = next((c for c in unmatched if c in by_value and place_matches(want, c.location)), None)
        if hit is None:
            if not want.get("optional"):
                tally.fn += 1
                stage = _missed_stage(want, found, drops)
                tally.missed_at[stage] += 1
                tally.errors.append(f"MISSED [{stage}] {want['value']} {want.get('location')!r} | {row['text']}")
            continue
        unmatched.remove(hit)
        if want.get("optional"):
            continue
        tally.tp += 1
        for name in hit.rules:
            tally.rule_tp[name] += 1
        tally.qualifier_of += 1
        same = _qualifier(hit.qualifier) == _qualifier(want.get("qualifier"))
        tally.qualifier += same
        if not same:
            tally.errors.append(f"QUALIFIER {hit.qualifier} want {want.get('qualifier')} | {row['text']}")
        if want.get("period"):
            tally.period_of += 1
            got_period = [d.isoformat() if d else None for d in (hit.period_start, hit.period_end)]
            tally.period += got_period == want["period"]
            if got_period != want["period"]:
                tally.errors.append(f"PERIOD {got_period} want {want['period']} | {row['text']}")
        if want.get("body"):
            tally.body_of += 1
            got, wanted = name_key(hit.reporting_body or ""), name_key(want["body"])
            right = bool(got) and (got in wanted or wanted in got)
            tally.body += right
            if not right:
                tally.errors.append(f"BODY {hit.reporting_body!r} want {want['body']!r} | {row['text']}")
    for c in unmatched:
        tally.fp += 1
        for name in c.rules:
            tally.rule_fp[name] += 1
        tally.errors.append(f"FALSE {c.value} {c.location!r} [{c.rule}] | {row['text']}")


def report(rows: list[dict], gazetteer: Gazetteer, show_errors: bool) -> dict[str, Tally]:
    tallies = {"dev": Tally(), "held-out": Tally()}
    for row in rows:
        score_row(row, gazetteer, tallies["held-out" if held_out(row["key"]) else "dev"])
    every = Tally()
    for t in tallies.values():
        for attr in ("tp", "fp", "fn", "qualifier", "qualifier_of", "body", "body_of", "place", "place_of"):
            setattr(every, attr, getattr(every, attr) + getattr(t, attr))
        for attr in ("period", "period_of"):
            setattr(every, attr, getattr(every, attr) + getattr(t, attr))
        every.rule_tp.update(t.rule_tp)
        every.rule_fp.update(t.rule_fp)
        every.missed_at.update(t.missed_at)
        every.errors.extend(t.errors)
    tallies["all"] = every
    for name, t in tallies.items():
        n = sum(1 for r in rows if (held_out(r["key"]) == (name == "held-out")) or name == "all")
        print(t.line(name) + f"   [{n} excerpts]")
    print("\nper rule (dev + held-out): candidates right / made")
    by_stage = defaultdict(list)
    for rule in sorted(set(every.rule_tp) | set(every.rule_fp)):
        by_stage[stage_of(rule)].append(rule)
    order = ["quantities", "units", "terms", "places", "bodies", "periods"]
    for stage in sorted(by_stage, key=lambda s: order.index(s) if s in order else len(order)):
        made = sum(every.rule_tp[r] + every.rule_fp[r] for r in by_stage[stage])
        right = sum(every.rule_tp[r] for r in by_stage[stage])
        print(f"  {stage} (P {right / made:.3f} of the {made} candidates that went through a rule of this stage)")
        for rule in by_stage[stage]:
            tp, fp = every.rule_tp[rule], every.rule_fp[rule]
            print(f"    {rule:<26} P {tp / (tp + fp):.3f}  ({tp}/{tp + fp})")
    print("\nper stage: expected figures missed, by the stage that let them go")
    for stage in ("quantities", "units", "terms", "places", "candidates"):
        print(f"  {stage:<12} {every.missed_at[stage]}")
    if show_errors:  # the dev split's only: the held-out errors are not for tuning
        print()
        for line in tallies["dev"].errors:
            print(line)
    return tallies


def speed(rows: list[dict], gazetteer: Gazetteer, rounds: int) -> float:
    texts = [row["text"] for row in rows]
    sentences = sum(len(split_sentences(t)) for t in texts) * rounds
    started = time.process_time()
    for _ in range(rounds):
        for text in texts:
            _extract(text, gazetteer=gazetteer, published=date(2020, 2, 20))
    elapsed = time.process_time() - started
    baseline_started = time.process_time()
    for _ in range(rounds * 20):
        for text in texts:
            text.lower().split()
    baseline = (time.process_time() - baseline_started) / 20
    rate = sentences / elapsed
    print(
        f"\nspeed: {rate:,.0f} sentences/s on one core (CPU time) with {len(gazetteer.world or ()):,} worldwide "
        f"names; {elapsed / baseline:,.0f}x the time of lower().split() on the same text"
    )
    return rate


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, default=None, help="labelled set (JSON lines)")
    parser.add_argument(
        "--lang", choices=["en", "fr", "ar"], help="read the set in this language (its own set by default)"
    )
    parser.add_argument("--smoke", action="store_true", help="a small slice and one round of timing")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args(argv)
    global LANG
    LANG = None if args.lang in (None, "en") else args.lang
    args.set = args.set or LANGUAGE_SETS.get(args.lang or "en", PROJECT_SET)
    rows = load(args.set)
    if args.smoke:
        rows = rows[:40]
    started = time.perf_counter()
    gazetteer = shipped_gazetteer_or_world()
    print(f"gazetteer: {len(gazetteer.world or ()):,} worldwide names, built in {time.perf_counter() - started:.1f} s")
    print(f"{args.set.name}: {len(rows)} excerpts, {sum(len(r['expect']) for r in rows)} labelled figures\n")
    tallies = report(rows, gazetteer, args.errors)
    rate = speed(rows, gazetteer, rounds=1 if args.smoke else 3)
    return {"tallies": tallies, "rate": rate}


def shipped_gazetteer_or_world() -> Gazetteer:
    """The project's shipped Syria sample with the worldwide names (no database needed); without Django, the
    worldwide names alone."""
    try:
        import os

        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
        import django

        django.setup()
        from tracker.demo import shipped_gazetteer

        return shipped_gazetteer()
    except ImportError:
        return Gazetteer(world=world_names())


if __name__ == "__main__":
    main()
