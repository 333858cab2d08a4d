from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from ingest.http import FetchError
from ingest.models import Feed, FeedItem, FeedKind
from ingest.services import poll_feed, process_item
from tracker.selectors import reporting_body_by_name


class Command(BaseCommand):
    help = "Run one feed now (a URL, or a local file), process every new item in this process and report."

    def add_arguments(self, parser):
        parser.add_argument("source", help="feed URL, registered feed name, or a local file")
        parser.add_argument("--kind", choices=FeedKind.values, help="feed kind (default: rss, or the feed's own)")
        parser.add_argument("--body", help="default reporting body for a new feed")

    def handle(self, *args, source, kind=None, body=None, **options):
        content = None
        path = Path(source)
        if path.is_file():
            content = path.read_bytes()
            feed, _ = Feed.objects.get_or_create(name=f"file: {path.name}", defaults={"url": "", "kind": kind or "rss"})
        else:
            feed = Feed.objects.filter(name=source).first() or Feed.objects.filter(url=source).first()
            if feed is None:
                if not source.startswith(("http://", "https://")):
                    raise CommandError(f"{source!r} is neither a file, a registered feed nor an http(s) URL")
                feed = Feed.objects.create(name=source[:200], url=source, kind=kind or "rss")
        if kind and feed.kind != kind:
            feed.kind = kind
            feed.save(update_fields=["kind"])
        if body and feed.default_body is None:
            feed.default_body = reporting_body_by_name(name=body)
            feed.save(update_fields=["default_body"])
        result = poll_feed(feed=feed, content=content)
        run = result.run
        done = failed = 0
        items = FeedItem.objects.filter(pk__in=result.new_item_ids)
        for item in tqdm(items, total=len(result.new_item_ids), desc="items", unit="item",
                         disable=options["verbosity"] < 1):  # fmt: skip
            try:
                processed = process_item(item=item)
            except FetchError as exc:
                failed += 1
                self.stderr.write(f"  {item.canonical_url}: {exc}")
                continue
            done += processed.status in ("done", "duplicate")
            figures = processed.source.figures.count() if processed.source else 0
            self.stdout.write(f"  {processed.get_status_display()}: {processed.title[:70]} ({figures} figures)")
        self.stdout.write(
            f"{feed.name}: {run.get_outcome_display()}; seen {run.items_seen}, new {run.items_new}, "
            f"duplicate {run.items_duplicate}, failed {run.items_failed + failed}; {done} documents processed"
        )
        if run.error_text:
            self.stderr.write(run.error_text)
