"""The Celery application. Configuration comes from Django settings (CELERY_* names).

Every task of every app inherits TrackerTask (a DjangoTask, so `delay_on_commit` queues after commit): late
acknowledgement, and ONE retry policy (exponential backoff with jitter, at most 3 retries) for errors that may pass
(a database or broker restarting). A task may add its own transient errors to `autoretry_for`, never another
backoff. Time limits: the global soft/hard limits in settings
(CELERY_TASK_SOFT_TIME_LIMIT, CELERY_TASK_TIME_LIMIT), tighter per task where a task is known to be short.
"""

import os

from celery import Celery
from celery.contrib.django.task import DjangoTask
from django.db import InterfaceError, OperationalError, close_old_connections
from kombu.exceptions import OperationalError as BrokerError

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (OperationalError, InterfaceError, BrokerError)
RETRY_POLICY = {"retry_backoff": 5, "retry_backoff_max": 600, "retry_jitter": True, "max_retries": 3}


class TrackerTask(DjangoTask):
    acks_late = True
    autoretry_for = TRANSIENT_ERRORS
    retry_backoff = RETRY_POLICY["retry_backoff"]
    retry_backoff_max = RETRY_POLICY["retry_backoff_max"]
    retry_jitter = RETRY_POLICY["retry_jitter"]
    max_retries = RETRY_POLICY["max_retries"]

    # A worker's database connection lives as a web request's does: Django's close_old_connections() before and
    # after each task closes it when it is older than CONN_MAX_AGE (every task with 0, the default), broken or in
    # error, and keeps it otherwise. (Celery's Django fix-up would close it around every task whatever
    # CONN_MAX_AGE says; CELERY_DB_REUSE_MAX in settings leaves that to these two hooks. A new connection costs
    # a new PostgreSQL backend, whose first queries fill its catalogue caches: about as much CPU as a dozen of a
    # batch's 50 documents; bench/ingest.py, BENCH_CONN_MAX_AGE=0.)
    def before_start(self, task_id, args, kwargs):
        if not self.request.is_eager:  # an eager task runs inside its caller's request and transaction
            close_old_connections()

    def after_return(self, status, retval, task_id, args, kwargs, einfo):
        if not self.request.is_eager:
            close_old_connections()


app = Celery("tracker", task_cls=TrackerTask)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
