"""Scheduled work without a beat process, for the embedded default (`manage.py run_dev`, used by scripts/run.sh).

It reads the same CELERY_BEAT_SCHEDULE as celery beat and runs each task in this process when it is due (on the
embedded default tasks are eager, so what a task queues runs here too). Interval tasks (poll-due-feeds) run once
at start and then at their interval; crontab tasks (the Monday summaries) wait for their time. In production run
celery beat instead (exactly one) and never both.
"""

import logging
import threading
from datetime import timedelta

from celery import Celery
from celery.beat import ScheduleEntry
from celery.schedules import crontab
from celery.schedules import schedule as interval_schedule
from django.conf import settings
from django.db import close_old_connections

logger = logging.getLogger(__name__)


class InProcessScheduler:
    def __init__(self, *, app: Celery, beat_schedule: dict | None = None, max_sleep: float = 30.0):
        self.app = app
        app.autodiscover_tasks(force=True)  # every app's tasks module now, as a worker does (autodiscovery is lazy)
        self.max_sleep = max_sleep
        self.entries: dict[str, ScheduleEntry] = {}
        now = app.now()
        for name, conf in (settings.CELERY_BEAT_SCHEDULE if beat_schedule is None else beat_schedule).items():
            entry = ScheduleEntry(name=name, task=conf["task"], schedule=conf["schedule"], args=conf.get("args", ()),
                                  kwargs=conf.get("kwargs", {}), app=app, last_run_at=now)  # fmt: skip
            if type(entry.schedule) is interval_schedule:  # due at once, so that a newcomer sees feeds polled
                entry.last_run_at = now - entry.schedule.run_every - timedelta(seconds=1)
            self.entries[name] = entry
        self.runs: list[tuple[str, str]] = []  # (entry name, "ok" or the error), newest last
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def describe(self) -> list[str]:
        lines = []
        for name, entry in self.entries.items():
            when = entry.schedule
            if type(when) is interval_schedule:
                text = f"every {when.run_every.total_seconds():g} s, first run now"
            elif isinstance(when, crontab):
                text = (f"at minute {when._orig_minute} of hour {when._orig_hour}, day of week "
                        f"{when._orig_day_of_week} ({self.app.timezone})")  # fmt: skip
            else:
                text = str(when)
            lines.append(f"{name}: {entry.task}, {text}")
        return lines

    def tick(self) -> float:
        """Run every task that is due, in this thread; returns the seconds until the next one is due."""
        wait = self.max_sleep
        for name, entry in list(self.entries.items()):
            due, next_in = entry.is_due()
            if due:
                self._run(name, entry)
                entry = self.entries[name] = next(entry)
                _, next_in = entry.is_due()
            wait = min(wait, next_in)
        return max(wait, 0.1)

    def _run(self, name: str, entry: ScheduleEntry) -> None:
        try:
            task = self.app.tasks[entry.task]  # an unknown name fails this entry, not the schedule
            result = task.apply(args=entry.args, kwargs=entry.kwargs)
            outcome = "ok" if result.successful() else f"{type(result.result).__name__}: {result.result}"
        except Exception as exc:  # noqa: BLE001 (a failing task must not stop the schedule)
            outcome = f"{type(exc).__name__}: {exc}"
        finally:
            close_old_connections()
        if outcome == "ok":
            logger.info("scheduled %s (%s) ran", name, entry.task)
        else:
            logger.error("scheduled %s (%s) failed: %s", name, entry.task, outcome)
        self.runs.append((name, outcome))
        del self.runs[:-100]

    def _loop(self) -> None:
        wait = 0.0
        while not self._stop.wait(wait):
            wait = self.tick()

    def start(self) -> "InProcessScheduler":
        self._thread = threading.Thread(target=self._loop, name="in-process-beat", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout=10)
