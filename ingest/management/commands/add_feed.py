from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from ingest.models import FeedKind
from ingest.services import register_feed
from tracker.selectors import reporting_body_by_name


class Command(BaseCommand):
    help = "Register a feed to poll."

    def add_arguments(self, parser):
        parser.add_argument("name")
        parser.add_argument("url")
        parser.add_argument("--kind", choices=FeedKind.values, default=FeedKind.RSS)
        parser.add_argument("--body", help="default reporting body (name, acronym or alias)")
        parser.add_argument("--interval", type=int, default=60, help="minutes between polls")

    def handle(self, *args, name, url, kind, body=None, interval=60, **options):
        default_body = reporting_body_by_name(name=body) if body else None
        if body and default_body is None:
            raise CommandError(f"no reporting body called {body!r}")
        try:
            feed = register_feed(
                name=name, url=url, kind=kind, default_body=default_body, poll_interval_minutes=interval
            )
        except ValidationError as exc:
            raise CommandError("; ".join(f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items())) from exc
        self.stdout.write(f"feed {feed.pk} registered: {feed.name} ({feed.get_kind_display()})")
