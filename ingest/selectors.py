from django.db.models import OuterRef, QuerySet, Subquery
from django.utils import timezone

from ingest.models import Feed, FeedRun, RunOutcome


def feeds_with_health() -> QuerySet[Feed]:
    """Feeds with their last run's outcome and counts, in one query."""
    last = FeedRun.objects.filter(feed=OuterRef("pk")).order_by("-started_at")
    return Feed.objects.select_related("default_body").annotate(
        last_outcome=Subquery(last.values("outcome")[:1]),
        last_started_at=Subquery(last.values("started_at")[:1]),
        last_items_new=Subquery(last.values("items_new")[:1]),
        last_items_failed=Subquery(last.values("items_failed")[:1]),
    )


def due_feeds(*, now=None) -> QuerySet[Feed]:
    now = now or timezone.now()
    return Feed.objects.filter(active=True).exclude(next_poll_at__gt=now)


def feeds_for_admin() -> QuerySet[Feed]:
    """The feed list: each feed's health from its last run, the last run's error and its last good run; one query."""
    last = FeedRun.objects.filter(feed=OuterRef("pk")).order_by("-started_at")
    good = last.filter(outcome__in=[RunOutcome.SUCCESS, RunOutcome.NOT_MODIFIED, RunOutcome.PARTIAL])
    return feeds_with_health().annotate(
        last_error=Subquery(last.values("error_text")[:1]),
        last_success_at=Subquery(good.values("started_at")[:1]),
    )
