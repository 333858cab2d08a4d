from celery import shared_task

from tracker import importing
from tracker.models import ImportJob


@shared_task(acks_late=True, max_retries=2, soft_time_limit=15 * 60, time_limit=16 * 60)
def run_import(job_id: int) -> str:
    job = ImportJob.objects.filter(pk=job_id).select_related("started_by").first()
    if job is None:
        return "gone"
    return importing.run_import(job=job).state
