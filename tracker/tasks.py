from celery import shared_task
from django.utils import translation

from tracker import importing, services
from tracker.models import ImportJob, Source


@shared_task(acks_late=True, max_retries=2, soft_time_limit=15 * 60, time_limit=16 * 60)
def run_import(job_id: int) -> str:
    job = ImportJob.objects.filter(pk=job_id).select_related("started_by").first()
    if job is None:
        return "gone"
    with translation.override(job.language):  # the reasons in the language of whoever started the job
        return importing.run_import(job=job).state


@shared_task(soft_time_limit=120, time_limit=180)  # one document: a long report reads in well under a second
def extract_source(source_id: int) -> str:
    """Read a stored document's figures into the review queue. Candidates no person has touched are replaced and
    the others kept (services.extract_figures), so running it again gives the same queue."""
    source = Source.objects.filter(pk=source_id).select_related("publisher").first()
    if source is None:
        return "gone"
    result = services.extract_figures(source=source, default_body=source.publisher)
    return f"{len(result.created)} new, {len(result.corroborated)} corroborating, {result.kept} kept"
