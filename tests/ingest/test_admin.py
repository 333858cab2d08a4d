import pytest
from django.urls import reverse

from config.celery import app as celery_app
from ingest.models import FeedKind, RunOutcome
from ingest.services import register_feed
from tests.factories import UserFactory
from tests.httpserver import Reply, rss

pytestmark = pytest.mark.django_db


def test_poll_now_queues_the_feed_and_the_list_shows_its_health(client, feed_server, fast_http,
                                                               django_capture_on_commit_callbacks):  # fmt: skip
    url = feed_server.route("/f.xml", Reply(rss(("A", "http://127.0.0.1/a", "Some 4,000 people fled Ariha."))))
    feed = register_feed(name="Health feed", url=url, kind=FeedKind.RSS)
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    celery_app.conf.task_always_eager = True
    try:
        with django_capture_on_commit_callbacks(execute=True):
            client.post(reverse("admin:ingest_feed_changelist"), {"action": "poll_now", "_selected_action": [feed.pk]})
    finally:
        celery_app.conf.task_always_eager = False
    run = feed.runs.get()
    assert (run.outcome, run.items_new) == (RunOutcome.SUCCESS, 1)
    page = client.get(reverse("admin:ingest_feed_changelist")).content.decode()
    assert "Health feed" in page and "OK" in page and "1 new item(s)" in page
