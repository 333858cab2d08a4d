"""Shared pieces of the extraction tests: the project's gazetteer (the shipped Syria sample plus the worldwide names)
and the third-party evaluation set, read where it lives beside the repository (never copied into it)."""

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
