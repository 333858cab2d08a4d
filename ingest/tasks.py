"""Thin Celery tasks: take ids, load, call one service; queued on commit; idempotent; with time limits.

The retry policy is config/celery.py's (TrackerTask); process_feed_item adds a fetch that may pass to what it
retries. A fetch's own time budget (INGEST_DEADLINE_SECONDS) is well inside these limits.
"""

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded

from config.celery import TRANSIENT_ERRORS
from ingest import services
from ingest.http import TransientFetchError
from ingest.models import Feed, FeedItem


@shared_task(soft_time_limit=600, time_limit=660)  # up to MAX_PAGES pages, each with its own fetch budget
def poll_feed(feed_id: int) -> int:
    feed = Feed.objects.filter(pk=feed_id, active=True).first()
    if feed is None:
        return 0
    result = services.poll_feed(feed=feed)
    queue_items(result.new_item_ids)
    return len(result.new_item_ids)


def queue_items(item_ids: list[int]) -> None:
    """New items to process, in batches of services.BATCH_SIZE (one task each), queued on commit."""
    for start in range(0, len(item_ids), services.BATCH_SIZE):
        process_feed_items.delay_on_commit(item_ids[start : start + services.BATCH_SIZE])


@shared_task(soft_time_limit=120, time_limit=180)  # a batch of 50 documents takes a fraction of a second
def process_feed_items(item_ids: list[int]) -> dict:
    """Items that carry their text, processed together; a summary's item goes on to process_feed_item (its link
    is fetched there, with that task's retries). Idempotent: items already processed are left alone."""
    try:
        outcome = services.process_items(item_ids=[int(pk) for pk in item_ids])
    except SoftTimeLimitExceeded:
        for item_id in item_ids:
            services.stop_item(item_id=item_id, reason="stopped: the batch's time limit ran out")
        raise
    for item_id in outcome.needs_link:
        process_feed_item.delay_on_commit(item_id)
    return {"done": len(outcome.done), "duplicate": len(outcome.duplicate), "failed": len(outcome.failed),
            "needs_link": len(outcome.needs_link), "figures": outcome.figures}  # fmt: skip


@shared_task(bind=True, autoretry_for=(*TRANSIENT_ERRORS, TransientFetchError))  # the global time limits
def process_feed_item(self, item_id: int) -> str:
    item = FeedItem.objects.filter(pk=item_id).first()
    if item is None:
        return "gone"
    try:  # a link that fails for a reason that may pass is tried again while retries last; then the summary stays
        return services.process_item(item=item, retry_transient=self.request.retries < self.max_retries).status
    except SoftTimeLimitExceeded:
        services.stop_item(item_id=item_id, reason="stopped: the task's time limit ran out")
        raise


@shared_task(soft_time_limit=30, time_limit=60)
def poll_due_feeds() -> int:
    feed_ids = services.claim_due_feeds()
    for feed_id in feed_ids:
        poll_feed.delay_on_commit(feed_id)
    return len(feed_ids)
