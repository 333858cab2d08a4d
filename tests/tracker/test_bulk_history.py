"""History rows of figures and documents written in bulk (ingest's path): the database copies them from the rows
just inserted, and they must be exactly the rows simple_history would have written."""

from datetime import date

import pytest
from simple_history.utils import bulk_create_with_history

from tests.factories import UserFactory
from tracker import services
from tracker.demo import load_reference_data
from tracker.models import DisplacementFigure, FigureBreakdown, Source

REPORT = (
    "Fighting displaced more than 12,500 people from Saraqeb last week, including 4,000 children, according to "
    "OCHA.\n\nAbout 3,000 households fled Ariha on Monday, the UN said."
)


def _tracked(history_row, model) -> dict:
    return {f.attname: getattr(history_row, f.attname) for f in model.history.model.tracked_fields}


def _row(obj) -> dict:
    return {f.attname: getattr(obj, f.attname) for f in type(obj).history.model.tracked_fields}


@pytest.mark.django_db
def test_each_extracted_figure_and_document_has_one_history_row_equal_to_it():
    load_reference_data()
    source = services.new_source(title="Update", text=REPORT, published_on=date(2020, 2, 7))
    services.store_new_sources(sources=[source])
    (result,) = services.extract_new_documents(documents=[(source, None)])
    assert len(result.created) == 2
    for figure in DisplacementFigure.objects.filter(source=source):
        (history,) = figure.history.all()
        assert _tracked(history, DisplacementFigure) == _row(figure)
        assert (history.history_type, history.history_user_id) == ("+", None)
        assert history.history_change_reason == "create"  # the lifecycle's action, as save() would record it
    (history,) = Source.history.filter(id=source.pk)
    stored = _row(Source.objects.get(pk=source.pk))
    assert _tracked(history, Source) == {**stored, "language": ""}  # detected after the document was stored
    parts = FigureBreakdown.objects.filter(figure__source=source)
    assert parts.exists()
    for part in parts:
        (history,) = part.history.all()
        assert _tracked(history, FigureBreakdown) == _row(part)


@pytest.mark.django_db
def test_the_rows_are_the_ones_simple_history_writes():
    """The same documents stored both ways: every history column but the ids and the time agrees."""
    person = UserFactory(username="importer")
    ours = [services.new_source(title=f"Report {n}", text=f"Ours {n}.", url="https://example.org/a") for n in range(3)]
    theirs = [services.new_source(title=f"Report {n}", text=f"Theirs {n}.", url="https://example.org/a")
              for n in range(3)]  # fmt: skip
    for doc in (*ours, *theirs):
        doc._change_reason = "import"
    services._bulk_create_with_history(ours, Source, default_user=person)
    bulk_create_with_history(theirs, Source, default_user=person)
    skip = {"id", "history_id", "history_date", "text", "content_hash", "created_at", "updated_at"}

    def rows(docs):
        return [{k: v for k, v in vars(h).items() if k not in skip and not k.startswith("_")}
                for h in Source.history.filter(id__in=[d.pk for d in docs]).order_by("id")]  # fmt: skip

    assert rows(ours) == rows(theirs)
    assert {h.history_user_id for h in Source.history.filter(id__in=[d.pk for d in ours])} == {person.pk}
