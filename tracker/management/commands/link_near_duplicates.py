"""Index the stored documents that are not yet in the near-duplicate index (documents stored before it existed,
or entered in the admin) and link each to its story, oldest first, as ingest would have."""

from django.core.management.base import BaseCommand

from tracker.selectors import sources_without_story_bands
from tracker.services import link_near_duplicates

# documents linked per transaction: 32 advisory locks each, in PostgreSQL's shared lock table until it commits
LINK_BATCH = 50


class Command(BaseCommand):
    help = "Add stored documents to the near-duplicate index and link retellings of one story (oldest first)."

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=500, help="documents read per query")

    def handle(self, *args, batch, **options):
        indexed = linked = 0
        last_id = 0
        while True:
            sources = sources_without_story_bands(after_id=last_id, limit=batch)
            if not sources:
                break
            for start in range(0, len(sources), LINK_BATCH):  # each its own transaction: its band locks held briefly
                linked += len(link_near_duplicates(sources=sources[start : start + LINK_BATCH]))
            indexed += len(sources)
            last_id = sources[-1].pk
        self.stdout.write(f"{indexed} document(s) examined (too short ones stay out), {linked} linked to a story.")
