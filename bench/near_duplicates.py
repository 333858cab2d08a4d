"""Near-duplicate documents: how well the linking works on the labelled set, and what it costs per document.

1. Quality: the hand-written labelled set (tests/data/near_duplicates.jsonl: wire stories, their edited
   republications, and other outlets' stories about the same events) is linked document by document, as ingest
   does, at several similarity thresholds; precision and recall over all pairs (same story or not).
2. Speed: N filler documents are stored and indexed (their LSH bands in tracker.StoryBand), then the labelled
   documents are linked among them. Per document: the fingerprint (shingles + MinHash), the indexed lookup, the
   whole link step, against the baseline of storing the document (store_source) and against a brute-force scan
   (exact Jaccard against every stored text), the in-memory alternative the index replaces.

Runs on its own database (`tracker_bench_neardup`, created and migrated here). Needs PostgreSQL.
Run: .venv/bin/python bench/near_duplicates.py [N]   (`--smoke`: 300 filler documents)
"""

import itertools
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SMOKE = "--smoke" in sys.argv
DB = "tracker_bench_neardup_smoke" if SMOKE else "tracker_bench_neardup"

from _benchdb import use_bench_database  # noqa: E402

PG = use_bench_database(DB, fresh=SMOKE)

from django.core.management import call_command  # noqa: E402

from tracker import stories  # noqa: E402
from tracker.models import Source, StoryBand  # noqa: E402
from tracker.selectors import story_candidates  # noqa: E402
from tracker.services import content_hash, link_near_duplicate, store_source  # noqa: E402

LABELLED = ROOT / "tests" / "data" / "near_duplicates.jsonl"
THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5]


def labelled():
    return [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]


def link_in_memory(docs, threshold):
    """The same rule as link_near_duplicate (LSH candidates, exact Jaccard, first document names the story)."""
    story, bands_of, shingles_of = {}, {}, {}
    for doc in docs:
        shingle_set, bands = stories.fingerprint(doc["text"])
        shingles_of[doc["id"]], bands_of[doc["id"]] = shingle_set, set(bands)
        best, best_similarity = None, threshold
        for other in story:
            if bands_of[doc["id"]] & bands_of[other]:
                similarity = stories.jaccard(shingle_set, shingles_of[other])
                if similarity >= best_similarity:
                    best, best_similarity = other, similarity
        story[doc["id"]] = (story[best] or best) if best else None
        if best and story[best] is None:
            story[best] = best
    return story


def score(docs, story):
    tp = fp = fn = 0
    for a, b in itertools.combinations(docs, 2):
        same = a["story"] == b["story"]
        linked = story[a["id"]] is not None and story[a["id"]] == story[b["id"]]
        tp, fp, fn = tp + (same and linked), fp + (linked and not same), fn + (same and not linked)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return tp, fp, fn, precision, recall


def filler_texts(n, rng):
    words = [w for w in LABELLED.read_text(encoding="utf-8").replace('"', " ").split() if w.isalpha()]
    vocabulary = sorted(set(words))
    return [
        " ".join(" ".join(rng.choices(vocabulary, k=rng.randint(12, 24))) + "." for _ in range(rng.randint(6, 10)))
        for _ in range(n)
    ]


def index_fillers(texts):
    sources = Source.objects.bulk_create(
        [Source(title=f"filler {i}", text=text, content_hash=content_hash(text)) for i, text in enumerate(texts)],
        batch_size=2000,
    )
    bands = []
    for source in sources:
        _, hashes = stories.fingerprint(source.text)
        bands += [StoryBand(source=source, band_hash=h) for h in dict.fromkeys(hashes)]
    StoryBand.objects.bulk_create(bands, batch_size=5000)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = 300 if SMOKE else int(args[0]) if args else 20_000
    docs = labelled()
    pairs = sum(1 for _ in itertools.combinations(docs, 2))
    positives = sum(a["story"] == b["story"] for a, b in itertools.combinations(docs, 2))
    print(f"labelled set: {len(docs)} documents, {len({d['event'] for d in docs})} events, {pairs} pairs "
          f"({positives} same story)")  # fmt: skip
    print("threshold  linked-right  wrong  missed  precision  recall")
    for threshold in THRESHOLDS:
        tp, fp, fn, precision, recall = score(docs, link_in_memory(docs, threshold))
        mark = "  <- LINK_THRESHOLD" if threshold == stories.LINK_THRESHOLD else ""
        print(f"  {threshold:5.2f}   {tp:8d}   {fp:8d} {fn:6d}   {precision:8.3f} {recall:8.3f}{mark}")

    call_command("migrate", verbosity=0)
    call_command("flush", interactive=False, verbosity=0)
    rng = random.Random(19)
    started = time.perf_counter()
    index_fillers(filler_texts(n, rng))
    print(f"{n} filler documents stored and indexed in {time.perf_counter() - started:.1f} s "
          f"({StoryBand.objects.count()} band rows)")  # fmt: skip

    fingerprint_s = lookup_s = link_s = store_s = brute_s = 0.0
    for doc in docs:
        t0 = time.perf_counter()
        source, _ = store_source(title=doc["id"], text=doc["text"])
        t1 = time.perf_counter()
        shingle_set, bands = stories.fingerprint(doc["text"])
        t2 = time.perf_counter()
        story_candidates(band_hashes=bands, exclude_id=source.pk)
        t3 = time.perf_counter()
        link_near_duplicate(source=source)
        t4 = time.perf_counter()
        for text in Source.objects.exclude(pk=source.pk).values_list("text", flat=True).iterator(chunk_size=2000):
            stories.jaccard(shingle_set, stories.shingles(text))
        t5 = time.perf_counter()
        store_s, fingerprint_s, lookup_s, link_s, brute_s = (
            store_s + t1 - t0,
            fingerprint_s + t2 - t1,
            lookup_s + t3 - t2,
            link_s + t4 - t3,
            brute_s + t5 - t4,
        )
    k = len(docs)
    ms = 1000 / k
    print(f"per document, among {n + k} stored ({k} labelled documents linked in turn):")
    print(f"  store_source (baseline)      : {store_s * ms:8.2f} ms")
    print(f"  fingerprint (shingles+MinHash): {fingerprint_s * ms:8.2f} ms")
    print(f"  indexed candidate lookup     : {lookup_s * ms:8.2f} ms (one query)")
    print(f"  whole link step              : {link_s * ms:8.2f} ms")
    print(f"  brute-force scan, every text : {brute_s * ms:8.2f} ms")
    print(f"ratio link step / store_source : {link_s / store_s:8.2f}x")
    print(f"ratio brute force / link step  : {brute_s / link_s:8.2f}x")
    story = dict(Source.objects.filter(title__in=[d["id"] for d in docs]).values_list("title", "story_id"))
    tp, fp, fn, precision, recall = score(docs, story)
    print(f"in the database, among the fillers: precision {precision:.3f}, recall {recall:.3f} ({tp} pairs right, "
          f"{fp} wrong, {fn} missed)")  # fmt: skip
    assert fp == 0 and Source.objects.filter(title__startswith="filler", story__isnull=False).count() == 0


if __name__ == "__main__":
    main()
