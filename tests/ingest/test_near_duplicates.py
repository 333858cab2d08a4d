"""Near-duplicate documents: an edited republication of a wire story joins the story, and its figure corroborates
the one already known instead of entering the review queue again. Real feeds over HTTP on 127.0.0.1, real
PostgreSQL; the labelled set (tests/data/near_duplicates.jsonl, written for this project) measures the linking."""

import itertools
import json
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ingest import services
from ingest.models import FeedItem, ItemStatus
from tests.httpserver import Reply, rss
from tracker import stories
from tracker.choices import FigureStatus
from tracker.demo import load_reference_data
from tracker.models import DisplacementFigure, FigureCorroboration, Source, StoryBand
from tracker.selectors import story_candidates
from tracker.services import extract_figures, link_near_duplicate, store_source

pytestmark = pytest.mark.django_db
LABELLED = Path(__file__).resolve().parent.parent / "data" / "near_duplicates.jsonl"

ORIGINAL = (
    "SARAQEB, Syria - Some 5,000 people fled Saraqeb on Tuesday as government forces advanced on the town, local "
    "officials said. Families loaded mattresses and cooking pots onto pick-up trucks and drove north towards the "
    "Turkish border, where camps are already full. Shelling hit the market and a bakery in the early morning, "
    "residents said, and the main road was jammed with cars for most of the day. Aid groups said they had run out "
    "of tents in the area and were handing out plastic sheeting instead. The advance is the deepest into the "
    "province in months."
)
# the same wire story republished: a headline, the town's name dropped from the figure's sentence (the extractor
# then places it in the country of the dateline), another verb, a sentence added
EDITED = (
    "Exodus as forces close in. SARAQEB, Syria - Some 5,000 people fled the town on Tuesday as government "
    "forces advanced, local officials told reporters. Families loaded mattresses and cooking pots onto pick-up "
    "trucks and drove north towards the Turkish border, where camps are already full. Shelling hit the market and "
    "a bakery in the early morning, residents said, and the main road was jammed with cars for most of the day. Aid "
    "groups said they had run out of tents in the area and were handing out plastic sheeting instead. The advance "
    "is the deepest into the province in months, and the United Nations has called for a pause in the fighting."
)
# another outlet's own story about the same exodus, with the same number and no place in its sentence
OTHER_STORY = (
    "Drivers on the road north out of the town described a column of cars, tractors and motorbikes that barely "
    "moved all afternoon. Some 5,000 people fled the town on Tuesday, according to a council member reached by "
    "telephone. Camps near the border have no more room, and many families are sleeping in olive groves. A doctor "
    "at a field clinic said most of the patients he saw were children with respiratory infections."
)


@pytest.fixture(autouse=True)
def reference_data(fast_http):
    load_reference_data()


def _deliver(feed_server, path, *entries):
    url = feed_server.route(path, Reply(rss(*entries)))
    feed = services.register_feed(name=f"feed {path}", url=url, kind="rss")
    result = services.poll_feed(feed=feed)
    return [services.process_item(item=item) for item in FeedItem.objects.filter(pk__in=result.new_item_ids)]


def _queue():
    return list(DisplacementFigure.objects.filter(status=FigureStatus.EXTRACTED))


def test_an_edited_republication_corroborates_instead_of_queueing_again(feed_server):
    (first,) = _deliver(feed_server, "/wire.xml", ("Thousands flee Saraqeb", "http://127.0.0.1/wire/1", ORIGINAL))
    (figure,) = _queue()
    assert (figure.value, figure.region.name) == (5000, "Saraqib")
    (second,) = _deliver(feed_server, "/paper.xml", ("Thousands flee", "http://127.0.0.1/paper/9", EDITED))
    assert second.status == ItemStatus.DONE and second.source != first.source
    assert _queue() == [figure]  # no second candidate in the review queue
    (corroboration,) = FigureCorroboration.objects.filter(figure=figure)
    assert corroboration.source == second.source and "5,000 people fled the town" in corroboration.quote
    first.source.refresh_from_db()
    second.source.refresh_from_db()
    assert first.source.story_id == second.source.story_id == first.source.pk  # one story, named by its first


def test_without_the_story_link_the_edit_would_be_queued_again(feed_server):
    """The control: the same edited text, not known as a retelling, becomes a second candidate (its sentence names
    no town, so the figure-level match of two unrelated documents cannot join it)."""
    store_source(title="wire", text=ORIGINAL)
    extract_figures(source=Source.objects.get())
    edited, _ = store_source(title="edit", text=EDITED)
    extract_figures(source=edited)
    assert len(_queue()) == 2


def test_a_different_story_about_the_same_event_is_not_linked(feed_server):
    _deliver(feed_server, "/wire.xml", ("Thousands flee Saraqeb", "http://127.0.0.1/wire/1", ORIGINAL))
    (other,) = _deliver(feed_server, "/radio.xml", ("On the road north", "http://127.0.0.1/radio/3", OTHER_STORY))
    other.source.refresh_from_db()
    assert other.source.story_id is None
    assert len(_queue()) == 2 and not FigureCorroboration.objects.exists()


def test_a_verified_or_rejected_figure_is_not_reopened_by_a_retelling(feed_server, editor, reviewer):
    from tracker.services import reject_figure

    _deliver(feed_server, "/wire.xml", ("Thousands flee Saraqeb", "http://127.0.0.1/wire/1", ORIGINAL))
    (figure,) = _queue()
    reject_figure(figure=figure, acting_user=reviewer, reason="duplicate of the OCHA figure")
    _deliver(feed_server, "/paper.xml", ("Thousands flee", "http://127.0.0.1/paper/9", EDITED))
    assert _queue() == [] and DisplacementFigure.objects.count() == 1
    figure.refresh_from_db()
    assert figure.status == FigureStatus.REJECTED and figure.corroborations.count() == 1


def test_linking_is_idempotent_and_the_index_survives_in_the_database():
    first, _ = store_source(title="wire", text=ORIGINAL)
    assert link_near_duplicate(source=first) is None
    bands = set(StoryBand.objects.filter(source=first).values_list("band_hash", flat=True))
    assert len(bands) == stories.BANDS
    edited, _ = store_source(title="edit", text=EDITED)
    assert link_near_duplicate(source=edited) == first
    assert link_near_duplicate(source=edited) is None  # already in its story: nothing changes
    assert StoryBand.objects.filter(source=edited).count() == stories.BANDS
    edited.refresh_from_db()
    assert edited.story_id == first.pk
    # a fresh lookup (as after a restart) reads the stored bands: one query
    _, query_bands = stories.fingerprint(EDITED)
    with CaptureQueriesContext(connection) as queries:
        found = story_candidates(band_hashes=query_bands, exclude_id=edited.pk)
    assert found == [first] and len(queries) == 1


def test_a_third_retelling_joins_the_same_story_through_the_second():
    first, _ = store_source(title="wire", text=ORIGINAL)
    link_near_duplicate(source=first)
    second, _ = store_source(title="edit", text=EDITED)
    link_near_duplicate(source=second)
    third_text = EDITED.replace("Thousands flee as forces close in. ", "Exodus from Saraqeb. ") + " More to follow."
    third, _ = store_source(title="edit 2", text=third_text)
    link_near_duplicate(source=third)
    assert set(Source.objects.filter(story_id=first.pk).values_list("title", flat=True)) == {"wire", "edit", "edit 2"}


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Too short to be a story.",
        "5,000 " * 3000,
        "١٢٣ نزح آلاف الأشخاص من المدينة يوم الثلاثاء " * 20,
        "\ufffd\u202e" * 50,
        "🙂 " * 400,
    ],
)
def test_hostile_and_tiny_texts_are_stored_without_linking_to_anything(text):
    first, _ = store_source(title="wire", text=ORIGINAL)
    link_near_duplicate(source=first)
    source, _ = store_source(title="odd", text=text or " ")
    assert link_near_duplicate(source=source) is None


def _labelled():
    return [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]


def test_the_labelled_set_is_linked_with_full_precision_and_recall():
    """Each document stored and linked in turn, as ingest would; every pair is then judged by its story."""
    docs = _labelled()
    assert len(docs) >= 25 and len({d["event"] for d in docs}) >= 8
    sources = {}
    for doc in docs:
        sources[doc["id"]], _ = store_source(title=doc["id"], text=doc["text"])
        link_near_duplicate(source=sources[doc["id"]])
    story = dict(Source.objects.filter(pk__in=[s.pk for s in sources.values()]).values_list("title", "story_id"))
    true_pos = false_pos = false_neg = 0
    for a, b in itertools.combinations(docs, 2):
        same = a["story"] == b["story"]
        linked = story[a["id"]] is not None and story[a["id"]] == story[b["id"]]
        true_pos += same and linked
        false_pos += linked and not same
        false_neg += same and not linked
    assert true_pos >= 10
    assert (false_pos, false_neg) == (0, 0)


def test_documents_stored_before_the_index_are_linked_by_the_command_and_shown_in_the_admin(client):
    import io

    from django.core.management import call_command

    from tests.factories import UserFactory

    first, _ = store_source(title="Wire, first version", text=ORIGINAL)
    second, _ = store_source(title="Paper, edited version", text=EDITED)
    other, _ = store_source(title="Radio", text=OTHER_STORY)
    out = io.StringIO()
    call_command("link_near_duplicates", batch=2, stdout=out)
    assert "3 document(s) examined (too short ones stay out), 1 linked to a story." in out.getvalue()
    call_command("link_near_duplicates", stdout=out)  # again: nothing left to index
    assert "0 document(s) examined" in out.getvalue()
    second.refresh_from_db()
    other.refresh_from_db()
    assert second.story_id == first.pk and other.story_id is None
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    page = client.get(f"/admin/tracker/source/{first.pk}/change/").content.decode()
    assert f'href="/admin/tracker/source/{second.pk}/change/">Paper, edited version</a>' in page
    assert "Radio" not in page


@pytest.mark.django_db(transaction=True)
def test_two_retellings_stored_at_the_same_moment_by_two_workers_join_one_story():
    """Each in its own transaction and connection, the first still open when the second links: the second waits
    for the first's commit (an advisory lock per band) and then finds it."""
    import threading

    from django.db import close_old_connections, transaction

    first_linked, release = threading.Event(), threading.Event()
    errors = []

    def worker(title, text, hold):
        try:
            with transaction.atomic():
                source, _ = store_source(title=title, text=text)
                link_near_duplicate(source=source)
                if hold:
                    first_linked.set()
                    release.wait(10)
        except Exception as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)
        finally:
            close_old_connections()

    first = threading.Thread(target=worker, args=("wire", ORIGINAL, True))
    first.start()
    assert first_linked.wait(10)
    second = threading.Thread(target=worker, args=("edit", EDITED, False))
    second.start()
    second.join(0.5)
    assert second.is_alive()  # waiting for the first's transaction
    release.set()
    first.join(10)
    second.join(10)
    assert errors == []
    wire, edit = Source.objects.get(title="wire"), Source.objects.get(title="edit")
    assert wire.story_id == edit.story_id == wire.pk


def _retelling(number: int) -> str:
    return f"{EDITED} Update {number}: another {number * 10} families reached the camps at Atmeh by nightfall."


def test_linking_a_batch_takes_the_same_few_queries_whatever_its_size():
    from tracker.services import link_near_duplicates, new_source, store_new_sources

    wire, _ = store_source(title="wire", text=ORIGINAL)
    link_near_duplicate(source=wire)
    counts = {}
    for size, start in ((3, 0), (30, 100)):
        batch = [new_source(title=f"retelling {n}", text=_retelling(n)) for n in range(start, start + size)]
        store_new_sources(sources=batch)
        with CaptureQueriesContext(connection) as queries:
            linked = link_near_duplicates(sources=batch)
        counts[size] = len(queries)
        assert set(linked) == {s.pk for s in batch}  # every retelling found a near-duplicate
        assert {s.story_id for s in batch} == {wire.pk}  # and joined the wire's story, in memory and stored
        assert set(Source.objects.filter(pk__in=[s.pk for s in batch]).values_list("story_id", flat=True)) == {wire.pk}
        assert StoryBand.objects.filter(source__in=batch).count() == size * stories.BANDS
    # lock, candidates, their texts, band delete, band insert, story update (+ the savepoint and its release)
    assert counts[3] == counts[30] <= 8, counts


def test_retellings_within_one_batch_join_one_story_named_by_the_earliest():
    from tracker.services import link_near_duplicates, new_source, store_new_sources

    third = EDITED.replace("Exodus as forces close in. ", "Exodus from Saraqeb. ") + " More to follow."
    batch = [new_source(title=title, text=text) for title, text in
             (("wire", ORIGINAL), ("radio", OTHER_STORY), ("edit", EDITED), ("edit 2", third))]  # fmt: skip
    store_new_sources(sources=batch)
    wire, radio, edit, edit2 = batch
    linked = link_near_duplicates(sources=batch)
    assert set(linked) == {edit.pk, edit2.pk} and linked[edit.pk] == wire
    stored = dict(Source.objects.filter(pk__in=[s.pk for s in batch]).values_list("title", "story_id"))
    assert stored == {"wire": wire.pk, "edit": wire.pk, "edit 2": wire.pk, "radio": None}
    assert [s.story_id for s in batch] == [wire.pk, None, wire.pk, wire.pk]
    assert link_near_duplicates(sources=batch) == {}  # again: nothing changes
    assert StoryBand.objects.filter(source__in=batch).count() == 4 * stories.BANDS


def test_the_labelled_set_linked_as_one_batch_gives_the_same_stories_as_one_by_one():
    from tracker.services import link_near_duplicates, new_source, store_new_sources

    docs = _labelled()
    one_by_one = {}
    for doc in docs:
        source, _ = store_source(title=doc["id"], text=doc["text"])
        link_near_duplicate(source=source)
        one_by_one[doc["id"]] = source
    batch = [new_source(title=f"again {doc['id']}", text=doc["text"] + " (republished)") for doc in docs]
    StoryBand.objects.all().delete()  # the batch sees only itself
    store_new_sources(sources=batch)
    link_near_duplicates(sources=batch)

    def partition(sources):
        story = {s.title.removeprefix("again "): Source.objects.get(pk=s.pk).story_id for s in sources}
        return {frozenset(k for k in story if story[k] == v) for v in story.values() if v is not None}

    assert partition(batch) == partition(one_by_one.values()) and len(partition(batch)) >= 5


def test_a_band_shared_by_many_documents_is_read_for_its_oldest_ones_and_still_links(monkeypatch):
    from tracker import selectors

    monkeypatch.setattr(selectors, "PER_BAND", 2)
    told = []
    for number in range(5):
        source, _ = store_source(title=f"retelling {number}", text=_retelling(number))
        link_near_duplicate(source=source)
        told.append(source)
    _, bands = stories.fingerprint(_retelling(99))
    found = selectors.story_candidates_of_many(band_hashes={0: bands})[0]
    shared = dict(found)
    assert shared[told[0].pk] == len(
        set(bands) & set(StoryBand.objects.filter(source=told[0]).values_list("band_hash", flat=True))
    )  # the oldest holds all its shared bands' first places
    newest = len(set(bands) & set(StoryBand.objects.filter(source=told[4]).values_list("band_hash", flat=True)))
    assert shared.get(told[4].pk, 0) < newest  # the bands all five share are read for their first two only
    last, _ = store_source(title="retelling 99", text=_retelling(99))
    assert link_near_duplicate(source=last) in told  # the most similar candidate found, of the one story
    assert set(Source.objects.values_list("story_id", flat=True)) == {told[0].pk}
