"""extract_figures: candidates from a stored document, re-extraction, corroboration across documents."""

import io
import json
from datetime import UTC, date, datetime

import pytest
from django.core.management import call_command

from tracker import services
from tracker.choices import DateAccuracy, FigureStatus
from tracker.demo import SEED_REPORT, load_reference_data
from tracker.models import DisplacementFigure, Source
from tracker.selectors import reporting_body_by_name

pytestmark = pytest.mark.django_db

SEED_SENTENCE = (
    "According to the UN, fierce fighting has led to the displacement of nearly one million people in the region."
)


@pytest.fixture(autouse=True)
def reference_data():
    load_reference_data()


def _article(n: int, published: date):
    text = f"Article {n}. The offensive in the province of Idlib goes on. {SEED_SENTENCE} Markets were closed."
    return services.store_source(title=f"Article {n}", text=text, published_on=published)[0]


def test_candidates_land_extracted_with_region_body_and_quote():
    source = services.store_source(
        title="Seed", text=SEED_REPORT.read_text(encoding="utf-8"), published_on=date(2020, 2, 28)
    )[0]
    result = services.extract_figures(source=source)
    (figure,) = result.created
    assert figure.status == FigureStatus.EXTRACTED and figure.source == source
    assert (figure.value, figure.persons, figure.region.pcode) == (1_000_000, 1_000_000, "SY07")
    assert figure.reporting_body == reporting_body_by_name(name="OCHA")
    assert source.text[figure.quote_start : figure.quote_end] == figure.quote
    assert "quantity:number" in figure.extraction_rule


def test_re_extracting_replaces_candidates_instead_of_adding_copies():
    source = _article(1, date(2020, 2, 20))
    services.extract_figures(source=source)
    services.extract_figures(source=source)
    assert DisplacementFigure.objects.filter(source=source).count() == 1


def test_re_extracting_never_overwrites_a_figure_a_person_edited(editor):
    source = _article(1, date(2020, 2, 20))
    (figure,) = services.extract_figures(source=source).created
    services.update_figure(figure=figure, acting_user=editor, changes={"notes": "checked against OCHA sitrep"})
    result = services.extract_figures(source=source)
    assert (result.replaced, result.kept, result.created) == (0, 1, [])
    figure.refresh_from_db()
    assert figure.notes == "checked against OCHA sitrep"
    assert DisplacementFigure.objects.filter(source=source).count() == 1


def test_the_seed_figure_in_three_articles_is_one_figure_with_three_documents(editor, reviewer):
    first, second, third = (_article(n, date(2020, 2, 18 + n)) for n in (1, 2, 3))
    (figure,) = services.extract_figures(source=first).created
    assert services.extract_figures(source=second).corroborated == [figure]
    services.submit_figure(figure=figure, acting_user=editor)
    services.verify_figure(figure=figure, acting_user=reviewer)
    assert services.extract_figures(source=third).corroborated == [figure]
    figure.refresh_from_db()
    assert figure.status == FigureStatus.VERIFIED  # a new corroboration never undoes the reviewer's decision
    assert DisplacementFigure.objects.count() == 1
    assert sorted(c.source.title for c in figure.corroborations.all()) == ["Article 2", "Article 3"]


def test_a_different_body_does_not_corroborate():
    _article(1, date(2020, 2, 20))
    services.extract_figures(source=_article(1, date(2020, 2, 20)))
    other = services.store_source(
        title="SOHR",
        text="SOHR said the displacement of nearly one million people in Idlib was under way.",
        published_on=date(2020, 2, 21),
    )[0]
    result = services.extract_figures(source=other)
    assert len(result.created) == 1 and result.corroborated == []


def test_extract_command_prints_jsonl_with_the_agreed_keys(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(SEED_REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    out = io.StringIO()
    call_command("extract", str(path), format="jsonl", stdout=out)
    (line,) = out.getvalue().splitlines()
    data = json.loads(line)
    assert list(data) == [
        "value", "value_high", "qualifier", "unit", "term", "location", "region_pcode", "reporting_body", "quote",
        "start", "end",
    ]  # fmt: skip
    assert (data["value"], data["region_pcode"], data["reporting_body"]) == (1_000_000, "SY07", "UN")


def test_a_body_written_with_its_letters_is_linked_from_either_part():
    # the letters are known, the name as written is not
    source = services.store_source(
        title="Idlib",
        text="About 4,000 people fled to Idlib city last week, the United Nations refugee office (UNHCR) said.",
        published_on=date(2020, 2, 20),
    )[0]
    (figure,) = services.extract_figures(source=source).created
    assert figure.reporting_body == reporting_body_by_name(name="UNHCR")
    assert "Body as written" not in figure.notes


def test_re_extracting_keeps_out_a_figure_whose_quote_a_person_trimmed(editor):
    """A person cut the quote down to the words that state the figure; reading the document again added the same
    figure to the queue a second time, because the quote no longer started where the sentence does."""
    source = _article(1, date(2020, 2, 20))
    (figure,) = services.extract_figures(source=source).created
    start = source.text.index("the displacement of")
    end = start + len("the displacement of nearly one million people")
    trimmed = {"quote": source.text[start:end], "quote_start": start, "quote_end": end}
    services.update_figure(figure=figure, acting_user=editor, changes=trimmed)
    result = services.extract_figures(source=source)
    assert (result.kept, result.created) == (1, [])
    assert DisplacementFigure.objects.filter(source=source).count() == 1


def test_re_extracting_still_reads_the_other_figure_of_a_sentence_a_person_holds_one_of(editor):
    text = "Floods forced 2,300 people from Ariha and 4,100 people from Idlib city, the UN said on Monday."
    source = services.store_source(title="Two in one", text=text, published_on=date(2020, 3, 2))[0]
    first, second = sorted(services.extract_figures(source=source).created, key=lambda f: f.value)
    services.update_figure(figure=first, acting_user=editor, changes={"notes": "confirmed"})
    result = services.extract_figures(source=source)
    assert [f.value for f in result.created] == [4100] and result.kept == 1
    assert sorted(DisplacementFigure.objects.filter(source=source).values_list("value", flat=True)) == [2300, 4100]


def test_reading_a_document_again_keeps_the_readings_other_documents_attached_to_its_candidate():
    """Re-reading the first document replaced its untouched candidate, and the corroborations other documents had
    attached to it were deleted with it: their readings were neither in the queue nor anywhere else."""
    first, second = _article(1, date(2020, 2, 19)), _article(2, date(2020, 2, 20))
    (figure,) = services.extract_figures(source=first).created
    assert services.extract_figures(source=second).corroborated == [figure]
    result = services.extract_figures(source=first)
    assert (result.created, result.kept) == ([], 1)
    assert [c.source for c in DisplacementFigure.objects.get().corroborations.all()] == [second]


def test_a_draft_is_not_corroborated_by_a_document_read_after_it(editor):
    """An imported draft counts nowhere until sent to review: a document restating it enters the queue itself
    (attached to the draft, its reading was hidden in a figure nobody reviews)."""
    source = _article(1, date(2020, 2, 20))
    (candidate,) = services.extract_figures(source=source).created
    values = {name: getattr(candidate, name) for name in ("value", "unit", "term", "region", "period_start",
                                                          "period_end", "reporting_body")}  # fmt: skip
    DisplacementFigure.objects.filter(pk=candidate.pk).delete()
    draft = services.record_figure(acting_user=editor, **values)
    result = services.extract_figures(source=source)
    assert len(result.created) == 1 and result.corroborated == []
    assert not draft.corroborations.exists()


def test_an_undated_documents_period_is_the_day_it_was_added_and_the_notes_say_it_is_a_guess():
    source = services.store_source(title="Undated", text="Some 3,000 people fled Idlib.", published_on=None)[0]
    added = datetime(2020, 3, 10, 12, 0, tzinfo=UTC)
    Source.objects.filter(pk=source.pk).update(created_at=added)  # fetched long before its figures are read
    source.refresh_from_db()
    (figure,) = services.extract_figures(source=source).created
    assert (figure.period_start, figure.period_end, figure.period_accuracy) == (
        date(2020, 3, 10), date(2020, 3, 10), DateAccuracy.PUBLISHED)  # fmt: skip
    assert "no publication date, so the day the tracker added the document (2020-03-10)" in figure.notes


def test_an_undated_documents_relative_period_is_read_from_the_day_it_was_added_and_the_notes_say_so():
    """'on Tuesday' in a document with no publication date was dated from the day it was added without a word to
    the reviewer (a new user's trial)."""
    source = services.store_source(title="Undated", text="Some 3,000 people fled Idlib on Tuesday.", published_on=None)[
        0
    ]
    Source.objects.filter(pk=source.pk).update(created_at=datetime(2020, 3, 12, 12, 0, tzinfo=UTC))  # a Thursday
    source.refresh_from_db()
    (figure,) = services.extract_figures(source=source).created
    assert (figure.period_start, figure.period_accuracy) == (date(2020, 3, 10), DateAccuracy.DAY)
    assert "no publication date, so a period the text gives relative to its date was read from the day the tracker " \
           "added the document (2020-03-12)" in figure.notes  # fmt: skip


def test_a_dated_documents_figures_carry_no_period_warning():
    source = services.store_source(title="Dated", text="Some 3,000 people fled Idlib on Tuesday.",
                                   published_on=date(2020, 3, 12))[0]  # fmt: skip
    (figure,) = services.extract_figures(source=source).created
    assert "Period" not in figure.notes
