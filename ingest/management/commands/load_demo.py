from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from api.services import replace_demo_token, seed_demo_usage
from ingest.demo import ingest_demo_feed
from summaries.services import send_summary, subscribe
from summaries.weeks import parse_iso_week
from tracker.demo import SEED_REPORT, load_demo_data
from tracker.models import DisplacementFigure
from tracker.selectors import region_by_pcode, waiting_for_review


def mail_destination() -> str:
    backend = settings.EMAIL_BACKEND.rsplit(".", 2)[-2]
    if backend == "filebased":
        return f"the mail folder {settings.EMAIL_FILE_PATH}"
    if backend == "smtp":
        return f"the SMTP server {settings.EMAIL_HOST}:{settings.EMAIL_PORT}"
    return f"the {backend} mail backend"


class Command(BaseCommand):
    help = (
        "Load the demo: Syria gazetteer sample, starter reporting bodies, the seed report with its figure entered "
        "by hand, and a local sample feed ingested so that extracted candidates wait for review."
    )

    def add_arguments(self, parser):
        parser.add_argument("--password", help="password for the demo accounts (default: a new random one)")
        parser.add_argument(
            "--url",
            default="http://127.0.0.1:8000",
            help="where the server will answer, for the lines printed (scripts/run.sh passes it)",
        )

    def handle(self, *args, password=None, url="http://127.0.0.1:8000", **options):
        url = url.rstrip("/")
        summary = load_demo_data(password=password)
        ingested = ingest_demo_feed()
        waiting = waiting_for_review().count()  # as the dashboard counts them: candidates and figures in review
        coordinator = subscribe(email="coordinator@example.org", regions=[region_by_pcode(pcode="SY07")])
        outcome = send_summary(subscription_id=coordinator.pk, monday=parse_iso_week("2020-W05"))
        partner = get_user_model().objects.get(username="partner")
        demo_token, token = replace_demo_token(user=partner)  # tokens an admin issued are left alone
        seed_demo_usage(token=demo_token)
        self.stdout.write(
            f"{summary['regions']} regions, {DisplacementFigure.objects.count()} figures loaded; "
            f"{ingested} feed documents ingested, {waiting} figures waiting for review."
        )
        if not SEED_REPORT.exists():
            self.stdout.write("The seed news report (shared/seed/, third-party text kept beside the checkout) is not "
                              "here: the demo goes on without it.")  # fmt: skip
        if outcome.sent_now:
            self.stdout.write(
                f"The weekly summary for coordinator@example.org, week 2020-W05, was written to {mail_destination()}."
            )
        else:
            self.stdout.write(f"The weekly summary for coordinator@example.org, week 2020-W05: {outcome}.")
        # the logins last, under a heading of their own: what a new user looks for in the terminal
        self.stdout.write("")
        self.stdout.write(f"=== Demo logins (situation dashboard at {url}/, admin at {url}/admin/) ===")
        for username in summary["users"]:
            note = "  (no staff pages: partners use the API token below)" if username == "partner" else ""
            self.stdout.write(f"  {username:<9} password: {summary['password']}{note}")
        self.stdout.write(f"Partner API token (shown once): {token}")
        self.stdout.write(f"  curl -H 'Authorization: Token <token>' {url}/api/v1/figures/")
