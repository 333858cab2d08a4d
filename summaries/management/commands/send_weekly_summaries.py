from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import pluralize
from django.utils import timezone

from summaries.models import Subscription
from summaries.services import compose_summary, send_summary
from summaries.weeks import iso_week, parse_iso_week, previous_week


class Command(BaseCommand):
    help = (
        "Send (or preview) the weekly summaries for an ISO week. Sending is recorded per subscription and week, "
        "so running it again sends nothing twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("--week", help="ISO week such as 2020-W06 (default: the last complete week)")
        parser.add_argument("--dry-run", action="store_true", help="print the plain-text summaries, send nothing")
        parser.add_argument("--to", help="send every summary to this address instead (a preview; nothing recorded)")

    def handle(self, *args, week=None, dry_run=False, to=None, **options):
        try:
            monday = parse_iso_week(week) if week else previous_week(timezone.localdate())
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        subscriptions = Subscription.objects.filter(active=True).order_by("pk")
        count = subscriptions.count()
        self.stdout.write(f"week {iso_week(monday)}: {count} active subscription{pluralize(count)}")
        for subscription in subscriptions:
            if dry_run:
                message = compose_summary(subscription=subscription, monday=monday)
                self.stdout.write(f"--- to {subscription.email}: {message.subject}\n{message.body}")
            elif to:
                compose_summary(subscription=subscription, monday=monday, to=to).send()
                self.stdout.write(f"preview of {subscription.email}'s summary sent to {to}")
            else:
                outcome = send_summary(subscription_id=subscription.pk, monday=monday)
                self.stdout.write(f"{subscription.email}: {outcome}")
