"""Thin Celery tasks of the API app: queued by beat, idempotent, with time limits."""

from celery import shared_task

from api import services


@shared_task(soft_time_limit=60, time_limit=90)
def flush_api_usage() -> int:
    """Copy the per-token request counters from Redis into the database (absolute counts: safe to run twice).

    When Redis cannot be read the task fails (logged); the next beat tries again, nothing is lost meanwhile."""
    return services.flush_usage()
