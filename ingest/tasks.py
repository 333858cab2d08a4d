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
    for item_id in result.new_item_ids:
        process_feed_item.delay_on_commit(item_id)
    return len(result.new_item_ids)


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
