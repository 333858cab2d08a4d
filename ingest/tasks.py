"""Thin Celery tasks: take ids, load, call one service. Retries are capped; every task is idempotent."""

from celery import shared_task

from ingest import services
from ingest.http import FetchError
from ingest.models import Feed, FeedItem


@shared_task(acks_late=True, max_retries=3)
def poll_feed(feed_id: int) -> int:
    feed = Feed.objects.filter(pk=feed_id, active=True).first()
    if feed is None:
        return 0
    result = services.poll_feed(feed=feed)
    for item_id in result.new_item_ids:
        process_feed_item.delay_on_commit(item_id)
    return len(result.new_item_ids)


@shared_task(acks_late=True, autoretry_for=(FetchError,), retry_backoff=True, retry_backoff_max=600, max_retries=3)
def process_feed_item(item_id: int) -> str:
    item = FeedItem.objects.filter(pk=item_id).first()
    if item is None:
        return "gone"
    return services.process_item(item=item).status


@shared_task(acks_late=True, max_retries=1)
def poll_due_feeds() -> int:
    feed_ids = services.claim_due_feeds()
    for feed_id in feed_ids:
        poll_feed.delay_on_commit(feed_id)
    return len(feed_ids)
