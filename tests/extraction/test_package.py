"""The package stands alone: no Django, the same values as the tracker's choices, every rule registered."""

import json
import subprocess
import sys

from extraction import rules, vocab
from tests.extraction.conftest import PROJECT_SET, ROOT
from tracker import choices


def test_importing_the_package_does_not_import_django():
    code = (
        "import sys, extraction, extraction.world; "
        "extraction.extract('Some 5,000 people fled Ariha on Tuesday, OCHA said.'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('django', 'tracker')))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_values_are_the_tracker_choices():
    for name in ("Qualifier", "Unit", "Term", "Category", "DateAccuracy"):
        ours = {k: v for k, v in vars(getattr(vocab, name)).items() if k.isupper()}
        theirs = {member.name: member.value for member in getattr(choices, name)}
        assert ours == theirs, name


def test_every_candidate_lists_registered_rules_one_per_stage_it_passed(run):
    seen = set()
    for line in PROJECT_SET.read_text(encoding="utf-8").splitlines():
        for candidate in run(json.loads(line)["text"]):
            assert candidate.rules and all(name in rules.RULES for name in candidate.rules), candidate.rules
            stages = [rules.stage_of(name) for name in candidate.rules]
            assert stages[:3] == ["quantities", "units", "terms"] and "periods" in stages
            assert candidate.rule == " ".join(candidate.rules)
            seen.update(candidate.rules)
    assert {"unit:noun", "unit:subject", "term:verb-after", "body:after-cue", "place:sentence"} <= seen
