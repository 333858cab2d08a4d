"""Near-duplicate documents: the same wire story republished with edits (a new lead, a paragraph added or cut, a
figure updated) is recognised, so that its figures corroborate instead of entering review again.

A document's text becomes a set of shingles (4 consecutive words, case and punctuation aside); a MinHash
signature of 64 permutations (datasketch) estimates the Jaccard similarity of two such sets; the signature is cut
into 32 bands of 2 rows, each band hashed to a 64-bit integer and stored (tracker.StoryBand, indexed). Two
documents sharing any band are candidates: the chance of that is 1 - (1 - J²)³², i.e. 0.89 at J = 0.26, 0.99 at
J = 0.4, 0.27 at J = 0.1. A candidate is confirmed on the texts' exact shingle Jaccard similarity, at least
LINK_THRESHOLD (0.2: on the labelled set in tests/data/near_duplicates.jsonl the edited retellings are at 0.26 and
above, different stories about the same event at 0.14 and below; see bench/near_duplicates.py).

Only documents with at least MIN_SHINGLES shingles take part: two short notes sharing a sentence are not a story.
Pure functions; the writes are tracker.services.link_near_duplicate, the read tracker.selectors.story_candidates.
"""

import hashlib
import re

import numpy as np
from datasketch import MinHash

SHINGLE_WORDS = 4
NUM_PERM = 64
BANDS, ROWS = 32, 2
LINK_THRESHOLD = 0.2
MIN_SHINGLES = 12
SEED = 19
# Stored band hashes depend on the scheme, the seed and the hash function: pinned here, so that a datasketch
# upgrade that changes its default cannot silently split old and new documents (re-index: link_near_duplicates).
SCHEME = "affine32"

_WORD = re.compile(r"\w+")
# computed once, shared by every signature
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def shingles(text: str) -> set[str]:
    words = _WORD.findall(text.casefold())
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature(shingle_set: set[str]) -> np.ndarray:
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_PERMUTATIONS)
    minhash.update_batch([s.encode("utf-8") for s in shingle_set])
    return minhash.hashvalues


def band_hashes(sig: np.ndarray) -> list[int]:
    """One signed 64-bit integer per band (the band's number is part of what is hashed)."""
    values = sig.astype("<u8")
    return [
        int.from_bytes(
            hashlib.blake2b(values[band * ROWS : (band + 1) * ROWS].tobytes(), digest_size=8, person=band.to_bytes(2))
            .digest(),
            "little",
            signed=True,
        )
        for band in range(BANDS)
    ]  # fmt: skip


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def fingerprint(text: str) -> tuple[set[str], list[int]]:
    """The shingles and band hashes of a text; no bands when it is too short to take part."""
    shingle_set = shingles(text)
    if len(shingle_set) < MIN_SHINGLES:
        return shingle_set, []
    return shingle_set, band_hashes(signature(shingle_set))


def sql_array(numbers) -> str:
    """A PostgreSQL array literal of integers ('{1,2,3}', cast in the query): one text parameter, which the
    client-side binding sends as is, where a list of a few thousand ints is adapted one by one."""
    return "{" + ",".join(map(str, map(int, numbers))) + "}"
