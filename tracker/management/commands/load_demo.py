from django.core.management.base import BaseCommand

from tracker.demo import load_demo_data


class Command(BaseCommand):
    help = "Load the demo: Syria gazetteer sample, starter reporting bodies, the seed report and a few figures."

    def add_arguments(self, parser):
        parser.add_argument("--password", help="password for the demo accounts (default: a new random one)")

    def handle(self, *args, password=None, **options):
        summary = load_demo_data(password=password)
        self.stdout.write(f"{summary['regions']} regions, {summary['figures']} figures loaded.")
        self.stdout.write("Demo logins (admin at http://127.0.0.1:8000/admin/):")
        for username in summary["users"]:
            self.stdout.write(f"  {username:<9} password: {summary['password']}")
