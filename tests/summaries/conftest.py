import socket
from datetime import UTC, date, datetime

import pytest
from aiosmtpd.controller import Controller

from config.celery import app as celery_app
from tests.factories import FigureFactory, RegionFactory, ReportingBodyFactory, SourceFactory, UserFactory, country
from tracker import services
from tracker.choices import Category, RegionLevel, Role
from tracker.models import DisplacementFigure


class Inbox:
    """An SMTP server on 127.0.0.1 that keeps what it receives; it can refuse a recipient once."""

    def __init__(self):
        self.messages: list[bytes] = []
        self.refuse_once: set[str] = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address in self.refuse_once:
            self.refuse_once.discard(address)
            return "451 4.3.0 try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.messages.append(envelope.original_content)
        return "250 Message accepted"


@pytest.fixture
def inbox(settings):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", port, False
    settings.SITE_URL = "https://tracker.example.org"
    yield handler
    controller.stop()


@pytest.fixture
def eager_celery():
    previous = celery_app.conf.task_always_eager, celery_app.conf.task_eager_propagates
    celery_app.conf.task_always_eager, celery_app.conf.task_eager_propagates = True, False
    yield
    celery_app.conf.task_always_eager, celery_app.conf.task_eager_propagates = previous


@pytest.fixture
def week_data(db):
    """Week 2020-W06 (3–9 Feb) and the week before, in Idleb and two of its districts."""
    editor, reviewer = UserFactory(role=Role.EDITOR), UserFactory(role=Role.REVIEWER)
    syria = country()
    idleb = RegionFactory(name="Idleb", pcode="SY07", parent=syria)
    ariha = RegionFactory(name="Ariha", pcode="SY0705", level=RegionLevel.ADMIN2, parent=idleb)
    harim = RegionFactory(name="Harim", pcode="SY0703", level=RegionLevel.ADMIN2, parent=idleb)
    aleppo = RegionFactory(name="Aleppo", pcode="SY02", parent=syria)
    ocha = ReportingBodyFactory(name="OCHA", acronym="OCHA")
    source = SourceFactory(title="Sitrep", text="Some 3,000 people fled Ariha.", url="https://example.org/sitrep-6")

    def verified(region, value, end, category=Category.FLOW, reviewed=None, **extra):
        figure = FigureFactory(region=region, value=value, period_start=end, period_end=end, category=category,
                               acting_user=editor, reporting_body=ocha, **extra)  # fmt: skip
        services.verify_figure(figure=figure, acting_user=reviewer)
        when = datetime.combine(reviewed or end, datetime.min.time(), tzinfo=UTC)
        DisplacementFigure.objects.filter(pk=figure.pk).update(reviewed_at=when)
        return figure

    verified(ariha, 1_000, date(2020, 1, 30))
    verified(ariha, 3_000, date(2020, 2, 5), source=source, quote="Some 3,000 people fled Ariha.", quote_start=0,
             quote_end=29)  # fmt: skip
    verified(harim, 2_000, date(2020, 2, 6))
    verified(idleb, 40_000, date(2020, 1, 29), category=Category.STOCK)
    verified(idleb, 50_000, date(2020, 2, 7), category=Category.STOCK)
    verified(aleppo, 999, date(2020, 2, 4))
    return {"idleb": idleb, "ariha": ariha, "harim": harim, "aleppo": aleppo, "syria": syria}
