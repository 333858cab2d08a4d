import email
import re
from datetime import date
from email import policy

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from summaries import services, tasks
from summaries.models import DispatchStatus, Subscription, SummaryDispatch
from summaries.selectors import build_summary
from tests.factories import FigureFactory

WEEK = date(2020, 2, 3)


def _subscribe(email_address, *regions, active=True):
    subscription = Subscription.objects.create(email=email_address, active=active)
    subscription.regions.set(regions)
    return subscription


def _parse(raw: bytes):
    return email.message_from_bytes(raw, policy=policy.default)


def test_the_summary_arrives_with_both_parts_the_chart_and_right_numbers(inbox, week_data):
    subscription = _subscribe("lead@example.org", week_data["idleb"])
    assert services.send_summary(subscription_id=subscription.pk, monday=WEEK).sent_now
    (raw,) = inbox.messages
    message = _parse(raw)
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    images = [part for part in message.walk() if part.get_content_type() == "image/png"]
    assert len(images) == 1 and images[0]["Content-ID"] == "<weekly-chart>"
    assert 'src="cid:weekly-chart"' in html and images[0].get_content()[:8] == b"\x89PNG\r\n\x1a\n"
    # flow: districts 3,000 + 2,000 this week against Ariha's 1,000 alone: Harim is new, not a rise from zero
    assert (
        "newly displaced: 5,000 — up 2,000 (200%) where both weeks have reports; new this week: Harim (2,000)"
    ) in text
    assert "still displaced: 50,000 — up 10,000 (25%) on the week before" in text
    assert "Harim: 2,000 newly displaced (first figures for this place)" in text
    assert '"Some 3,000 people fled Ariha."' in text and "Source: https://example.org/sitrep-6" in text
    assert "999" not in text  # Aleppo is not followed
    links = re.findall(r'href="([^"]+)"', html)
    assert links and all(link.startswith("https://") for link in links)
    assert message["List-Unsubscribe"].strip() == f"<{services.unsubscribe_url(subscription)}>"


def test_the_unsubscribe_link_asks_first_then_deactivates_without_login(client, inbox, week_data):
    """The link only shows a page with a button (mail scanners follow links); pressing it unsubscribes.
    One-click (RFC 8058) and hostile links: tests/summaries/test_unsubscribe.py."""
    subscription = _subscribe("lead@example.org", week_data["idleb"])
    services.send_summary(subscription_id=subscription.pk, monday=WEEK)
    link = re.search(r"Unsubscribe: (\S+)", _parse(inbox.messages[0]).get_body(("plain",)).get_content()).group(1)
    page = client.get(link.removeprefix("https://tracker.example.org"))
    assert page.status_code == 200 and b'<form method="post"' in page.content and b"lead@example.org" in page.content
    subscription.refresh_from_db()
    assert subscription.active is True
    response = client.post(link.removeprefix("https://tracker.example.org"))
    assert response.status_code == 200 and b"You are unsubscribed" in response.content
    subscription.refresh_from_db()
    assert subscription.active is False
    assert client.get(link.removeprefix("https://tracker.example.org")[:-3] + "xx/").status_code == 400


def test_the_weekly_job_twice_and_a_retry_midway_send_exactly_one_each(
    inbox, week_data, eager_celery, django_capture_on_commit_callbacks
):
    first = _subscribe("a@example.org", week_data["idleb"])
    second = _subscribe("b@example.org")
    _subscribe("gone@example.org", active=False)
    inbox.refuse_once.add("b@example.org")  # the SMTP server turns b away once: that task fails and is retried
    with django_capture_on_commit_callbacks(execute=True):
        tasks.send_weekly_summaries.apply(args=["2020-W06"])
    assert len(inbox.messages) == 2
    with django_capture_on_commit_callbacks(execute=True):
        tasks.send_weekly_summaries.apply(args=["2020-W06"])  # the retry, or a restarted beat
        tasks.send_weekly_summaries.apply(args=["2020-W06"])  # and once more for good measure
    recipients = sorted(_parse(raw)["To"] for raw in inbox.messages)
    assert recipients == ["a@example.org", "b@example.org"]
    assert set(SummaryDispatch.objects.values_list("status", flat=True)) == {DispatchStatus.SENT}
    assert SummaryDispatch.objects.get(subscription=second).attempts == 2
    assert SummaryDispatch.objects.get(subscription=first).attempts == 1


def test_an_empty_week_and_no_followed_regions_give_a_sensible_email(inbox, week_data):
    everything = _subscribe("all@example.org")
    services.send_summary(subscription_id=everything.pk, monday=date(2021, 6, 7))
    text = _parse(inbox.messages[0]).get_body(("plain",)).get_content()
    assert "No verified displacement figures for your regions this week." in text
    assert "Syrian Arab Republic" in text and "None this week." in text


def test_a_subscription_made_inactive_before_sending_is_skipped(inbox, week_data):
    subscription = _subscribe("late@example.org", active=False)
    assert services.send_summary(subscription_id=subscription.pk, monday=WEEK).status == DispatchStatus.SKIPPED
    assert inbox.messages == []


def _queries(subscription):
    with CaptureQueriesContext(connection) as captured:
        build_summary(subscription=subscription, monday=WEEK)
    return len(captured)


def test_the_summary_takes_a_fixed_number_of_queries(week_data):
    one = _subscribe("one@example.org", week_data["idleb"])
    many = _subscribe("many@example.org", week_data["idleb"], week_data["ariha"], week_data["harim"],
                      week_data["aleppo"])  # fmt: skip
    baseline = _queries(one)
    for n in range(30):
        FigureFactory(region=week_data["harim"], value=10 + n, period_start=WEEK, period_end=WEEK)
    assert _queries(many) == baseline


def test_admin_preview_renders_the_html_with_the_chart(admin_client, week_data):
    subscription = _subscribe("lead@example.org", week_data["idleb"])
    response = admin_client.get(f"/admin/summaries/subscription/{subscription.pk}/preview/?week=2020-W06")
    assert response.status_code == 200
    assert b"Idleb" in response.content and b"cid:" not in response.content
    assert "script-src" not in response["Content-Security-Policy"] and "'none'" in response["Content-Security-Policy"]
    chart = re.search(rb'<img src="([^"]+chart\.png[^"]*)"', response.content).group(1).decode().replace("&amp;", "&")
    png = admin_client.get(chart)
    assert png["Content-Type"] == "image/png" and png.content[:8] == b"\x89PNG\r\n\x1a\n"
    assert admin_client.get(f"/admin/summaries/subscription/{subscription.pk}/preview/?week=W6").status_code == 400


@pytest.mark.parametrize("flag", ["dry_run", "to"])
def test_the_command_previews_without_recording(capsys, inbox, week_data, flag):
    _subscribe("lead@example.org", week_data["idleb"])
    options = {"dry_run": True} if flag == "dry_run" else {"to": "me@example.org"}
    call_command("send_weekly_summaries", week="2020-W06", **options)
    assert SummaryDispatch.objects.count() == 0
    if flag == "dry_run":
        assert "newly displaced: 5,000" in capsys.readouterr().out and inbox.messages == []
    else:
        assert [_parse(raw)["To"] for raw in inbox.messages] == ["me@example.org"]
