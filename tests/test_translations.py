"""The staff interface in English, French and Arabic: catalogues complete and in step with the code, compiled
files in step with the catalogues, and pages that leave no English sentence of ours behind in Arabic.

How languages work (README, "Languages"): every string of ours is marked (gettext / {% translate %}); the French
and Arabic catalogues are locale/<code>/LC_MESSAGES/django.po; `manage.py compile_translations` (pure Python)
writes the .mo files, which are committed."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.utils import translation
from lxml import html as lxml_html

from tests.factories import FigureFactory, RegionFactory, ReportingBodyFactory, SourceFactory, UserFactory, country
from tracker import services
from tracker.choices import FigureStatus, RegionLevel, Role
from tracker.management.commands.compile_translations import stale
from tracker.management.commands.model_names import CATALOGUE, catalogue_source
from tracker.models import DisplacementFigure, Region, ReportingBody, Source

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{(\w+)\}")


def _catalogue(code):
    with (ROOT / "locale" / code / "LC_MESSAGES" / "django.po").open("rb") as handle:
        return read_po(handle, locale=code)


def _ids(catalogue) -> set:
    return {(m.context, m.id) for m in catalogue if m.id}


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_is_translated_with_the_same_placeholders(code):
    catalogue = _catalogue(code)
    assert len(catalogue) > 500
    for message in catalogue:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(s.strip() for s in strings), f"{code}: no translation for {ids[0]!r}"
        assert "fuzzy" not in message.flags, f"{code}: fuzzy translation of {ids[0]!r}"
        wanted = {a or b for a, b in PLACEHOLDER.findall(ids[-1])}
        for string in strings:
            found = {a or b for a, b in PLACEHOLDER.findall(string)}
            # a plural form may leave the number out ("رقمان", two figures); it may never bring in an unknown one
            assert found <= wanted, f"{code}: {string!r} names {found - wanted} that {ids[0]!r} does not give"
            if not isinstance(message.id, tuple):
                assert found == wanted, f"{code}: {string!r} drops {wanted - found} of {ids[0]!r}"


def test_the_compiled_catalogues_are_in_step_with_the_po_files():
    assert stale() == [], "run: python manage.py compile_translations"


def test_the_model_names_list_is_in_step_with_the_models():
    assert CATALOGUE.read_text(encoding="utf-8") == catalogue_source(), "run: python manage.py model_names --write"


def test_the_catalogues_hold_every_marked_string_of_the_code(tmp_path):
    """makemessages (GNU xgettext) run on a copy of the code finds no string the catalogues lack, and no string the
    code no longer has: a string marked but not translated, or translated but gone, fails here."""
    copy = tmp_path / "repo"
    ignore = shutil.ignore_patterns(".venv", ".git", "tests", "artifacts", "var", "staticfiles", "__pycache__", "*.mo",
                                    "bench", "node_modules", "*.sqlite3")  # fmt: skip
    shutil.copytree(ROOT, copy, ignore=ignore)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", *[f"-l{code}" for code in LANGUAGES], "--add-location", "file",
         "-i", "extraction", "-i", "staticfiles"],
        cwd=copy, check=True, capture_output=True,
    )  # fmt: skip
    for code in LANGUAGES:
        fresh = read_po((copy / "locale" / code / "LC_MESSAGES" / "django.po").open("rb"), locale=code)
        live = _ids(fresh)
        committed = _ids(_catalogue(code))
        assert live - committed == set(), f"{code}: marked in the code, missing from the catalogue"
        assert committed - live == set(), f"{code}: in the catalogue, no longer in the code"
        untranslated = [m.id for m in fresh if m.id and not (m.string if isinstance(m.string, str) else all(m.string))]
        assert untranslated == [], f"{code}: untranslated after merging: {untranslated[:5]}"


# ------------------------------------------------------------------------------ pages in Arabic: nothing English


@pytest.fixture(autouse=True)
def _back_to_english():
    """A request in Arabic leaves Arabic active in this thread (LocaleMiddleware does not undo it): reset it."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


# technical names kept as they are in every language (formats, standards, column names of the import file)
ALLOWED_LATIN = {
    "p-code",
    "CSV",
    "XLSX",
    "HXL",
    "API",
    "ID",
    "GLIDE",
    "ACLED",
    "OCHA",
    "WGS",
    "GeoJSON",
    "URL",
    "Leaflet",
    "NaN",
    "Infinity",
    "YYYY",
    "YYYY-MM-DD",
    "region",
    "value",
    "period",
    "start",
    "end",
}


@pytest.fixture
def arabic_staff(db):
    reviewer = UserFactory(role=Role.REVIEWER, username="rv")
    editor = UserFactory(role=Role.EDITOR, username="ed")
    syria = country()
    idleb = RegionFactory(name="Idleb", pcode="SY07", level=RegionLevel.ADMIN1, parent=syria)
    text = "Some 5,000 people fled Ariha on Tuesday, OCHA said."
    source = SourceFactory(title="Flash update", text=text)
    body = ReportingBodyFactory(name="Office for the Coordination", acronym="OCHA")
    waiting = FigureFactory(value=5000, region=idleb, source=source, quote=text, quote_start=0, quote_end=len(text),
                            reporting_body=body, status=FigureStatus.EXTRACTED)  # fmt: skip
    verified = FigureFactory(value=1200, region=idleb, reporting_body=body, acting_user=editor)
    services.submit_figure(figure=verified, acting_user=editor)
    services.verify_figure(figure=verified, acting_user=reviewer)
    return {"reviewer": reviewer, "waiting": waiting, "idleb": idleb}


def _data_words() -> set[str]:
    """Words that are data, not interface: names, titles, quotes, usernames."""
    texts = [*Region.objects.values_list("name", flat=True), *ReportingBody.objects.values_list("name", flat=True),
             *ReportingBody.objects.values_list("acronym", flat=True), *Source.objects.values_list("title", flat=True),
             *Source.objects.values_list("text", flat=True),
             *DisplacementFigure.objects.values_list("quote", flat=True),
             "rv", "ed", "data-officer"]  # fmt: skip
    return {word for text in texts for word in re.findall(r"[A-Za-z]+", text or "")}


def _english_left(html: str) -> list[str]:
    tree = lxml_html.fromstring(html)
    for node in tree.xpath("//script|//style|//code|//pre|//option|//select|//*[@id='language-switcher']"):
        node.drop_tree()
    body = tree.find("body")
    words = re.findall(r"[A-Za-z][A-Za-z'-]+", " ".join(body.itertext()))
    data = _data_words()
    pcode = re.compile(r"[A-Z]{2}\d*")
    return sorted({w for w in words if w not in data and w not in ALLOWED_LATIN and not pcode.fullmatch(w)})


@pytest.mark.parametrize(
    "page", ["dashboard", "review", "queue", "conflicts", "region", "figure", "index", "import", "figures"]
)
def test_pages_in_arabic_leave_no_english_sentence_of_ours(client, arabic_staff, page):
    client.force_login(arabic_staff["reviewer"])
    figure, region = arabic_staff["waiting"], arabic_staff["idleb"]
    url = {
        "dashboard": "/?week=2020-W06",
        "review": f"/admin/tracker/displacementfigure/{figure.pk}/review/",
        "queue": "/admin/tracker/displacementfigure/review/",
        "conflicts": "/admin/tracker/displacementfigure/conflicts/",
        "region": f"/admin/tracker/region/{region.pk}/overview/",
        "figure": f"/admin/tracker/displacementfigure/{figure.pk}/change/",
        "index": "/admin/",
        "import": "/admin/tracker/displacementfigure/import/",
        "figures": "/admin/tracker/displacementfigure/",
    }[page]
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    left = _english_left(html)
    assert left == [], " ".join(left)


def test_the_end_of_a_pass_through_the_queue_is_said_in_arabic(client, arabic_staff):
    client.force_login(arabic_staff["reviewer"])
    client.get("/admin/tracker/displacementfigure/review/", HTTP_ACCEPT_LANGUAGE="ar")
    review = f"/admin/tracker/displacementfigure/{arabic_staff['waiting'].pk}/review/"
    page = client.post(review, {"action": "skip"}, HTTP_ACCEPT_LANGUAGE="ar", follow=True)
    assert page.redirect_chain[-1][0] == "/admin/tracker/displacementfigure/review/"
    html = page.content.decode()
    assert "اطّلعت على كل الأرقام في قائمة الانتظار (تخطيت رقمًا واحدًا)." in html
    assert _english_left(html) == [], " ".join(_english_left(html))


@pytest.mark.parametrize(
    ("field", "written", "code"),
    [("unit", "Ménages", "household"), ("unit", "أسر", "household"), ("term", "Ont fui", "fled"),
     ("term", "نازحون", "displaced"), ("qualifier", "Près de", "nearly"), ("unit", "households", "household"),
     ("category", "flow", "flow")],
)  # fmt: skip
def test_an_imported_file_may_name_choices_in_any_of_the_languages(field, written, code):
    from tracker.importing import _choice

    assert _choice({field: written}, field) == code
