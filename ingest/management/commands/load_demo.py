from django.core.management.base import BaseCommand

from ingest.demo import ingest_demo_feed
from tracker.demo import load_demo_data
from tracker.models import DisplacementFigure


class Command(BaseCommand):
    help = (
        "Load the demo: Syria gazetteer sample, starter reporting bodies, the seed report with its figure entered "
        "by hand, and a local sample feed ingested so that extracted candidates wait for review."
    )

    def add_arguments(self, parser):
        parser.add_argument("--password", help="password for the demo accounts (default: a new random one)")

    def handle(self, *args, password=None, **options):
        summary = load_demo_data(password=password)
        ingested = ingest_demo_feed()
        candidates = DisplacementFigure.objects.filter(status="extracted").count()
        self.stdout.write(
            f"{summary['regions']} regions, {DisplacementFigure.objects.count()} figures loaded; "
            f"{ingested} feed documents ingested, {candidates} candidates waiting for review."
        )
        self.stdout.write("Demo logins (admin at http://127.0.0.1:8000/admin/):")
        for username in summary["users"]:
            self.stdout.write(f"  {username:<9} password: {summary['password']}")
