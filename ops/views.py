"""Liveness and readiness for load balancers and orchestrators (open to anyone, they reveal nothing); the site's
icon."""

import logging

from django.db import connection
from django.http import HttpResponseRedirect, JsonResponse
from django.templatetags.static import static
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


@require_safe
def favicon(request):
    """Browsers ask for /favicon.ico on every page that names no icon: send them to the static one (served by
    WhiteNoise in production, by its hashed name)."""
    return HttpResponseRedirect(static("ops/favicon.svg"))


@never_cache
@require_safe
def healthz(request):
    """The process is up and answering."""
    return JsonResponse({"status": "ok"})


def _database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone()[0] == 1
    except Exception:  # any driver error means not ready
        logger.exception("readiness: database unreachable")
        return False


def _broker_ok() -> bool:
    from config.celery import app

    if app.conf.task_always_eager or str(app.conf.broker_url).startswith("memory://"):
        return True  # the embedded default runs tasks in-process
    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
        return True
    except Exception:
        logger.exception("readiness: broker unreachable")
        return False


@never_cache
@require_safe
def readyz(request):
    """The database and the broker can be reached: this instance can take traffic."""
    checks = {"database": _database_ok(), "broker": _broker_ok()}
    ready = all(checks.values())
    body = {"status": "ready" if ready else "not ready", "checks": checks}
    return JsonResponse(body, status=200 if ready else 503)
