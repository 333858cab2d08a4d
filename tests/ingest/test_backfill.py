"""`manage.py backfill`: a ReliefWeb export or a folder of documents, streamed, resumed after a kill."""

import json
import os
import signal
import subprocess
import sys
import time
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from ingest.models import BackfillCheckpoint, FeedItem, ItemStatus
from tracker.demo import load_reference_data
from tracker.models import DisplacementFigure, Source

ROOT = Path(__file__).resolve().parents[2]
PLACES = ["Saraqeb", "Ariha", "Binnish", "Sarmin", "Dana"]


def _report(i: int) -> dict:
    return {
        "id": 1000 + i,
        "fields": {
            "title": f"Syria: flash update {i}",
            "url_alias": f"https://reliefweb.int/report/syria/flash-update-{i}",
            "date": {"created": "2020-03-05T10:00:00+00:00"},
            "body-html": f"<p>Flash update {i}.</p><p>Some {2000 + i:,} people fled {PLACES[i % 5]} on 3 March 2020, "
            f"OCHA said.</p>",
        },
    }


def _run(*args) -> str:
    out, err = StringIO(), StringIO()
    call_command("backfill", *map(str, args), stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()


@pytest.fixture
def reference(db):
    load_reference_data()


def test_a_reliefweb_answer_is_stored_once_and_a_second_run_reads_nothing_again(reference, tmp_path):
    export = tmp_path / "reliefweb.json"
    export.write_text(json.dumps({"totalCount": 30, "data": [_report(i) for i in range(30)]}), encoding="utf-8")
    first = _run(export, "--batch-size", 7)
    assert "resumed at the start; read 30 documents: 30 new, 0 already stored, 0 failed; 30 figures" in first
    source = Source.objects.get(title="Syria: flash update 4")
    assert source.url == "https://reliefweb.int/report/syria/flash-update-4"
    assert source.published_on.isoformat() == "2020-03-05"
    assert source.figures.get().value == 2004
    second = _run(export)
    assert "read 0 documents" in second and "resumed at byte" in second
    restarted = _run(export, "--restart")
    assert "read 30 documents: 0 new, 30 already stored" in restarted
    assert (Source.objects.count(), FeedItem.objects.count(), DisplacementFigure.objects.count()) == (30, 30, 30)


def test_bad_lines_and_reports_are_named_and_the_others_go_in(reference, tmp_path):
    export = tmp_path / "reports.jsonl"
    lines = [json.dumps(_report(0)), "{not json", json.dumps({"fields": {"title": "no link"}}), json.dumps(_report(1))]
    lines.append(json.dumps({"data": [_report(2), _report(3)]}))  # a whole API answer on one line
    lines.append(json.dumps(_report(4)).replace("3 March", "3 March\\u0000"))  # a NUL in the text: removed
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = _run(export)
    second_line = len(lines[0]) + 1
    assert f"byte {second_line}: not valid JSON" in output
    assert "'no link'): no url" in output
    assert "read 7 documents: 5 new, 0 already stored, 2 failed; 5 figures" in output
    assert sorted(DisplacementFigure.objects.values_list("value", flat=True)) == [2000, 2001, 2002, 2003, 2004]


def test_a_folder_of_documents(reference, tmp_path):
    (tmp_path / "2020").mkdir()
    (tmp_path / "2020" / "ariha.txt").write_text("Ariha\nSome 3,000 people fled Ariha on 3 March 2020, OCHA said.")
    (tmp_path / "sarmin.html").write_text(
        "<html><head><title>x</title></head><body><p>About 700 families fled Sarmin on 4 March 2020, SOHR "
        "said.</p></body></html>"
    )
    (tmp_path / "latin1.txt").write_bytes("Réfugiés: 400 personnes".encode("latin-1"))
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")  # not a document: not read
    output = _run(tmp_path)
    assert "latin1.txt: not UTF-8 text" in output
    assert "read 3 documents: 2 new, 0 already stored, 1 failed; 2 figures" in output
    assert sorted(Source.objects.values_list("title", flat=True))[0] == "Ariha"
    assert "resumed at file 3 of 3" in _run(tmp_path)


def test_a_missing_source_is_a_clear_error(db, tmp_path):
    with pytest.raises(CommandError, match="no such file or folder"):
        _run(tmp_path / "missing.json")
    empty = tmp_path / "empty.json"
    empty.write_text('{"totalCount": 0}')
    with pytest.raises(CommandError, match="no list of reports"):
        _run(empty)


@pytest.mark.parametrize("size", ["0", "-5", "5000"])
def test_a_batch_size_beyond_the_lock_table_is_a_clear_error(db, tmp_path, size):
    source = tmp_path / "reports.json"
    source.write_text('{"totalCount": 0, "data": []}')
    with pytest.raises(CommandError, match="--batch-size must be between 1 and 100"):
        call_command("backfill", str(source), "--batch-size", size, verbosity=0)


def _database_url() -> str:
    db = connection.settings_dict
    return f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def test_killed_mid_way_it_resumes_where_it_stopped_without_duplicates_or_losses(transactional_db, tmp_path):
    load_reference_data()
    total = 1500
    export = tmp_path / "big.jsonl"
    export.write_text("\n".join(json.dumps(_report(i)) for i in range(total)) + "\n", encoding="utf-8")
    env = {**os.environ, "DATABASE_URL": _database_url(), "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    process = subprocess.Popen(
        [sys.executable, "manage.py", "backfill", str(export), "--batch-size", "20"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and process.poll() is None:
            checkpoint = BackfillCheckpoint.objects.first()
            if checkpoint is not None and checkpoint.items_read >= 200:
                break
            time.sleep(0.05)
        assert process.poll() is None, "the backfill ended before it could be killed: " + process.stderr.read().decode()
        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)
    finally:
        if process.poll() is None:
            process.kill()
    stopped_at = BackfillCheckpoint.objects.get().position
    done_before = FeedItem.objects.exclude(status=ItemStatus.PENDING).count()
    assert 0 < stopped_at < export.stat().st_size and done_before < total

    output = _run(export)
    assert f"resumed at byte {stopped_at:,} of {export.stat().st_size:,}" in output
    assert FeedItem.objects.count() == total == Source.objects.count()
    assert not FeedItem.objects.exclude(status=ItemStatus.DONE).exists()
    assert DisplacementFigure.objects.count() == total
    assert sorted(DisplacementFigure.objects.values_list("value", flat=True)) == [2000 + i for i in range(total)]
    assert BackfillCheckpoint.objects.get().position == export.stat().st_size
