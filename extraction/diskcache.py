"""Indexes built once and kept on disk between processes (the worldwide names, the Arabic place names).

A file is named after what it was built from: the data packages' versions and the code that builds and folds
the names, so that a new release or a code change builds it again. It lives in EXTRACTION_CACHE_DIR, else
~/.cache/displacement-tracker, is written atomically (a temporary file renamed) and only by `load_or_build`; an
unreadable or foreign file is built again, and a folder that cannot be written leaves the index in memory only.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_file(stem: str, *, packages: tuple[str, ...], code: tuple[Path, ...]) -> Path | None:
    """Where the index `stem` built from these packages and this code is kept; None without the packages."""
    try:
        versions = "-".join(f"{name}{version(name)}" for name in packages)
    except PackageNotFoundError:
        return None
    digest = hashlib.sha256(b"".join(path.read_bytes() for path in code)).hexdigest()[:12]
    folder = Path(os.environ.get("EXTRACTION_CACHE_DIR") or Path.home() / ".cache" / "displacement-tracker")
    return folder / f"{stem}-{versions}-{digest}.pickle"


def load_or_build(path: Path | None, build: Callable[[], T], kind: type) -> T:
    """The index read from `path` when it holds one of `kind`, else built and written there."""
    if path is not None and path.is_file():
        try:
            with path.open("rb") as handle:
                found = pickle.load(handle)  # noqa: S301 (our own file, written below)
            if isinstance(found, kind):
                return found
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, KeyError):
            pass
    built = build()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(f".{os.getpid()}.tmp")
            with temporary.open("wb") as handle:
                pickle.dump(built, handle, protocol=pickle.HIGHEST_PROTOCOL)
            temporary.replace(path)
        except OSError:
            pass
    return built
