"""Shared pieces of the extraction tests: the project's gazetteer (the shipped Syria sample plus the worldwide names)
and the third-party evaluation set, read where it lives beside the repository (never copied into it)."""

import importlib.util
import os
from datetime import date
from pathlib import Path

import pytest

from extraction import extract

ROOT = Path(__file__).resolve().parents[2]
# ../shared beside the repository; a checkout kept elsewhere (a git worktree) names it in TRACKER_SHARED_DIR
SHARED = Path(os.environ.get("TRACKER_SHARED_DIR") or ROOT.parent / "shared")
REAL_SET = SHARED / "eval" / "extraction_real_idmc.jsonl"
PROJECT_SET = ROOT / "tests" / "data" / "extraction_sentences.jsonl"


@pytest.fixture(scope="session")
def gazetteer():
    from tracker.demo import shipped_gazetteer

    return shipped_gazetteer()


@pytest.fixture(scope="session")
def run(gazetteer):
    def run(text, published=date(2020, 2, 20), **kwargs):
        return extract(text, gazetteer=gazetteer, published=published, **kwargs)

    return run


@pytest.fixture(scope="session")
def bench():
    """bench/extraction.py, as the suite runs it (its loading, matching and tallies)."""
    spec = importlib.util.spec_from_file_location("bench_extraction", ROOT / "bench" / "extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scores_of(bench, path, gazetteer) -> dict:
    """A labelled set's tallies, its dev part and its held-out part (by the bench's hash of each key)."""
    tallies = {"dev": bench.Tally(), "held-out": bench.Tally()}
    for row in bench.load(path):
        bench.score_row(row, gazetteer, tallies["held-out" if bench.held_out(row["key"]) else "dev"])
    return tallies
