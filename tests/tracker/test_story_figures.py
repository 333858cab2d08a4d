"""The figures of a story, as extraction reads them to recognise a restatement: one row per statement (the first
document's), however often the story was retold, so that what a batch reads does not grow with the retellings."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import FigureFactory, RegionFactory, SourceFactory, country
from tracker.choices import FigureStatus, Unit
from tracker.models import Source
from tracker.selectors import figures_of_stories

pytestmark = pytest.mark.django_db
QUOTE = "5,000 people were displaced"


def _told(sources, region, value=5000, unit=Unit.PERSON):
    figures = []
    for source in sources:
        start = source.text.index(QUOTE.replace("5,000", f"{value:,}"))
        figures.append(FigureFactory(
            value=value, unit=unit, region=region, source=source, status=FigureStatus.EXTRACTED,
            quote=source.text[start : start + len(QUOTE)], quote_start=start, quote_end=start + len(QUOTE),
        ))  # fmt: skip
    return figures


def _story(n, text="Report number {n}: 5,000 people were displaced from the town."):
    sources = [SourceFactory(text=text.format(n=number)) for number in range(n)]
    Source.objects.filter(pk__in=[s.pk for s in sources]).update(story=sources[0])
    return sources


def test_a_statement_retold_many_times_is_read_once_the_first_documents():
    syria = country()
    town, other = RegionFactory(parent=syria), RegionFactory(parent=syria)
    sources = _story(12)
    first, *_ = _told(sources, town)
    elsewhere = _told(sources[3:5], other)[0]
    households = _told(sources[5:6], town, unit=Unit.HOUSEHOLD)[0]
    rows = figures_of_stories(story_ids={sources[0].pk}, values={5000})[sources[0].pk]
    assert [row["id"] for row in rows] == [first.pk, elsewhere.pk, households.pk]  # in id order
    assert rows[0]["region_path"] == town.path and rows[0]["source_id"] == sources[0].pk


def test_the_documents_being_extracted_and_other_values_are_left_out():
    syria = country()
    town = RegionFactory(parent=syria)
    sources = _story(4)
    figures = _told(sources, town)
    rows = figures_of_stories(story_ids={sources[0].pk}, values={5000}, exclude_source_ids={sources[0].pk})
    assert [row["id"] for row in rows[sources[0].pk]] == [figures[1].pk]  # the next document's, not none
    assert figures_of_stories(story_ids={sources[0].pk}, values={4000}) == {}
    assert figures_of_stories(story_ids=set(), values={5000}) == {}


def test_reading_a_story_takes_one_query_and_the_same_rows_retold_three_or_thirty_times():
    syria = country()
    town = RegionFactory(parent=syria)
    small, large = _story(3), _story(30, text="Another report {n}: 5,000 people were displaced from the town.")
    _told(small, town)
    _told(large, town)
    with CaptureQueriesContext(connection) as queries:
        rows = figures_of_stories(story_ids={small[0].pk, large[0].pk}, values={5000})
    assert len(queries) == 1
    assert {story: len(found) for story, found in rows.items()} == {small[0].pk: 1, large[0].pk: 1}
