import json
import logging

import pytest

from config.celery import app as celery_app


@pytest.mark.django_db
def test_healthz_answers_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_readyz_checks_the_database_and_the_real_broker(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"] == {"database": True, "broker": True}


@pytest.mark.django_db
def test_readyz_says_not_ready_when_the_broker_is_gone(client, monkeypatch):
    monkeypatch.setattr(celery_app.conf, "broker_url", "redis://127.0.0.1:1/0")
    response = client.get("/readyz")
    assert response.status_code == 503 and response.json()["checks"]["broker"] is False


def test_every_response_carries_a_request_id_that_log_lines_share(client, caplog):
    caplog.set_level(logging.INFO, logger="tracker.access")
    response = client.get("/healthz", HTTP_X_REQUEST_ID="trace-42")
    assert response["X-Request-ID"] == "trace-42"
    (record,) = [r for r in caplog.records if r.name == "tracker.access"]
    assert record.request_id == "trace-42" and record.path == "/healthz" and record.status == 200
    odd = client.get("/healthz", HTTP_X_REQUEST_ID="<script>")
    assert odd["X-Request-ID"] != "<script>" and len(odd["X-Request-ID"]) == 32


def test_json_log_lines_are_json_with_the_request_id():
    from django.conf import settings
    from pythonjsonlogger.json import JsonFormatter

    from ops.request_id import RequestIdFilter

    config = settings.LOGGING["formatters"]["json"]
    formatter = JsonFormatter(config["fmt"], rename_fields=config["rename_fields"])
    record = logging.LogRecord("tracker.access", logging.INFO, __file__, 1, "request", None, None)
    RequestIdFilter().filter(record)
    line = json.loads(formatter.format(record))
    assert line["level"] == "INFO" and line["logger"] == "tracker.access" and line["request_id"] == "-"
