"""French and Arabic through the tracker: `manage.py extract` with --lang or the language detected, and a stored
document keeping its detected language."""

import io
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from tracker import services
from tracker.choices import FigureStatus
from tracker.demo import load_reference_data
from tracker.management.commands.extract import OUTPUT_KEYS

ROOT = Path(__file__).resolve().parents[2]
ARABIC = "قالت مصادر محلية إن القصف استمر.\n\nنزح أكثر من ١٢٥٠٠ شخص من سراقب خلال الأسبوع الماضي، بحسب الأمم المتحدة."
FRENCH = "Situation humanitaire.\n\nPlus de 12 500 personnes ont fui Goma depuis lundi, selon l'OCHA."


def _manage_extract(text: str, *args: str) -> list[dict]:
    """`manage.py extract - --format jsonl` as a user runs it: the text on standard input, JSON lines out."""
    result = subprocess.run(
        [sys.executable, "manage.py", "extract", "-", "--format", "jsonl", *args],
        cwd=ROOT, input=text, capture_output=True, text=True, timeout=300, env={**os.environ},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_extract_from_standard_input_detects_arabic():
    (line,) = _manage_extract(ARABIC)
    assert list(line) == list(OUTPUT_KEYS)
    figure = (line["value"], line["qualifier"], line["unit"], line["term"])
    assert figure == (12_500, "more_than", "person", "displaced")
    assert (line["location"], line["reporting_body"]) == ("سراقب", "الأمم المتحدة")
    assert line["quote"] == ARABIC[line["start"] : line["end"]]
    assert line["quote"].startswith("نزح أكثر من ١٢٥٠٠ شخص")


def test_extract_with_lang_reads_french():
    (line,) = _manage_extract(FRENCH, "--lang", "fr")
    assert list(line) == list(OUTPUT_KEYS)
    assert (line["value"], line["term"], line["location"], line["reporting_body"]) == (12_500, "fled", "Goma", "OCHA")
    assert line["quote"] == "Plus de 12 500 personnes ont fui Goma depuis lundi, selon l'OCHA."


@pytest.mark.django_db
def test_extract_with_the_wrong_lang_reads_what_it_is_told(tmp_path):
    path = tmp_path / "rapport.txt"
    path.write_text(FRENCH, encoding="utf-8")
    out = io.StringIO()
    call_command("extract", str(path), format="jsonl", lang="en", stdout=out)
    assert out.getvalue() == ""  # French read as English: no English displacement word, no figure


@pytest.mark.django_db
def test_extract_refuses_an_unknown_lang(tmp_path):
    path = tmp_path / "bericht.txt"
    path.write_text("Mehr als 5000 Menschen sind geflohen.", encoding="utf-8")
    with pytest.raises(CommandError, match="lang"):
        call_command("extract", str(path), "--lang", "de")


@pytest.mark.django_db
def test_a_stored_document_keeps_its_detected_language_and_its_arabic_quote():
    load_reference_data()
    source = services.store_source(title="تقرير", text=ARABIC, published_on=date(2024, 11, 20))[0]
    (figure,) = services.extract_figures(source=source).created
    source.refresh_from_db()
    assert source.language == "ar"
    assert figure.status == FigureStatus.EXTRACTED and (figure.value, figure.term) == (12_500, "displaced")
    assert source.text[figure.quote_start : figure.quote_end] == figure.quote
    assert figure.raw_location == "سراقب"


@pytest.mark.django_db
def test_a_language_set_on_the_document_picks_the_pipeline():
    load_reference_data()
    source = services.store_source(title="Rapport", text=FRENCH, published_on=date(2024, 11, 20))[0]
    services.update_source_metadata(source=source, changes={"language": "en"})
    assert services.extract_figures(source=source).created == []  # read as English, as the document says
    services.update_source_metadata(source=source, changes={"language": "fr"})
    (figure,) = services.extract_figures(source=source).created
    assert (figure.value, figure.raw_location) == (12_500, "Goma")


@pytest.mark.django_db
def test_an_editor_corrects_a_documents_language_in_the_admin_and_a_bad_one_is_a_field_error(client):
    from tests.factories import UserFactory
    from tests.tracker.test_admin_crawl import _form_values
    from tracker.choices import Role

    load_reference_data()
    source = services.store_source(title="Rapport", text=FRENCH, published_on=date(2024, 11, 20))[0]
    services.extract_figures(source=source)
    client.force_login(UserFactory(role=Role.EDITOR))
    change = reverse("admin:tracker_source_change", args=[source.pk])
    values = _form_values(client.get(change).content.decode(), "source_form")
    assert values["language"] == "fr"  # as detected at extraction
    refused = client.post(change, {**values, "language": "de"})
    assert refused.status_code == 200 and "Select a valid choice" in refused.content.decode()
    assert client.post(change, {**values, "language": "ar"}).status_code == 302
    source.refresh_from_db()
    assert source.language == "ar"
    listing = client.get(reverse("admin:tracker_source_changelist") + "?language__exact=ar").content.decode()
    assert "Rapport" in listing


@pytest.mark.django_db
def test_a_batch_of_new_documents_is_read_each_in_its_language():
    load_reference_data()
    french = services.store_source(title="Rapport", text=FRENCH, published_on=date(2024, 11, 20))[0]
    arabic = services.store_source(title="تقرير", text=ARABIC, published_on=date(2024, 11, 20))[0]
    first, second = services.extract_new_documents(documents=[(french, None), (arabic, None)])
    french.refresh_from_db()
    arabic.refresh_from_db()
    assert (french.language, arabic.language) == ("fr", "ar")
    assert [(f.value, f.raw_location) for f in first.created] == [(12_500, "Goma")]
    assert [(f.value, f.raw_location) for f in second.created] == [(12_500, "سراقب")]


def test_a_byte_order_mark_is_no_part_of_the_text():
    """Files saved by Windows editors open with a BOM: the quote and the offsets are the text's, without it."""
    result = subprocess.run(
        [sys.executable, "manage.py", "extract", "-", "--format", "jsonl"],
        cwd=ROOT, input="\ufeffFighting displaced 12,000 people in Kadugli, OCHA said.".encode(), capture_output=True,
        timeout=300, env={**os.environ},
    )  # fmt: skip
    (line,) = [json.loads(row) for row in result.stdout.decode().splitlines()]
    assert (line["quote"], line["start"]) == ("Fighting displaced 12,000 people in Kadugli, OCHA said.", 0)


def test_text_in_another_encoding_is_refused_with_the_reason_and_where():
    result = subprocess.run(
        [sys.executable, "manage.py", "extract", "-", "--format", "jsonl"],
        cwd=ROOT, input="Plus de 12 500 personnes ont fui Bétou.".encode("cp1252"), capture_output=True, timeout=300,
        env={**os.environ},
    )  # fmt: skip
    assert result.returncode != 0 and result.stdout == b""
    assert b"not UTF-8 text (byte 0xe9 at position 34); save it as UTF-8" in result.stderr
