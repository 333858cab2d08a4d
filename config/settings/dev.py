"""Embedded default: SQLite, Celery tasks run in-process, no services needed."""

from config.settings.base import *  # noqa: F403
from config.settings.base import BASE_DIR, env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_BROKER_URL = "memory://"
# Mail is written to files (one per message) instead of being sent.
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = BASE_DIR / "var" / "mail"
# A feed served on this machine may be tried out; every other non-public address stays refused.
INGEST_ALLOWED_HOSTS = env.list("INGEST_ALLOWED_HOSTS", default=["127.0.0.1"])
