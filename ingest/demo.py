"""The demo's local sample feed, ingested so that a new user finds extracted candidates waiting for review."""

from pathlib import Path

from ingest.models import Feed, FeedItem, FeedKind
from ingest.services import poll_feed, process_item

DEMO_FEED = Path(__file__).resolve().parent / "data" / "demo_feed.xml"


def ingest_demo_feed() -> int:
    """Ingest the sample feed in this process; returns how many new documents were processed."""
    feed, _ = Feed.objects.get_or_create(
        name="Demo sample feed", defaults={"url": "", "kind": FeedKind.RSS, "active": False}
    )
    result = poll_feed(feed=feed, content=DEMO_FEED.read_bytes())
    for item in FeedItem.objects.filter(pk__in=result.new_item_ids):
        process_item(item=item)
    return len(result.new_item_ids)
