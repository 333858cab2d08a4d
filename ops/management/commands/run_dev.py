from django.contrib.staticfiles.management.commands.runserver import Command as RunserverCommand

from config.celery import app
from ops.scheduler import InProcessScheduler


class Command(RunserverCommand):
    help = (
        "The embedded default in one command: the development web server plus the periodic tasks of "
        "CELERY_BEAT_SCHEDULE (feed polling every minute, the Monday summaries) run in this process."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--no-scheduler", action="store_true", help="serve only (celery beat runs elsewhere)")

    def inner_run(self, *args, **options):
        # the serving process only (with autoreload, the reloader's child): the schedule runs exactly once
        scheduler = None
        if not options.get("no_scheduler"):
            scheduler = InProcessScheduler(app=app).start()
            self.stdout.write("Scheduled work runs in this process (no beat or worker needed):")
            for line in scheduler.describe():
                self.stdout.write(f"  {line}")
            self.stdout.flush()
        try:
            super().inner_run(*args, **options)
        finally:
            if scheduler:
                scheduler.stop()
