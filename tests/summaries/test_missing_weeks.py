"""Missing is not zero in the e-mail, and mail goes out with no row locked (claim, send, mark; at most once)."""

import asyncio
import email
from email import policy

import pytest
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction

from summaries import services
from summaries.models import DispatchStatus, Subscription, SummaryDispatch
from tests.gap_weeks import W06, W07


def _subscribe(address, *regions):
    subscription = Subscription.objects.create(email=address)
    subscription.regions.set(regions)
    return subscription


def _parts(raw):
    message = email.message_from_bytes(raw, policy=policy.default)
    return message, message.get_body(("plain",)).get_content(), message.get_body(("html",)).get_content()


def test_a_week_without_a_report_is_not_a_drop_to_zero(inbox, gap_weeks):
    subscription = _subscribe("lead@example.org", gap_weeks["idleb"])
    services.send_summary(subscription_id=subscription.pk, monday=W06)
    _, text, html = _parts(inbox.messages[0])
    assert "newly displaced: no report this week (62,500 the week before)" in text
    assert "no report this week (62,500 the week before)" in html
    for body in (text, html):
        assert "(100%)" not in body and "down 62,500" not in body and "▼" not in body
    assert "No verified displacement figures for your regions this week." in text


def test_the_week_after_a_gap_is_new_not_an_increase_from_zero(inbox, gap_weeks):
    subscription = _subscribe("lead@example.org", gap_weeks["idleb"])
    services.send_summary(subscription_id=subscription.pk, monday=W07)
    message, text, html = _parts(inbox.messages[0])
    assert "newly displaced: 5,000 — new: no report the week before" in text
    assert "5,000<br>" in html and "new: no report the week before" in html
    assert "up 5,000" not in text + html and "▲" not in html
    assert "No verified displacement figures" not in text
    assert "weeks without a report are left blank" in text.lower() and 'src="cid:weekly-chart"' in html
    assert any(part.get_content_type() == "image/png" for part in message.walk())


def test_an_email_with_nothing_to_chart_says_so_and_carries_no_image(inbox, gap_weeks):
    subscription = _subscribe("aleppo@example.org", gap_weeks["aleppo"])
    services.send_summary(subscription_id=subscription.pk, monday=W07 + (W07 - W06) * 20)
    message, text, html = _parts(inbox.messages[0])
    assert "nothing to chart" in html and "cid:weekly-chart" not in html
    assert not any(part.get_content_type() == "image/png" for part in message.walk())
    assert "newly displaced: no report this week" in text and "%" not in text


# ----------------------------------------------------------------------------- sending outside locks


def _look_from_another_connection() -> tuple[str, bool]:
    """The dispatch's committed status, and whether its row can be locked right now."""
    try:
        dispatch = SummaryDispatch.objects.get()
        try:
            with transaction.atomic():
                list(SummaryDispatch.objects.select_for_update(nowait=True).filter(pk=dispatch.pk))
            return dispatch.status, True
        except DatabaseError:
            return dispatch.status, False
    finally:
        connection.close()


@pytest.mark.django_db(transaction=True)
def test_smtp_talks_while_no_row_is_locked_and_nothing_is_open(inbox, gap_weeks):
    subscription = _subscribe("lead@example.org", gap_weeks["idleb"])
    seen = []
    original = inbox.handle_DATA

    async def handle_data(server, session, envelope):  # noqa: N802
        seen.append(await asyncio.to_thread(_look_from_another_connection))
        return await original(server, session, envelope)

    inbox.handle_DATA = handle_data
    outcome = services.send_summary(subscription_id=subscription.pk, monday=W06)
    assert outcome.sent_now and len(inbox.messages) == 1
    ((status, free),) = seen
    assert status == DispatchStatus.SENDING  # claimed and committed before SMTP began
    assert free, "the dispatch row was locked while the mail went out"
    assert SummaryDispatch.objects.get().status == DispatchStatus.SENT


def test_a_crash_between_send_and_mark_is_never_sent_twice(inbox, gap_weeks, monkeypatch, capsys):
    subscription = _subscribe("lead@example.org", gap_weeks["idleb"])

    def crash(**kwargs):
        raise SystemExit("worker killed after the SMTP server accepted the mail")

    monkeypatch.setattr(services, "_mark_sent", crash)
    with pytest.raises(SystemExit):
        services.send_summary(subscription_id=subscription.pk, monday=W06)
    monkeypatch.undo()
    assert len(inbox.messages) == 1
    assert SummaryDispatch.objects.get().status == DispatchStatus.SENDING
    again = services.send_summary(subscription_id=subscription.pk, monday=W06)  # the task redelivered
    assert not again.sent_now and len(inbox.messages) == 1  # at most once
    call_command("send_weekly_summaries", week="2020-W06")
    out = capsys.readouterr().out
    assert "lead@example.org: sending began on" in out and "never confirmed; not sent again" in out
    assert len(inbox.messages) == 1


def test_a_refused_send_is_marked_failed_and_retried(inbox, gap_weeks):
    subscription = _subscribe("lead@example.org", gap_weeks["idleb"])
    inbox.refuse_once.add("lead@example.org")
    with pytest.raises(Exception, match="lead@example.org"):
        services.send_summary(subscription_id=subscription.pk, monday=W06)
    assert SummaryDispatch.objects.get().status == DispatchStatus.FAILED and inbox.messages == []
    assert services.send_summary(subscription_id=subscription.pk, monday=W06).sent_now
    assert len(inbox.messages) == 1 and SummaryDispatch.objects.get().attempts == 2


def test_the_command_says_already_sent_on_the_date(inbox, gap_weeks, capsys):
    _subscribe("lead@example.org", gap_weeks["idleb"])
    call_command("send_weekly_summaries", week="2020-W06")
    assert "lead@example.org: sent" in capsys.readouterr().out
    call_command("send_weekly_summaries", week="2020-W06")
    out = capsys.readouterr().out
    sent_at = SummaryDispatch.objects.get().sent_at
    assert "1 active subscription\n" in out
    assert f"lead@example.org: already sent on {sent_at:%-d %b %Y}" in out and ": sent\n" not in out
    assert len(inbox.messages) == 1


@pytest.mark.django_db
def test_load_demo_says_what_happened_to_the_demo_summary_each_start():
    import io

    first, second = io.StringIO(), io.StringIO()
    call_command("load_demo", password="a-demo-password-1", stdout=first)
    call_command("load_demo", password="a-demo-password-1", stdout=second)
    assert "week 2020-W05, was written to the locmem mail backend" in first.getvalue()
    assert "week 2020-W05: already sent on" in second.getvalue() and "not sent again" in second.getvalue()
    assert "'sent'" not in first.getvalue() + second.getvalue()
    assert "written to" not in second.getvalue()
