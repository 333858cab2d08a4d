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


def _names_bound_twice(tree) -> list[str]:
    """Module-level names given a second, unrelated value: a function, class or pattern defined again under the
    same name silently replaces the first for every caller. A name bound again from itself (`X = guarded(X)`)
    is a wrapping, not a second definition."""
    import ast

    seen, twice = set(), []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            targets, value = [node.name], None
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            nodes = node.targets if isinstance(node, ast.Assign) else [node.target]
            targets, value = [t.id for t in nodes if isinstance(t, ast.Name)], node.value
        else:
            continue
        for name in targets:
            reads_itself = value is not None and any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(value))
            if name in seen and not reads_itself:
                twice.append(name)
            seen.add(name)
    return twice


def test_no_module_of_the_package_defines_a_name_twice():
    """Twice a rule's pattern or helper was defined again under a name already used, so that one of the two
    never ran (a country-letters check; an 'of them' pattern). Each module is read as written."""
    import ast

    found = {}
    for path in sorted((ROOT / "extraction").rglob("*.py")):
        twice = _names_bound_twice(ast.parse(path.read_text(encoding="utf-8")))
        if twice:
            found[str(path.relative_to(ROOT))] = twice
    assert found == {}


def test_a_name_defined_twice_is_found():
    import ast

    code = "A = 1\ndef f():\n    pass\nA = guarded(A)\ndef f():\n    return 2\nB = 3\nB = 4\n"
    assert _names_bound_twice(ast.parse(code)) == ["f", "B"]
