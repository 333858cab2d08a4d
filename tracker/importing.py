"""Bulk import of figures from CSV or XLSX: every bad row reported with its line and reason, the good rows in,
and a second import of the same file changes nothing (each row has an identity key)."""

import hashlib
import json
from datetime import date
from decimal import Decimal, InvalidOperation

import tablib
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from tracker.models import DisplacementFigure, Event, ImportJob, Source
from tracker.selectors import region_by_pcode, regions_matching_name, reporting_body_by_name
from tracker.services import record_figure

COLUMNS = [
    "region", "value", "value_high", "qualifier", "unit", "household_size", "term", "category", "period_start",
    "period_end", "period_accuracy", "reporting_body", "source_url", "event", "quote", "notes",
]  # fmt: skip
REQUIRED = ["region", "value", "period_start", "period_end"]
PROGRESS_EVERY = 100
_COUNTERS = {"new": "created", "created": "created", "unchanged": "unchanged", "rejected": "rejected"}


def read_table(content: bytes, file_name: str) -> list[dict]:
    """Rows of a CSV or XLSX file as dicts keyed by lower-case header."""
    kind = "xlsx" if file_name.lower().endswith((".xlsx", ".xlsm")) else "csv"
    try:
        data = content if kind == "xlsx" else content.decode("utf-8-sig")
        dataset = tablib.Dataset().load(data, format=kind)
    except (UnicodeDecodeError, ValueError, KeyError, tablib.core.InvalidDimensions) as exc:
        raise ValidationError(f"cannot read {file_name} as {kind.upper()}: {exc}") from exc
    headers = [str(h or "").strip().lower() for h in dataset.headers or []]
    missing = [c for c in REQUIRED if c not in headers]
    if missing:
        raise ValidationError(f"missing column(s): {', '.join(missing)}")
    return [dict(zip(headers, row, strict=False)) for row in dataset]


def _text(row, name) -> str:
    value = row.get(name)
    return "" if value is None else str(value).strip()


def _date(row, name) -> date:
    value = row.get(name)
    if isinstance(value, date):
        return value if not hasattr(value, "date") else value.date()
    try:
        return date.fromisoformat(_text(row, name)[:10])
    except ValueError as exc:
        raise ValidationError({name: f"{_text(row, name)!r} is not a date (YYYY-MM-DD)"}) from exc


def _int(row, name, required=False) -> int | None:
    text = _text(row, name).replace(",", "").replace(" ", "")
    if not text:
        if required:
            raise ValidationError({name: "required"})
        return None
    try:
        return int(Decimal(text))
    except InvalidOperation as exc:
        raise ValidationError({name: f"{text!r} is not a number"}) from exc


def figure_kwargs(row: dict) -> dict:
    """The record_figure arguments a row gives, or ValidationError naming the bad cells."""
    place = _text(row, "region")
    region = region_by_pcode(pcode=place) or regions_matching_name(name=place).first() if place else None
    if region is None:
        raise ValidationError({"region": f"no region with p-code or name {place!r}"})
    kwargs = {"region": region, "value": _int(row, "value", required=True), "period_start": _date(row, "period_start"),
              "period_end": _date(row, "period_end")}  # fmt: skip
    if _int(row, "value_high") is not None:
        kwargs["value_high"] = _int(row, "value_high")
    for name in ("qualifier", "unit", "term", "category", "period_accuracy", "quote", "notes"):
        if _text(row, name):
            kwargs[name] = _text(row, name)
    if _text(row, "household_size"):
        try:
            kwargs["household_size"] = Decimal(_text(row, "household_size"))
        except InvalidOperation as exc:
            raise ValidationError({"household_size": "not a number"}) from exc
    if _text(row, "reporting_body"):
        kwargs["reporting_body"] = reporting_body_by_name(name=_text(row, "reporting_body"))
        if kwargs["reporting_body"] is None:
            raise ValidationError({"reporting_body": f"no reporting body called {_text(row, 'reporting_body')!r}"})
    if _text(row, "source_url"):
        kwargs["source"] = Source.objects.filter(url=_text(row, "source_url")).first()
        if kwargs["source"] is None:
            raise ValidationError({"source_url": "no stored source has this URL"})
    if _text(row, "event"):
        kwargs["event"] = Event.objects.filter(name=_text(row, "event")).first()
        if kwargs["event"] is None:
            raise ValidationError({"event": f"no event called {_text(row, 'event')!r}"})
    return kwargs


def row_key(kwargs: dict) -> str:
    identity = {k: getattr(v, "pk", v) for k, v in kwargs.items() if k != "notes"}
    return hashlib.sha256(json.dumps(identity, sort_keys=True, default=str).encode()).hexdigest()


def _reason(exc: ValidationError) -> str:
    if hasattr(exc, "error_dict"):
        return "; ".join(f"{k}: {' '.join(v)}" if k != "__all__" else " ".join(v) for k, v in exc.message_dict.items())
    return "; ".join(exc.messages)


def run_import(*, job: ImportJob) -> ImportJob:
    """Preview (dry run) or import a job's file, recording progress as it goes. Safe to run again."""
    if job.state == ImportJob.State.DONE:
        return job
    try:
        rows = read_table(bytes(job.content), job.file_name)
    except ValidationError as exc:
        job.state, job.error_text, job.finished_at = ImportJob.State.FAILED, _reason(exc), timezone.now()
        job.save()
        return job
    job.state, job.rows_total, job.rows_done, job.report = ImportJob.State.RUNNING, len(rows), 0, []
    job.created = job.unchanged = job.rejected = 0
    job.save()
    for line, row in enumerate(rows, start=2):
        outcome, reason = _import_row(row, job)
        job.report.append({"line": line, "outcome": outcome, "reason": reason})
        counter = _COUNTERS[outcome]
        setattr(job, counter, getattr(job, counter) + 1)
        job.rows_done += 1
        if job.rows_done % PROGRESS_EVERY == 0:
            ImportJob.objects.filter(pk=job.pk).update(rows_done=job.rows_done)
    job.state, job.finished_at = ImportJob.State.DONE, timezone.now()
    job.save()
    return job


def _import_row(row: dict, job: ImportJob) -> tuple[str, str]:
    try:
        kwargs = figure_kwargs(row)
        key = row_key(kwargs)
        if DisplacementFigure.objects.filter(import_key=key).exists():
            return "unchanged", "already imported"
        if job.dry_run:
            # validate everything the real import would, then roll back
            with transaction.atomic():
                record_figure(acting_user=job.started_by, import_key=key, **kwargs)
                transaction.set_rollback(True)
            return "new", ""
        record_figure(acting_user=job.started_by, import_key=key, **kwargs)
        return "created", ""
    except ValidationError as exc:
        return "rejected", _reason(exc)
