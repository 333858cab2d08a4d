from celery import shared_task
from django.utils import timezone

from summaries import services
from summaries.weeks import iso_week, parse_iso_week, previous_week


@shared_task(acks_late=True, autoretry_for=(Exception,), retry_backoff=30, retry_backoff_max=3600, max_retries=6)
def send_subscription_summary(subscription_id: int, week: str) -> str:
    return services.send_summary(subscription_id=subscription_id, monday=parse_iso_week(week)).status


@shared_task(acks_late=True, max_retries=1)
def send_weekly_summaries(week: str | None = None) -> int:
    """Fan out one task per active subscription for the week (default: the last complete week)."""
    monday = parse_iso_week(week) if week else previous_week(timezone.localdate())
    ids = services.active_subscription_ids()
    for subscription_id in ids:
        send_subscription_summary.delay_on_commit(subscription_id, iso_week(monday))
    return len(ids)
