"""Backfilling a large source: a ReliefWeb export (the API's JSON answer, or JSON Lines of its reports or of whole
answers) or a folder of documents, streamed, in batches, resumable after a kill.

Each batch of items is registered (idempotently: an item's key is its URL and text, as for a feed) in the same
transaction that advances the source's checkpoint (BackfillCheckpoint), then processed by the worker's own service
(services.process_items). A run that was killed resumes at the checkpoint, first finishing the items it had
registered but not yet processed; an item read twice is never stored twice.
"""

import codecs
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from ingest.models import BackfillCheckpoint, Feed, FeedItem, FeedKind, FeedRun, ItemStatus, RunOutcome
from ingest.parsers import Item, ParseError, clean, html_to_text, reliefweb_item
from ingest.services import BATCH_SIZE, canonical_url, item_key, process_item, process_items

DOCUMENT_SUFFIXES = (".txt", ".md", ".html", ".htm")
_CHUNK = 1 << 20


@dataclass
class Record:
    """One thing read from the source: an item, or why it could not be read; `position` is where reading resumes
    after it (byte offset, or files done)."""

    position: int
    item: Item | None = None
    error: str = ""


# ------------------------------------------------------------------------------------------------ readers


def _item_from(record, where: str) -> Record:
    try:
        return Record(0, item=reliefweb_item(record))
    except (ParseError, TypeError, AttributeError, ValueError) as exc:
        return Record(0, error=f"{where}: {str(exc).lstrip(': ') or type(exc).__name__}")


def read_jsonl(path: Path, start: int) -> Iterator[Record]:
    """JSON Lines: one ReliefWeb report per line, or one whole API answer ({"data": [...]}) per line."""
    with path.open("rb") as handle:
        handle.seek(start)
        position, line_number = start, None
        for raw in handle:
            position += len(raw)
            line_number = (line_number or 0) + 1
            where = f"byte {position - len(raw)}"
            if not raw.strip():
                continue
            try:
                value = json.loads(raw.decode("utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield Record(position, error=f"{where}: not valid JSON: {exc}")
                continue
            records = value["data"] if isinstance(value, dict) and isinstance(value.get("data"), list) else [value]
            for number, record in enumerate(records, start=1):
                read = _item_from(record, where if len(records) == 1 else f"{where}, report {number}")
                read.position = position if number == len(records) else position - len(raw)
                yield read


def _array_start(handle) -> int:
    """Byte offset just inside the report list: the top-level list, or the answer's "data" list."""
    head = handle.read(_CHUNK)
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"["):
        return len(head) - len(stripped) + 1
    at = head.find(b'"data"')
    bracket = head.find(b"[", at) if at >= 0 else -1
    if bracket < 0:
        raise ParseError('not a ReliefWeb export: no list of reports (a "data" list or a top-level list)')
    return bracket + 1


def read_json(path: Path, start: int) -> Iterator[Record]:
    """A ReliefWeb API answer ({"data": [...]}) or a list of reports, read one report at a time (never whole)."""
    decoder = json.JSONDecoder()
    with path.open("rb") as handle:
        if start == 0:
            start = _array_start(handle)
        handle.seek(start)
        utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
        buffer, position, done, number = "", start, False, 0
        while True:
            skipped = len(buffer) - len(buffer.lstrip(" \t\r\n,"))
            position += len(buffer[:skipped].encode("utf-8"))
            buffer = buffer[skipped:]
            if buffer.startswith("]"):
                return
            try:
                if not buffer:
                    raise ValueError("empty")
                record, end = decoder.raw_decode(buffer)
            except ValueError:
                if done:
                    if buffer.strip():
                        yield Record(position, error=f"byte {position}: the file ends inside a report")
                    return
                chunk = handle.read(_CHUNK)
                done = not chunk
                buffer += utf8.decode(chunk, final=done)
                continue
            number += 1
            position += len(buffer[:end].encode("utf-8"))
            buffer = buffer[end:]
            read = _item_from(record, f"report at byte {position}")
            read.position = position
            yield read


def _documents(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)


def read_folder(folder: Path, start: int) -> Iterator[Record]:
    """A folder of documents (.txt, .md, .html): each file one document, its first line (or <title>) its title."""
    for number, path in enumerate(_documents(folder)[start:], start=start + 1):
        name = path.relative_to(folder).as_posix()
        try:
            raw = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            yield Record(number, error=f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})")
            continue
        except OSError as exc:
            yield Record(number, error=f"{name}: cannot be read ({exc.strerror})")
            continue
        text = html_to_text(raw) if path.suffix.lower() in (".html", ".htm") else clean(raw).strip()
        title = next((line.strip() for line in text.splitlines() if line.strip()), name)[:500]
        if not text:
            yield Record(number, error=f"{name}: empty")
            continue
        yield Record(number, item=Item(url=f"file:{name}", title=title, text=text))


def reader_for(path: Path) -> tuple[Callable[[Path, int], Iterator[Record]], int]:
    """The reader for the source, and its size (bytes, or files for a folder)."""
    if path.is_dir():
        return read_folder, len(_documents(path))
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file or folder")
    size = path.stat().st_size
    with path.open("rb") as handle:
        first = handle.read(_CHUNK).lstrip(b"\xef\xbb\xbf \t\r\n")
    if path.suffix.lower() in (".jsonl", ".ndjson") or (first.startswith(b"{") and b"\n{" in first):
        return read_jsonl, size
    return read_json, size


# ------------------------------------------------------------------------------------------------ service


@dataclass
class BackfillReport:
    resumed_at: int = 0
    size: int = 0
    leftover: int = 0  # items registered before a stop, processed first
    read: int = 0
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    figures: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)


def _feed_for(key: str) -> Feed:
    name = f"backfill: {key}"[-200:]
    feed, _ = Feed.objects.get_or_create(name=name, defaults={"kind": FeedKind.RELIEFWEB, "active": False})
    return feed


def _register(feed: Feed, run: FeedRun, items: list[Item]) -> list[int]:
    """The batch's items that are new, registered (pending); an item already known is skipped, whatever its run."""
    rows = {}
    for item in items:
        url = canonical_url(item.url)[:2000]
        key = item_key(url=url, text=item.text)
        rows.setdefault(key, FeedItem(
            feed=feed, run=run, canonical_url=url, key=key, title=item.title[:500], text=item.text,
            fetch_article=item.teaser, published_on=item.published, status=ItemStatus.PENDING,
        ))  # fmt: skip
    known = set(FeedItem.objects.filter(key__in=list(rows)).values_list("key", flat=True))
    FeedItem.objects.bulk_create([row for key, row in rows.items() if key not in known], ignore_conflicts=True)
    new = FeedItem.objects.filter(key__in=[k for k in rows if k not in known], run=run)
    return list(new.order_by("pk").values_list("pk", flat=True))


def _process(item_ids: list[int], report: BackfillReport) -> None:
    outcome = process_items(item_ids=item_ids)
    report.new += len(outcome.done)
    report.duplicate += len(outcome.duplicate)
    report.failed += len(outcome.failed)
    report.figures += outcome.figures
    report.errors += [f"item {pk}: {why}" for pk, why in outcome.failed.items()]
    for item in FeedItem.objects.filter(pk__in=outcome.needs_link).select_related("feed"):
        processed = process_item(item=item)  # a summary: its link is fetched (network I/O, outside any lock)
        status = processed.status
        report.new += status == ItemStatus.DONE
        report.duplicate += status == ItemStatus.DUPLICATE
        report.failed += status == ItemStatus.FAILED


def backfill(
    *, path: Path, key: str = "", batch_size: int = BATCH_SIZE, restart: bool = False, progress=None
) -> BackfillReport:
    """Read the source from its checkpoint to its end, registering and processing its items batch by batch.

    `progress(position, report)` is called after each batch. `restart` forgets the checkpoint (items already
    stored stay stored and are skipped)."""
    reader, size = reader_for(path)
    key = key or str(path.resolve())
    feed = _feed_for(key)
    checkpoint, _ = BackfillCheckpoint.objects.get_or_create(source_key=key, defaults={"feed": feed, "size": size})
    if restart:
        checkpoint.position = checkpoint.items_read = checkpoint.items_new = checkpoint.items_failed = 0
        checkpoint.finished_at = None
    checkpoint.size = size
    checkpoint.save()
    report = BackfillReport(resumed_at=checkpoint.position, size=size)
    started = time.perf_counter()
    run = FeedRun.objects.create(feed=feed)
    leftover = list(FeedItem.objects.filter(feed=feed, status=ItemStatus.PENDING).values_list("pk", flat=True))
    report.leftover = len(leftover)
    for start in range(0, len(leftover), batch_size):  # registered by a run that was stopped before processing them
        _process(leftover[start : start + batch_size], report)

    batch: list[Record] = []

    def flush() -> None:
        if not batch:
            return
        with transaction.atomic():
            locked = BackfillCheckpoint.objects.select_for_update().get(pk=checkpoint.pk)
            ids = _register(feed, run, [r.item for r in batch if r.item is not None])
            errors = [r.error for r in batch if r.error]
            locked.position = batch[-1].position
            locked.items_read += len(batch)
            locked.items_failed += len(errors)
            locked.save()
        report.read += len(batch)
        report.failed += len(errors)
        report.errors += errors
        report.duplicate += sum(1 for r in batch if r.item is not None) - len(ids)
        _process(ids, report)
        batch.clear()
        if progress:
            progress(locked.position, report)

    for record in reader(path, checkpoint.position):
        batch.append(record)
        if len(batch) >= batch_size:
            flush()
    flush()
    report.seconds = time.perf_counter() - started
    BackfillCheckpoint.objects.filter(pk=checkpoint.pk).update(
        finished_at=timezone.now(), items_new=checkpoint.items_new + report.new
    )
    run.items_seen, run.items_new, run.items_duplicate, run.items_failed = (
        report.read, report.new, report.duplicate, report.failed,
    )  # fmt: skip
    run.outcome = RunOutcome.PARTIAL if report.failed else RunOutcome.SUCCESS
    run.error_text, run.finished_at = "\n".join(report.errors[:1000]), timezone.now()
    run.save()
    return report
