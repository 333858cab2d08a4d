"""A request id on every request and every log line written while serving it."""

import contextvars
import logging
import re
import time
import uuid

from django.utils.functional import empty

_request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
_SAFE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def current_request_id() -> str:
    return _request_id.get()


class RequestIdMiddleware:
    """Takes X-Request-ID from the proxy when it is sane, else makes one; echoes it on the response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get("X-Request-ID", "")
        request_id = incoming if _SAFE.match(incoming) else uuid.uuid4().hex
        token = _request_id.set(request_id)
        request.request_id = request_id
        try:
            response = self.get_response(request)
        finally:
            _request_id.reset(token)
        response["X-Request-ID"] = request_id
        return response


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = current_request_id()
        return True


# URL parts that are secrets of their own (the unsubscribe link's signed token): never logged
SECRET_URL_PARTS = frozenset({"token", "key", "secret", "uidb64"})


def loggable_path(request) -> str:
    """The request's path without its query string, each secret part of the URL replaced by '…'."""
    path = request.path
    match = getattr(request, "resolver_match", None)
    for name, value in match.kwargs.items() if match else ():
        if name in SECRET_URL_PARTS and isinstance(value, str) and value:
            path = path.replace(value, "…")
    return path


class AccessLogMiddleware:
    """One line per request: method, path (without the query string or a secret part of the URL), status, duration
    in ms, user id; the same as structured fields for the JSON log. Headers, and so the Authorization token, are
    never written anywhere."""

    logger = logging.getLogger("tracker.access")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        user = getattr(request, "user", None)
        user = getattr(user, "_wrapped", user)  # never load the user just to log it (health checks stay cheap)
        fields = {
            "method": request.method,
            "path": loggable_path(request),
            "status": response.status_code,
            "duration_ms": round((time.perf_counter() - started) * 1000, 1),
            "user_id": None if user is empty else getattr(user, "pk", None),
        }
        self.logger.info(
            "%s %s %s %.1f ms user=%s",
            fields["method"],
            fields["path"],
            fields["status"],
            fields["duration_ms"],
            fields["user_id"] if fields["user_id"] is not None else "-",
            extra=fields,
        )
        return response
