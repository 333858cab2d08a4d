"""requirements.lock is the install (README commands, Dockerfile): it must cover requirements.txt exactly, pin every
package with hashes, and be what the tests run on. A pin changed in requirements.txt without regenerating the lock
fails here."""

import re
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent


def _top_level() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        requirement = Requirement(line)
        (spec,) = requirement.specifier
        assert spec.operator == "==", f"requirements.txt pins exactly: {line}"
        pins[canonicalize_name(requirement.name)] = spec.version
    return pins


def _locked() -> list[dict]:
    """One entry per pinned line of the lock: name, version, marker, hashes, and what asked for it."""
    text = (ROOT / "requirements.lock").read_text()
    entries = []
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        head = block.split("\\", 1)[0].strip()
        if not head or head.startswith("#"):
            continue
        requirement = Requirement(head)
        (spec,) = requirement.specifier
        entries.append({
            "name": canonicalize_name(requirement.name), "version": spec.version, "marker": requirement.marker,
            "hashes": re.findall(r"--hash=sha256:([0-9a-f]{64})", block),
            "top_level": bool(re.search(r"#\s+(via )?-r requirements\.txt", block)),
        })  # fmt: skip
    return entries


def test_every_top_level_pin_is_in_the_lock_at_the_same_version_with_hashes():
    locked = {}
    for entry in _locked():
        locked.setdefault(entry["name"], []).append(entry)
    for name, version in _top_level().items():
        assert name in locked, f"{name} is in requirements.txt but not in requirements.lock: regenerate the lock"
        assert any(e["version"] == version for e in locked[name]), (
            f"{name}=={version} in requirements.txt, {[e['version'] for e in locked[name]]} in the lock: regenerate it"
        )
        assert all(e["hashes"] for e in locked[name])


def test_the_lock_asks_for_nothing_that_requirements_txt_dropped():
    top_level = {e["name"] for e in _locked() if e["top_level"]}
    assert top_level == set(_top_level()), "regenerate requirements.lock from requirements.txt"


def test_every_locked_package_transitive_ones_included_carries_a_hash():
    entries = _locked()
    assert len(entries) > len(_top_level())  # transitive packages are pinned too
    for entry in entries:
        assert entry["hashes"], f"{entry['name']} has no hash"
    names = {e["name"] for e in entries}
    assert "lxml-html-clean" in names  # what the pip of Python 3.11 fails to pull in through lxml[html_clean]
    assert "--index-url" not in (ROOT / "requirements.lock").read_text()  # the machine's pip config decides


def test_the_tests_run_on_exactly_the_locked_versions():
    for entry in _locked():
        if entry["marker"] is not None and not Marker(str(entry["marker"])).evaluate():
            continue
        assert metadata.version(entry["name"]) == entry["version"], entry["name"]
