"""The learned steps' bench (bench/extraction_learned.py): its --smoke run prints the rules' and the learned methods'
shares, dev cross-validated and held-out, and the models are trained on dev rows only."""

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARE = r"(\d\.\d{3}) \(([\d,]+)/([\d,]+)\)"
LINE = re.compile(rf"^ +(dev \(5-fold CV\)|held-out) +{SHARE} +{SHARE} +(\d+\.\d{{3}})×$")


@pytest.fixture(scope="module")
def learned():
    spec = importlib.util.spec_from_file_location("bench_extraction_learned", ROOT / "bench" / "extraction_learned.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


def _number(text: str) -> int:
    return int(text.replace(",", ""))


def test_the_smoke_run_prints_both_methods_dev_cv_and_held_out_beside_the_rules():
    result = subprocess.run(
        [sys.executable, "bench/extraction_learned.py", "--smoke"],
        cwd=ROOT, env={**os.environ, "PYTHONUNBUFFERED": "1"}, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    out = result.stdout
    assert "held-out rows in training: 0" in out and re.search(r"trained on [1-9][\d,]* rows", out)
    rows = [LINE.match(line) for line in out.splitlines()]
    rows = [m for m in rows if m]
    # the chooser's table, then the veto's: dev CV and held-out in each
    assert [m.group(1) for m in rows] == ["dev (5-fold CV)", "held-out"] * 2, out
    for m in rows:
        rules, learned = (float(m.group(i)) for i in (2, 5))
        for share, right, n in ((rules, m.group(3), m.group(4)), (learned, m.group(6), m.group(7))):
            assert 0 <= share <= 1 and share == pytest.approx(_number(right) / _number(n), abs=5e-4), m.group(0)
        assert float(m.group(8)) == pytest.approx(learned / rules, abs=0.003), m.group(0)
    assert re.search(r"threshold picked by dev CV: (0\.\d+|none)", out)


def _keys(learned, held: bool, count: int) -> list[str]:
    keys = (f"excerpt {i}" for i in range(1000))
    return [k for k in keys if learned.base.held_out(k) == held][:count]


def _rows(learned, keys: list[str], good_label: int) -> list:
    """Rows whose examples say "good" is the place (and "real" the figure) when good_label is 1, the reverse at 0."""
    rows = []
    for key in keys:
        group = learned.PlaceGroup([("bias", "good"), ("bias", "bad")], [good_label, 1 - good_label], True)
        candidates = [(("bias", "real"), good_label), (("bias", "junk"), 1 - good_label)]
        rows.append(learned.RowExamples(key, candidates, [group]))
    return rows


def test_the_models_learn_from_dev_rows_only_and_score_the_held_out_ones(learned):
    dev = _rows(learned, _keys(learned, False, 10), good_label=1)
    held = _rows(learned, _keys(learned, True, 4), good_label=0)  # labelled the other way round
    trainer = learned.Trainer()
    results = learned.learn(dev + held, trainer)
    assert trainer.trained == {r.key for r in dev}
    assert results["weights"] == learned.learn(dev, learned.Trainer())["weights"]  # the held-out labels change nothing
    assert results["chooser"]["dev"] == (10, 10, 10)  # out-of-fold: "good" learned from the other folds
    assert results["chooser"]["held-out"] == (4, 0, 4)  # scored, and their reversed labels make the choice wrong
    assert learned.vetoed(results["veto"]["held-out"], 0.5) == (0, 4)  # the held-out "junk", labelled a figure there


def test_the_threshold_is_the_one_that_vetoes_most_non_figures_net_of_figures(learned):
    scored = [(0.04, 0), (0.08, 1), (0.15, 0), (0.15, 0), (0.25, 1), (0.4, 1), (0.9, 1)]
    assert learned.pick_threshold(scored) == 0.2  # 3 non-figures for 1 figure
    assert learned.pick_threshold([(0.04, 1), (0.3, 0), (0.9, 1)]) is None  # never more non-figures than figures


def test_a_set_named_on_the_command_line_is_read_beside_the_two(learned, tmp_path):
    extra = tmp_path / "extra.jsonl"
    lines = [
        '{"id": "a", "text": "Some 2,300 people fled floods in Gorontalo.", "expect": []}',
        '{"id": "b", "text": "About 40 families left Tulun after the storm.", "expect": []}',
    ]
    extra.write_text("\n".join(lines) + "\n", encoding="utf-8")
    base_rows = learned.load_rows(True)
    rows = learned.load_rows(True, [*learned.SETS, extra])
    assert len(rows) == len(base_rows) + 2
    assert [r["key"] for r in rows[-2:]] == ["a", "b"]
