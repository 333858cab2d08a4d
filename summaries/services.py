"""Composing and sending weekly summaries, each exactly once per subscription and ISO week."""

import logging
from dataclasses import dataclass
from datetime import date, datetime
from email.mime.image import MIMEImage

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from summaries.models import DispatchStatus, Subscription, SummaryDispatch
from summaries.selectors import build_summary
from summaries.tokens import subscription_id, unsubscribe_token
from summaries.weeks import iso_week
from tracker.charts import weekly_chart
from tracker.choices import Term

logger = logging.getLogger(__name__)


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def unsubscribe_url(subscription: Subscription) -> str:
    """The link in the e-mail and in its List-Unsubscribe header: GET shows a confirmation page with a button
    (a mail scanner following it unsubscribes nobody); POST, from that button or a mail client's RFC 8058
    one-click request, unsubscribes."""
    return absolute(reverse("summaries:unsubscribe", args=[unsubscribe_token(subscription)]))


@transaction.atomic
def unsubscribe(*, token: str) -> Subscription:
    """Deactivate the subscription a signed link names; BadSignature for a forged or damaged link."""
    pk = subscription_id(token)
    subscription = Subscription.objects.select_for_update().get(pk=pk)
    if subscription.active:
        subscription.active = False
        subscription.save(update_fields=["active"])
    return subscription


def compose_summary(*, subscription: Subscription, monday: date, to: str | None = None) -> EmailMultiAlternatives:
    """The e-mail: plain text and HTML (with the chart inline), absolute links and a List-Unsubscribe header, in
    the subscriber's language (whatever language the sending task or admin page runs in)."""
    with translation.override(subscription.language or settings.LANGUAGE_CODE):
        return _compose(subscription=subscription, monday=monday, to=to)


def _compose(*, subscription: Subscription, monday: date, to: str | None) -> EmailMultiAlternatives:
    summary = build_summary(subscription=subscription, monday=monday)
    leave = unsubscribe_url(subscription)
    context = {
        "summary": summary,
        "unsubscribe_url": leave,
        "site_url": settings.SITE_URL.rstrip("/"),
        "term_names": [dict(Term.choices)[t] for t in summary.terms],
        "figure_url": lambda figure: absolute(reverse("admin:tracker_displacementfigure_change", args=[figure.pk])),
    }
    context["new_figures"] = [
        {"figure": f, "admin_url": context["figure_url"](f), "source_url": f.source.url if f.source_id else ""}
        for f in summary.new_figures
    ]
    subject = _("Displacement summary, week %(week)s (%(start)s – %(end)s)") % {
        "week": summary.week,
        "start": date_format(summary.start, "j M"),
        "end": date_format(summary.end, "j M Y"),
    }
    context["direction"] = "rtl" if translation.get_language_bidi() else "ltr"
    context["language"] = translation.get_language()
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string("summaries/email.txt", context),
        to=[to or subscription.email],
        headers={"List-Unsubscribe": f"<{leave}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    )
    message.attach_alternative(render_to_string("summaries/email.html", context), "text/html")
    png = weekly_chart(summary.series, title=_("Persons newly displaced per week, last 12 weeks"))
    if png is not None:  # no data: the e-mail says so in a sentence instead of showing empty axes
        chart = MIMEImage(png, "png")
        chart.add_header("Content-ID", "<weekly-chart>")
        chart.add_header("Content-Disposition", "inline", filename="weekly-chart.png")
        message.mixed_subtype = "related"
        message.attach(chart)
    return message


@dataclass(frozen=True)
class SendOutcome:
    """What send_summary did: `sent_now` only when this call handed the mail to the SMTP server."""

    status: str
    sent_now: bool
    sent_at: datetime | None = None
    claimed_at: datetime | None = None

    def __str__(self) -> str:
        if self.sent_now:
            return "sent"
        if self.status == DispatchStatus.SENT:
            return f"already sent on {_when(self.sent_at)}; not sent again"
        if self.status == DispatchStatus.SENDING:
            return (f"sending began on {_when(self.claimed_at)} and was never confirmed; not sent again "
                    "(at most once: see the README)")  # fmt: skip
        if self.status == DispatchStatus.SKIPPED:
            return "skipped: the subscription is inactive"
        return str(DispatchStatus(self.status).label)


def _when(moment: datetime | None) -> str:
    return timezone.localtime(moment).strftime("%-d %b %Y %H:%M %Z") if moment else "an unknown date"


def _outcome(dispatch: SummaryDispatch, *, sent_now: bool = False) -> SendOutcome:
    return SendOutcome(dispatch.status, sent_now, dispatch.sent_at, dispatch.claimed_at)


def _claim(*, subscription_id: int, week: str) -> tuple[SummaryDispatch, bool]:
    """Short transaction: lock the dispatch row, decide, mark it *sending*, commit. True when this call sends."""
    SummaryDispatch.objects.get_or_create(subscription_id=subscription_id, iso_week=week)
    with transaction.atomic():
        dispatch = (
            SummaryDispatch.objects.select_for_update()
            .select_related("subscription")
            .get(subscription_id=subscription_id, iso_week=week)
        )
        if dispatch.status in (DispatchStatus.SENT, DispatchStatus.SKIPPED, DispatchStatus.SENDING):
            return dispatch, False
        dispatch.attempts += 1
        if not dispatch.subscription.active:
            dispatch.status = DispatchStatus.SKIPPED
            dispatch.save()
            return dispatch, False
        dispatch.status, dispatch.claimed_at = DispatchStatus.SENDING, timezone.now()
        dispatch.save()
        return dispatch, True


def _mark(*, dispatch_id: int, status: str, error_text: str = "") -> SummaryDispatch:
    with transaction.atomic():
        dispatch = SummaryDispatch.objects.select_for_update().get(pk=dispatch_id)
        dispatch.status, dispatch.error_text = status, error_text
        if status == DispatchStatus.SENT:
            dispatch.sent_at = timezone.now()
        dispatch.save()
        return dispatch


def _mark_sent(*, dispatch_id: int) -> SummaryDispatch:
    return _mark(dispatch_id=dispatch_id, status=DispatchStatus.SENT)


def send_summary(*, subscription_id: int, monday: date) -> SendOutcome:
    """Send one subscription's summary for a week, at most once.

    1. claim: in a short transaction the dispatch row (unique on subscription and week) is locked, checked and
       marked *sending*; a retried task, a restarted beat or a second worker then finds it sent or sending;
    2. compose (queries, chart) and send over SMTP with no transaction open and no row locked;
    3. mark it *sent* in another short transaction (or *failed*, to be retried, if SMTP refused it).
    A crash between 2 and 3 leaves it *sending*: it is never sent again by itself (at most once)."""
    week = iso_week(monday)
    dispatch, mine = _claim(subscription_id=subscription_id, week=week)
    if not mine:
        return _outcome(dispatch)
    try:
        compose_summary(subscription=dispatch.subscription, monday=monday).send()
    except Exception as exc:  # SMTP down, refused recipient…: recorded, then raised for the task to retry
        logger.warning("summary %s for %s failed: %s", week, dispatch.subscription, exc)
        _mark(dispatch_id=dispatch.pk, status=DispatchStatus.FAILED, error_text=f"{type(exc).__name__}: {exc}"[:2000])
        raise
    return _outcome(_mark_sent(dispatch_id=dispatch.pk), sent_now=True)


@transaction.atomic
def subscribe(*, email: str, regions=(), terms=(), user=None, language: str | None = None) -> Subscription:
    """Follow regions (each with its subtree; none = everything) and terms (none = all but returns), with the
    summary in `language` (None: the language being spoken now, e.g. the subscriber's page)."""
    subscription, _created = Subscription.objects.get_or_create(email=email.strip().lower(), defaults={"user": user})
    subscription.terms, subscription.active = list(terms), True
    subscription.language = language or translation.get_language() or settings.LANGUAGE_CODE
    subscription.full_clean()
    subscription.save()
    subscription.regions.set(regions)
    return subscription


def active_subscription_ids() -> list[int]:
    return list(Subscription.objects.filter(active=True).values_list("pk", flat=True))
