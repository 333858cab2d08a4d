"""Compile the translation catalogues (locale/<code>/LC_MESSAGES/django.po → django.mo) in pure Python.

Django's own `compilemessages` needs GNU gettext's msgfmt, which a bare machine may lack; Babel (pinned in
requirements.txt) reads and writes the same files. The .mo files are committed, so a fresh clone speaks every
language without running this; run it after editing a .po file (a test fails when a .mo is out of step).
"""

import io
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


def catalogues() -> list[Path]:
    return sorted(p for base in settings.LOCALE_PATHS for p in Path(base).glob("*/LC_MESSAGES/django.po"))


def compiled(po_path: Path) -> bytes:
    """The .mo bytes for a .po file (fuzzy entries left out, as msgfmt does)."""
    with po_path.open("rb") as handle:
        catalogue = read_po(handle, locale=po_path.parent.parent.name)
    out = io.BytesIO()
    write_mo(out, catalogue, use_fuzzy=False)
    return out.getvalue()


def stale() -> list[Path]:
    """The catalogues whose committed .mo is missing or differs from compiling the .po now."""
    return [po for po in catalogues() if not po.with_suffix(".mo").exists()
            or po.with_suffix(".mo").read_bytes() != compiled(po)]  # fmt: skip


class Command(BaseCommand):
    help = "Compile locale/*/LC_MESSAGES/django.po into .mo files (pure Python, no gettext tools needed)."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="only say which .mo files are out of step")

    def handle(self, *args, check=False, **options):
        if check:
            behind = stale()
            if behind:
                raise CommandError("out of step: " + ", ".join(str(p.with_suffix(".mo")) for p in behind))
            self.stdout.write("every .mo file is in step with its .po file")
            return
        for po in catalogues():
            po.with_suffix(".mo").write_bytes(compiled(po))
            self.stdout.write(f"compiled {po.parent.parent.name}")
