import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from ingest.backfill import backfill, reader_for
from ingest.parsers import ParseError
from ingest.services import BATCH_SIZE

# a batch holds an advisory lock per band of each new document (tracker.stories: 32 a document); PostgreSQL's
# default lock table (max_locks_per_transaction 64 × max_connections 100) takes 6,400, shared by every session
MAX_BATCH_SIZE = 100


class Command(BaseCommand):
    help = (
        "Backfill a large source: a ReliefWeb export (the API's JSON answer, or JSON Lines of reports or of whole "
        "answers) or a folder of documents (.txt, .md, .html). Streams it with a progress bar on stderr, stores "
        "each document once and extracts its figures, in batches. Stopped (even killed), it resumes where it "
        "stopped when run again with the same source; an item already stored is never stored twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="export file (.json, .jsonl) or folder of documents")
        parser.add_argument("--name", default="", help="the source's name for its checkpoint (default: its path)")
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE,
                            help=f"documents a transaction, 1 to {MAX_BATCH_SIZE} (default {BATCH_SIZE})")  # fmt: skip
        parser.add_argument("--restart", action="store_true", help="forget the checkpoint and read from the start")

    def handle(self, *args, path, name="", batch_size=BATCH_SIZE, restart=False, **options):
        if not 1 <= batch_size <= MAX_BATCH_SIZE:  # near-duplicate linking locks 32 bands a document per batch
            raise CommandError(f"--batch-size must be between 1 and {MAX_BATCH_SIZE}.")
        source = Path(path)
        try:
            _reader, size = reader_for(source)
        except (FileNotFoundError, ParseError) as exc:
            raise CommandError(str(exc)) from exc
        unit = "files" if source.is_dir() else "B"
        bar = tqdm(total=size, unit=unit, unit_scale=unit == "B", desc="backfill", file=sys.stderr,
                   disable=options["verbosity"] < 1, mininterval=0.5)  # fmt: skip
        state = {"at": None}

        def progress(position, report):
            if state["at"] is None:
                state["at"] = report.resumed_at
                bar.update(report.resumed_at)
            bar.update(position - bar.n)
            bar.set_postfix(docs=report.read, new=report.new, failed=report.failed, refresh=False)

        try:
            report = backfill(path=source, key=name, batch_size=batch_size, restart=restart, progress=progress)
        except ParseError as exc:
            raise CommandError(str(exc)) from exc
        finally:
            bar.close()
        where = "the start" if not report.resumed_at else (
            f"file {report.resumed_at} of {report.size}" if source.is_dir()
            else f"byte {report.resumed_at:,} of {report.size:,} ({100 * report.resumed_at / max(report.size, 1):.0f}%)"
        )  # fmt: skip
        rate = report.read / report.seconds if report.seconds else 0.0
        for error in report.errors[:20]:
            self.stderr.write(error)
        if report.leftover:
            where += f", after finishing {report.leftover:,} items read before the stop"
        self.stdout.write(
            f"resumed at {where}; read {report.read:,} documents: {report.new:,} new, {report.duplicate:,} already "
            f"stored, {report.failed:,} failed; {report.figures:,} figures; {report.seconds:.1f} s ({rate:.0f}/s)"
        )
