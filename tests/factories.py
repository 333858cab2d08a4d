"""factory_boy factories. Objects are made through the services, as the application makes them."""

from datetime import date

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from tracker import services
from tracker.choices import BodyKind, FigureStatus, RegionLevel, Reliability, Role
from tracker.models import DisplacementFigure, HouseholdSize, Region, ReportingBody, Source, Team

PASSWORD = "correct horse battery staple"


class UserFactory(factory.django.DjangoModelFactory):
    """A user; `role=Role.EDITOR` (or REVIEWER, PARTNER) puts them in that group, staff roles get admin access."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        if not extracted:
            return
        user.groups.add(Group.objects.get(name=extracted))
        user.is_staff = extracted in (Role.EDITOR, Role.REVIEWER)
        user.save(update_fields=["is_staff"])
        if user.is_staff:  # staff in no team see no figures; a test that means a team passes teams=[...]
            global_team().members.add(user)

    @factory.post_generation
    def teams(user, create, extracted, **kwargs):
        if extracted is not None:
            user.teams.set(extracted)


class RegionFactory(factory.Factory):
    class Meta:
        model = Region

    name = factory.Sequence(lambda n: f"Place {n}")
    level = RegionLevel.ADMIN1
    parent = None
    pcode = ""

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.create_region(**kwargs)


def country(name="Syrian Arab Republic", pcode="SY"):
    return RegionFactory(name=name, level=RegionLevel.COUNTRY, pcode=pcode)


class ReportingBodyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReportingBody

    name = factory.Sequence(lambda n: f"Body {n}")
    kind = BodyKind.UN_AGENCY
    reliability = Reliability.HIGH


class SourceFactory(factory.Factory):
    class Meta:
        model = Source

    title = factory.Sequence(lambda n: f"Report {n}")
    text = factory.Sequence(lambda n: f"Report number {n}: 5,000 people were displaced from the town.")

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.store_source(**kwargs)[0]


def global_team():
    return Team.objects.get_or_create(name="Global", defaults={"is_global": True})[0]


def team(name, *regions, members=()):
    """A country team ("Syria office") given regions, with members."""
    made = Team.objects.create(name=name)
    made.regions.set(regions)
    made.members.set(members)
    return made


def data_officer():
    """The editor who enters figures when a test does not say who did."""
    user = get_user_model().objects.filter(username="data-officer").first()
    return user or UserFactory(username="data-officer", role=Role.EDITOR)


class FigureFactory(factory.Factory):
    class Meta:
        model = DisplacementFigure

    value = 1000
    region = factory.SubFactory(RegionFactory)
    period_start = date(2020, 2, 1)
    period_end = date(2020, 2, 7)
    reporting_body = factory.LazyFunction(
        lambda: ReportingBody.objects.get_or_create(
            name="Field monitors", defaults={"kind": BodyKind.NGO, "reliability": Reliability.MEDIUM}
        )[0]
    )
    status = FigureStatus.DRAFT
    # extracted candidates are entered by the system, everything else by a person
    acting_user = factory.LazyAttribute(lambda o: None if o.status == FigureStatus.EXTRACTED else data_officer())

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.record_figure(**kwargs)


class HouseholdSizeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HouseholdSize

    year = 2020
    size = "5.40"
