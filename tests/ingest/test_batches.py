"""ingest.services.process_items: the worker's batched path (process_feed_items), on the real PostgreSQL."""

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from ingest import services, tasks
from ingest.models import FeedItem, FeedKind, ItemStatus
from tracker.choices import FigureStatus
from tracker.demo import load_reference_data
from tracker.models import DisplacementFigure, FigureCorroboration, ReportingBody, Source

pytestmark = pytest.mark.django_db

PLACES = ["Saraqeb", "Ariha", "Binnish", "Sarmin", "Dana"]


@pytest.fixture(autouse=True)
def reference_data():
    load_reference_data()


@pytest.fixture
def feed():
    body = ReportingBody.objects.get(acronym="OCHA")
    return services.register_feed(name="batch feed", url="http://127.0.0.1/feed.xml", kind=FeedKind.RSS,
                                  default_body=body)  # fmt: skip


def _text(i: int) -> str:
    return (f"Report {i}. Some {1000 + i:,} people fled {PLACES[i % len(PLACES)]} on 3 March 2020 as shelling "
            f"continued, local officials said. At least {i % 5 + 2} people were killed, SOHR said.")  # fmt: skip


def _items(feed, texts, *, start=0, **fields) -> list[int]:
    rows = [FeedItem(feed=feed, canonical_url=f"http://127.0.0.1/r/{start + n}", key=f"key-{start + n}",
                     title=f"Report {start + n}", text=text, **fields) for n, text in enumerate(texts)]  # fmt: skip
    return [item.pk for item in FeedItem.objects.bulk_create(rows)]


def _signature():
    figures = sorted(
        DisplacementFigure.objects.values_list("value", "region__name", "source__title", "status", "quote_start")
    )
    corroborations = sorted(FigureCorroboration.objects.values_list("figure__value", "source__title", "quote_start"))
    items = sorted(FeedItem.objects.values_list("title", "status", "source__title"))
    return figures, corroborations, items


def test_a_batch_stores_each_document_and_its_figure_like_the_per_document_path(feed):
    texts = [_text(i) for i in range(12)] + [_text(3)]  # the last restates the fourth: a duplicate document
    texts.append("Again, 1,003 people fled Sarmin on 3 March 2020, local officials said.")  # corroborates #3
    ids = _items(feed, texts)

    class Undo(Exception):
        pass

    with pytest.raises(Undo), transaction.atomic():
        for item in FeedItem.objects.filter(pk__in=ids).select_related("feed").order_by("pk"):
            services.process_item(item=item)
        one_by_one = _signature()
        raise Undo
    outcome = services.process_items(item_ids=ids)
    assert _signature() == one_by_one
    assert (len(outcome.done), len(outcome.duplicate), outcome.failed) == (13, 1, {})
    assert DisplacementFigure.objects.count() == 12 and FigureCorroboration.objects.count() == 1
    assert set(DisplacementFigure.objects.values_list("status", flat=True)) == {FigureStatus.EXTRACTED}


def test_queries_per_document_are_bounded_and_do_not_grow_with_the_batch(feed):
    small = _items(feed, [_text(i) for i in range(10)])
    large = _items(feed, [_text(i) for i in range(10, 60)], start=10)
    with CaptureQueriesContext(connection) as ten:
        services.process_items(item_ids=small)
    with CaptureQueriesContext(connection) as fifty:
        services.process_items(item_ids=large)
    assert DisplacementFigure.objects.count() == 60

    def figure_queries(queries):  # figures, their history, corroboration look-ups and writes
        return [q["sql"] for q in queries if "tracker_displacementfigure" in q["sql"] or "corroboration" in q["sql"]]

    assert len(figure_queries(fifty)) == len(figure_queries(ten)) <= 6  # per batch, not per document or figure

    def near_duplicate_queries(queries):  # the index: lock, candidates, bands, story links
        return [q["sql"] for q in queries if any(w in q["sql"] for w in ("storyband", "advisory", "SET story_id"))]

    # the near-duplicate index (link_near_duplicates) is linked for the whole batch at once, too
    assert len(near_duplicate_queries(ten)) <= len(near_duplicate_queries(fifty)) <= 5
    assert len(fifty) <= len(ten), [q["sql"][:80] for q in fifty.captured_queries]
    assert len(fifty) / 50 < 1  # the per-document path took 45 to 70 queries for each
    savepoints = [q for q in fifty.captured_queries if q["sql"].startswith("SAVEPOINT")]
    assert len(savepoints) <= 5  # a few for the batch; none per document, constraint or figure


def test_every_figure_and_document_of_a_batch_has_its_history_row(feed):
    ids = _items(feed, [_text(i) for i in range(8)])
    services.process_items(item_ids=ids)
    figures = DisplacementFigure.objects.all()
    assert figures.count() == 8
    history = DisplacementFigure.history.filter(id__in=[f.pk for f in figures])
    assert sorted(history.values_list("id", flat=True)) == sorted(f.pk for f in figures)
    assert set(history.values_list("history_type", "history_change_reason", "history_user")) == {("+", "create", None)}
    for figure in figures:  # the history row says what the figure says
        row = history.get(id=figure.pk)
        assert (row.value, row.region_id, row.source_id, row.status) == (
            figure.value, figure.region_id, figure.source_id, FigureStatus.EXTRACTED,
        )  # fmt: skip
    assert Source.history.filter(history_type="+").count() == Source.objects.count() == 8


def test_a_restated_figure_corroborates_the_stored_one_instead_of_entering_review(feed):
    first = "Some 4,200 people fled Saraqeb on 2 March 2020, OCHA said."
    services.process_items(item_ids=_items(feed, [first]))
    (known,) = DisplacementFigure.objects.all()
    restated = "Some 4,200 people fled Saraqeb on 3 March 2020, OCHA said."
    other = "Some 4,200 people fled Ariha on 3 March 2020, local officials said."  # another place: a new figure
    outcome = services.process_items(item_ids=_items(feed, [restated, other], start=1))
    (corroboration,) = FigureCorroboration.objects.all()
    assert corroboration.figure == known and corroboration.source.text == restated
    assert corroboration.quote == restated[corroboration.quote_start : corroboration.quote_end]
    assert DisplacementFigure.objects.exclude(pk=known.pk).get().region != known.region
    assert (outcome.figures, outcome.corroborations) == (1, 1)


def test_a_bad_document_fails_with_its_reason_and_loses_nothing_of_the_others(feed):
    ids = _items(feed, [_text(i) for i in range(5)])
    empty = _items(feed, ["   "], start=5)
    with connection.cursor() as cursor:  # the database refuses one document, as it would a text it cannot hold
        cursor.execute(
            "CREATE FUNCTION refuse_poison() RETURNS trigger AS $$ BEGIN IF NEW.title = 'Report 2' THEN "
            "RAISE EXCEPTION 'poisoned document'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"
        )
        cursor.execute(
            "CREATE TRIGGER refuse_poison BEFORE INSERT ON tracker_source FOR EACH ROW EXECUTE FUNCTION refuse_poison()"
        )
    outcome = services.process_items(item_ids=ids + empty)
    poisoned = FeedItem.objects.get(title="Report 2")
    assert poisoned.status == ItemStatus.FAILED and "poisoned document" in poisoned.error_text
    assert "no text of its own" in FeedItem.objects.get(pk=empty[0]).error_text
    assert FeedItem.objects.filter(status=ItemStatus.DONE).count() == 4 == len(outcome.done)
    assert sorted(DisplacementFigure.objects.values_list("value", flat=True)) == [1000, 1001, 1003, 1004]
    assert sorted(outcome.failed) == sorted([poisoned.pk, empty[0]])


def test_a_batch_run_again_changes_nothing(feed):
    ids = _items(feed, [_text(i) for i in range(6)])
    services.process_items(item_ids=ids)
    before = _signature()
    again = services.process_items(item_ids=ids)
    assert (again.done, again.not_pending, _signature()) == ([], ids, before)


def test_a_summary_is_left_pending_for_its_link_to_be_fetched(feed):
    (summary,) = _items(feed, ["Fighting near Ariha."], fetch_article=True)
    (full,) = _items(feed, [_text(1)], start=1)
    outcome = services.process_items(item_ids=[summary, full])
    assert (outcome.needs_link, outcome.done) == ([summary], [full])
    assert FeedItem.objects.get(pk=summary).status == ItemStatus.PENDING


def test_the_worker_task_takes_ids_and_says_what_it_did(feed):
    (summary,) = _items(feed, ["Fighting near Ariha."], fetch_article=True)
    ids = _items(feed, [_text(1), _text(2), _text(1)], start=1)
    assert tasks.process_feed_items([summary, *ids]) == {
        "done": 2, "duplicate": 1, "failed": 0, "needs_link": 1, "figures": 2,
    }  # fmt: skip
    assert tasks.process_feed_items([summary, *ids])["done"] == 0  # run again (a redelivery): nothing new
    assert Source.objects.get(text=_text(1)).publisher.acronym == "OCHA"
