import logging
import sys
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q
from tqdm import tqdm

from ingest.http import FetchError
from ingest.models import Feed, FeedItem, FeedKind, ItemStatus, LinkOutcome, RunOutcome
from ingest.parsers import LENIENT_READ
from ingest.services import poll_feed, process_item, register_feed
from tracker.selectors import reporting_body_by_name

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_PARTIAL = 0, 1, 3


class Command(BaseCommand):
    help = (
        "Run one feed now (a URL, a registered feed's name, or a local file), process every new item (and any item "
        "of the feed still pending) in this process, and print one line: the outcome. Details go to stderr. "
        "Exit status: 0 the feed was read and every item is stored (or was already); 1 the feed could not be read "
        "(nothing stored; the reason is on the line); 3 the feed was read but some items or rows could not be "
        "stored; 2 a usage error."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="feed URL, registered feed name, or a local file")
        parser.add_argument("--kind", choices=FeedKind.values, help="feed kind (default: rss, or the feed's own)")
        parser.add_argument("--body", help="default reporting body for a new feed")

    def handle(self, *args, source, kind=None, body=None, **options):
        ingest_logger = logging.getLogger("ingest")
        level = ingest_logger.level
        if options["verbosity"] < 2:  # this command reports every failure itself, once; the loggers would repeat it
            ingest_logger.setLevel(logging.ERROR)
        try:
            self._run(source, kind, body, options["verbosity"])
        finally:
            ingest_logger.setLevel(level)

    def _run(self, source: str, kind: str | None, body: str | None, verbosity: int) -> None:
        feed, content = self._feed(source, kind, body)
        try:
            result = poll_feed(feed=feed, content=content)
        except Exception as exc:  # poll_feed has recorded the run as failed; say why in one line, no traceback
            self._finish(f"{feed.name}: Failed — stopped: {type(exc).__name__}: {exc}", EXIT_FAILED)
            return
        run = result.run
        if run.outcome == RunOutcome.FAILED:
            self._finish(f"{feed.name}: Failed — {_first_line(run.error_text)}", EXIT_FAILED)
            return
        counts = dict.fromkeys(("stored", "duplicate", "failed", "figures", "refused", "link_failed"), 0)
        problems: list[str] = []
        items = FeedItem.objects.filter(Q(pk__in=result.new_item_ids) | Q(feed=feed, status=ItemStatus.PENDING))
        progress = verbosity >= 1 and sys.stderr.isatty()
        for item in tqdm(items.order_by("pk"), desc="items", unit="item", disable=not progress):
            self._process(item, counts, problems, verbosity)
        failed = run.items_failed + counts["failed"]
        notes = [f"{counts['stored']} documents stored, {counts['figures']} figures extracted"]
        if counts["duplicate"]:
            notes.append(f"{counts['duplicate']} items' text already stored")
        if counts["refused"]:
            notes.append(f"{counts['refused']} links refused (summaries kept)")
        if counts["link_failed"]:
            notes.append(f"{counts['link_failed']} links unreadable (summaries kept)")
        line = (
            f"{feed.name}: {run.get_outcome_display() if not counts['failed'] else 'Partly failed'}; "
            f"seen {run.items_seen}, new {run.items_new}, duplicate {run.items_duplicate}, "
            f"failed {failed}; {'; '.join(notes)}"
        )
        warnings = [line for line in run.error_text.splitlines() if line.startswith(LENIENT_READ)]
        if warnings:
            line += f"; warning: {warnings[0][:300]}"
        for detail in filter(None, [*run.error_text.splitlines(), *problems]):
            self.stderr.write(detail)
        self._finish(line, EXIT_PARTIAL if failed else EXIT_OK)

    def _feed(self, source: str, kind: str | None, body: str | None) -> tuple[Feed, bytes | None]:
        content = None
        path = Path(source)
        if path.is_file():
            try:
                content = path.read_bytes()
            except OSError as exc:
                raise CommandError(f"{source}: cannot read the file ({exc.strerror})") from exc
            feed, _ = Feed.objects.get_or_create(name=f"file: {path.name}", defaults={"url": "", "kind": kind or "rss"})
        else:
            feed = Feed.objects.filter(name=source).first() or Feed.objects.filter(url=source).first()
            if feed is None:
                if not source.startswith(("http://", "https://")):
                    raise CommandError(f"{source!r} is neither a file, a registered feed nor an http(s) URL")
                try:
                    feed = register_feed(name=source[:200], url=source, kind=kind or FeedKind.RSS)
                except ValidationError as exc:
                    raise CommandError(f"{source[:200]!r}: {' '.join(exc.messages)}") from exc
        if kind and feed.kind != kind:
            feed.kind = kind
            feed.save(update_fields=["kind"])
        if body and feed.default_body is None:
            feed.default_body = reporting_body_by_name(name=body)
            if feed.default_body is None:
                raise CommandError(f"no reporting body called {body!r}")
            feed.save(update_fields=["default_body"])
        return feed, content

    def _process(self, item: FeedItem, counts: dict, problems: list[str], verbosity: int) -> None:
        try:
            processed = process_item(item=item)
        except FetchError as exc:
            counts["failed"] += 1
            problems.append(f"item {item.canonical_url}: {exc} (left pending: the next run tries it again)")
            return
        except Exception as exc:  # one bad item never stops the others, nor prints a traceback
            logger.warning("item %s failed: %s: %s", item.pk, type(exc).__name__, exc)
            counts["failed"] += 1
            problems.append(f"item {item.canonical_url}: {type(exc).__name__}: {exc} (left pending)")
            return
        if processed.link_outcome == LinkOutcome.REFUSED:
            counts["refused"] += 1
            problems.append(f"item {processed.canonical_url}: link refused: {processed.link_error}")
        elif processed.link_outcome in (LinkOutcome.FAILED, LinkOutcome.EMPTY) and processed.link_error:
            counts["link_failed"] += 1
            problems.append(f"item {processed.canonical_url}: {processed.link_error}")
        if processed.status == ItemStatus.FAILED:
            counts["failed"] += 1
            problems.append(f"item {processed.canonical_url}: {processed.error_text}")
            return
        figures = processed.source.figures.count() if processed.source else 0
        if processed.status == ItemStatus.DONE:
            counts["stored"] += 1
            counts["figures"] += figures
        else:
            counts["duplicate"] += 1
        if verbosity >= 2:
            self.stdout.write(f"  {processed.get_status_display()}: {processed.title[:70]} ({figures} figures)")

    def _finish(self, line: str, code: int) -> None:
        self.stdout.write(line)
        if code:
            sys.exit(code)


def _first_line(text: str) -> str:
    return (text or "no reason recorded").strip().splitlines()[0][:500]
