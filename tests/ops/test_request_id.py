"""The access log: one line per request that says what was asked and how it went, and no secret."""

import logging
import re

import pytest
from django.conf import settings

from ops.request_id import RequestIdFilter

pytestmark = pytest.mark.django_db


def _access_lines(caplog) -> list[str]:
    """The access records as the development server's plain log writes them."""
    formatter = logging.Formatter(settings.LOGGING["formatters"]["plain"]["format"])
    records = [r for r in caplog.records if r.name == "tracker.access"]
    for record in records:
        if not hasattr(record, "request_id"):
            RequestIdFilter().filter(record)
    return [formatter.format(record) for record in records]


def test_the_plain_access_line_names_method_path_status_and_duration(client, caplog):
    """The line read 'INFO tracker.access [id] request' and nothing more (a new user's trial)."""
    caplog.set_level(logging.INFO, logger="tracker.access")
    client.get("/healthz", HTTP_X_REQUEST_ID="trace-7")
    (line,) = _access_lines(caplog)
    assert re.search(r"INFO tracker\.access \[trace-7\] GET /healthz 200 \d+\.\d ms user=-$", line), line


def test_the_access_line_leaves_out_the_query_string(client, caplog):
    caplog.set_level(logging.INFO, logger="tracker.access")
    client.get("/healthz?token=s3cret")
    (record,) = [r for r in caplog.records if r.name == "tracker.access"]
    assert "s3cret" not in record.getMessage() and record.path == "/healthz"


def test_the_access_line_and_its_fields_leave_out_a_token_in_the_path(client, caplog):
    caplog.set_level(logging.INFO, logger="tracker.access")
    client.get("/summaries/unsubscribe/not-a-real-signed-token/")
    (record,) = [r for r in caplog.records if r.name == "tracker.access"]
    assert "not-a-real-signed-token" not in record.getMessage() and record.path == "/summaries/unsubscribe/…/"
    assert record.method == "GET" and record.status in (200, 400, 404) and record.duration_ms >= 0
