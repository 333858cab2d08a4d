"""Exports either complete or visibly fail: parameters are checked before the first byte, and a database failure
after it breaks the transfer (under gunicorn, as deployed) instead of ending a short file under 200."""

import csv
import http.client
import io
import os
import signal
import socket
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from django.db import connection
from knox.models import AuthToken

from tests.factories import FigureFactory, UserFactory, country
from tracker.choices import FigureStatus, Role
from tracker.exports import FORMULA_TRIGGERS
from tracker.models import DisplacementFigure

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "query", ["region=²", "reporting_body=①", "page_size=5", "ordering=id", "cursor=x", "updated_since=yesterday"]
)
def test_every_parameter_is_checked_before_the_first_byte(api, world, query):
    api.force_authenticate(world["reviewer"])
    response = api.get(f"/api/v1/figures/export.csv?{query}", HTTP_ACCEPT="text/csv")
    assert response.status_code in (400, 404) and not response.streaming
    assert response["Content-Type"].startswith("application/json") and response.json()


def test_the_formula_guard_covers_every_trigger(api, world):
    api.force_authenticate(world["reviewer"])
    dangerous = ["=1+1", "+1", "-1+1", "@SUM(A1)", "\tTAB", "\rCR", "＝1+1", "＋1", "－1", "＠SUM(A1)"]
    for n, text in enumerate(dangerous):
        FigureFactory(value=n + 1, region=world["aleppo"], quote=text, period_end=date(2020, 5, n + 1))
    response = api.get("/api/v1/figures/export.csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    quotes = {r["quote"] for r in rows}
    for text in dangerous:
        assert "'" + text in quotes and text not in quotes
    assert all(t.startswith(FORMULA_TRIGGERS) for t in dangerous)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_database_failure_mid_stream_breaks_the_transfer_and_is_logged(transactional_db, tmp_path):
    syria = country()
    reviewer = UserFactory(role=Role.REVIEWER)
    quote = "people fled the shelling " * 12
    DisplacementFigure.objects.bulk_create(
        DisplacementFigure(value=n + 1, persons=n + 1, region=syria, period_start=date(2020, 1, 1),
                           period_end=date(2020, 1, 2), status=FigureStatus.DRAFT, quote=quote)
        for n in range(30_000)
    )  # fmt: skip
    token = AuthToken.objects.create(user=reviewer)[1]
    db = connection.settings_dict
    port, log = _free_port(), tmp_path / "gunicorn.log"
    env = {**os.environ, "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
           "DJANGO_SETTINGS_MODULE": "config.settings.test"}  # fmt: skip
    with log.open("w") as out:
        server = subprocess.Popen([sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind",
                                   f"127.0.0.1:{port}", "--workers", "1", "--timeout", "120"],
                                  cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)  # fmt: skip
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        # a complete export first: it ends with the terminating chunk, every row there
        whole = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        whole.request("GET", "/api/v1/figures/export.csv", headers={"Authorization": f"Token {token}"})
        answer = whole.getresponse()
        assert answer.status == 200 and answer.getheader("Transfer-Encoding") == "chunked"
        assert answer.read().count(b"\n") == 30_001
        whole.close()

        broken = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        broken.request("GET", "/api/v1/figures/export.csv", headers={"Authorization": f"Token {token}"})
        answer = broken.getresponse()
        assert answer.status == 200
        first = answer.read(64 * 1024)  # the server has started; its socket buffer fills and it waits for us
        assert first.startswith(b"id,country")
        with connection.cursor() as cursor:
            cursor.execute("select pg_terminate_backend(pid) from pg_stat_activity "
                           "where datname = %s and pid <> pg_backend_pid()", [db["NAME"]])  # fmt: skip
        with pytest.raises(http.client.IncompleteRead):
            answer.read()
        broken.close()
        for _ in range(50):
            if "aborted after streaming started" in log.read_text():
                break
            time.sleep(0.2)
        assert "aborted after streaming started" in log.read_text()
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(20)
