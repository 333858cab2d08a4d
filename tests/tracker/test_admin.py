import io

import lxml.html
import pytest
from django.contrib import admin
from django.core.management import call_command
from django.test import Client, RequestFactory
from django.urls import reverse

from tests.factories import FigureFactory, SourceFactory, UserFactory
from tracker import services
from tracker.choices import FigureStatus, Qualifier, Role, Term
from tracker.models import DisplacementFigure, Source

pytestmark = pytest.mark.django_db

MODELS = list(admin.site._registry)


@pytest.fixture
def demo():
    call_command("load_demo", password="demo-password-42", stdout=io.StringIO())
    Client().post("/admin/login/", {"username": "someone", "password": "wrong"})  # a sign-in attempt row (axes)


def _url(model, page, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{page}", args=args)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.model_name)
def test_every_changelist_add_and_change_page_renders_for_staff(client, demo, model):
    staff = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(staff)
    assert client.get(_url(model, "changelist")).status_code == 200
    assert client.get(_url(model, "changelist"), {"q": "Idlib"}).status_code == 200
    request = RequestFactory().get("/")
    request.user = staff
    can_add = admin.site._registry[model].has_add_permission(request)
    assert client.get(_url(model, "add")).status_code == (200 if can_add else 403)
    obj = model.objects.first()
    assert obj is not None, "the demo data has one of each"
    assert client.get(_url(model, "change", obj.pk)).status_code == 200
    if hasattr(model, "history"):
        assert client.get(_url(model, "history", obj.pk)).status_code == 200


def test_editor_sees_figures_but_no_verify_action(client, demo, editor):
    client.force_login(editor)
    page = client.get(_url(DisplacementFigure, "changelist"))
    assert page.status_code == 200
    actions = [value for value, _ in page.context["action_form"].fields["action"].choices]
    assert "send_to_review" in actions and "verify" not in actions


def test_partner_cannot_enter_the_admin(client, demo, partner):
    client.force_login(partner)
    response = client.get(_url(DisplacementFigure, "changelist"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_reviewer_verifies_in_bulk(client, editor, reviewer):
    figures = [FigureFactory(acting_user=editor) for _ in range(2)]
    client.force_login(reviewer)
    response = client.post(
        _url(DisplacementFigure, "changelist"),
        {"action": "verify", "_selected_action": [f.pk for f in figures]},
        follow=True,
    )
    assert response.status_code == 200
    assert set(DisplacementFigure.objects.values_list("status", flat=True)) == {FigureStatus.VERIFIED}


def test_bulk_verify_of_own_figure_shows_the_four_eyes_message(client, reviewer):
    figure = FigureFactory(acting_user=reviewer)
    client.force_login(reviewer)
    response = client.post(
        _url(DisplacementFigure, "changelist"), {"action": "verify", "_selected_action": [figure.pk]}, follow=True
    )
    assert "Four-eyes rule" in response.content.decode()
    figure.refresh_from_db()
    assert figure.status == FigureStatus.DRAFT


def test_adding_a_household_figure_in_the_admin_takes_the_country_size(client, demo, editor):
    from tracker.selectors import regions_matching_name

    client.force_login(editor)
    town = regions_matching_name(name="Saraqeb").first()
    response = client.post(
        _url(DisplacementFigure, "add"),
        {
            "value": "200",
            "qualifier": "exact",
            "unit": "household",
            "term": "fled",
            "category": "flow",
            "period_start": "2020-02-01",
            "period_end": "2020-02-05",
            "period_accuracy": "day",
            "region": town.pk,
            "role": "triangulation",
            "quote": "",
            "notes": "",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    figure = DisplacementFigure.objects.latest("id")
    assert (figure.persons, figure.entered_by) == (1000, editor)


def test_admin_shows_constraint_messages(client, demo, editor):
    client.force_login(editor)
    town = DisplacementFigure.objects.first().region
    response = client.post(
        _url(DisplacementFigure, "add"),
        {
            "value": "0",
            "qualifier": "exact",
            "unit": "person",
            "term": "fled",
            "category": "flow",
            "period_start": "2020-02-05",
            "period_end": "2020-02-01",
            "period_accuracy": "day",
            "region": town.pk,
            "role": "triangulation",
        },
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "The period cannot end before it starts." in body
    assert "greater than zero" in body or "greater than or equal to 1" in body


def test_the_figure_form_offers_every_editable_field():
    from tracker.admin_forms import FigureForm
    from tracker.services import EDITABLE_FIGURE_FIELDS

    assert set(FigureForm.Meta.fields) == EDITABLE_FIGURE_FIELDS


def test_an_export_with_a_filter_it_cannot_read_goes_back_to_the_list_as_the_list_does(admin_client):
    response = admin_client.get("/admin/tracker/displacementfigure/export/?period_start__gte=notadate")
    assert response.status_code == 302 and response["Location"].endswith("/admin/tracker/displacementfigure/?e=1")


def _unchanged_form(html: str, form_id: str) -> dict:
    """What a browser submits for the form, unchanged."""
    (form,) = [f for f in lxml.html.fromstring(html).forms if f.get("id") == form_id]
    data: dict = {}
    for name, value in form.form_values():
        data[name] = [*data[name], value] if isinstance(data.get(name), list) else (
            [data[name], value] if name in data else value)  # fmt: skip
    return data


def test_changing_a_verified_figure_says_it_went_back_to_review_and_an_unchanged_save_does_not(client, reviewer):
    """A verified figure changed in the admin leaves the verified ones (partners, totals): the save said only
    "changed successfully"; now it says the figure went back to review. Saved unchanged, it stays verified, quietly."""
    editor = UserFactory(role=Role.EDITOR)
    figure = FigureFactory(value=5000, acting_user=editor)
    services.verify_figure(figure=figure, acting_user=reviewer)
    client.force_login(editor)
    url = f"/admin/tracker/displacementfigure/{figure.pk}/change/"
    data = _unchanged_form(client.get(url).content.decode(), "displacementfigure_form")
    unchanged = client.post(url, data, follow=True)
    figure.refresh_from_db()
    assert figure.status == FigureStatus.VERIFIED
    assert not any("back to review" in str(m) for m in unchanged.context["messages"])
    changed = client.post(url, {**data, "value": "5200"}, follow=True)
    figure.refresh_from_db()
    assert (figure.status, figure.value) == (FigureStatus.IN_REVIEW, 5200)
    notes = " ".join(str(m) for m in changed.context["messages"])
    assert f"Figure {figure.pk} was verified: this change sent it back to review" in notes, notes
    # the same on the review page's own form
    services.verify_figure(figure=figure, acting_user=reviewer)
    review = f"/admin/tracker/displacementfigure/{figure.pk}/review/"
    data = _unchanged_form(client.get(review).content.decode(), "figure-form")
    saved = client.post(review, {**data, "action": "save", "value": "5300"}, follow=True)
    figure.refresh_from_db()
    assert figure.status == FigureStatus.IN_REVIEW
    assert f"Figure {figure.pk} was verified: this change sent it back to review" in saved.content.decode()


STORY = "Flooding along the Orontes forced 3,400 people from their homes near Ariha on Monday, the local council said."


def _add_source(client, text=STORY):
    return client.post(
        reverse("admin:tracker_source_add"),
        {"title": "Council flood update", "text": text, "url": "", "language": "", "figures-TOTAL_FORMS": "0",
         "figures-INITIAL_FORMS": "0", "figures-MIN_NUM_FORMS": "0", "figures-MAX_NUM_FORMS": "1000"},
        follow=True,
    )  # fmt: skip


def test_a_document_added_in_the_admin_has_its_figures_read_into_the_review_queue(
    client, editor, eager_tasks, django_capture_on_commit_callbacks
):
    """Staff pasting a report into 'Add source' got a stored text and no candidates: only feeds were read."""
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = _add_source(client)
    assert response.status_code == 200
    source = Source.objects.get(title="Council flood update")
    (figure,) = source.figures.all()
    assert (figure.value, figure.status, figure.entered_by) == (3400, FigureStatus.EXTRACTED, None)
    assert "being read from the text" in response.content.decode()


def test_the_reading_is_queued_after_the_commit_not_run_in_the_request(client, editor,
                                                                       django_capture_on_commit_callbacks):  # fmt: skip
    client.force_login(editor)
    form = client.get(reverse("admin:tracker_source_add")).content.decode()
    assert "its figures are read into the review queue" in form
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        _add_source(client)
    source = Source.objects.get(title="Council flood update")
    assert len(callbacks) == 1 and not source.figures.exists()


def test_a_text_already_stored_is_not_read_twice(client, editor, django_capture_on_commit_callbacks):
    services.store_source(title="First copy", text=STORY)
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = _add_source(client)
    assert callbacks == [] and "already stored" in response.content.decode()


def test_reading_a_document_again_keeps_what_a_person_touched(
    client, reviewer, eager_tasks, django_capture_on_commit_callbacks
):
    source, _ = services.store_source(title="Two figures", text=f"{STORY} Another 120 families fled to Idlib city.")
    services.extract_figures(source=source)
    edited, untouched = source.figures.order_by("value")
    services.update_figure(figure=edited, changes={"notes": "checked by phone"}, acting_user=reviewer)
    client.force_login(reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("admin:tracker_source_changelist"),
                               {"action": "extract_again", "_selected_action": [source.pk]}, follow=True)  # fmt: skip
    assert "Reading the figures of 1 document again" in response.content.decode()
    values = sorted(source.figures.values_list("value", flat=True))
    assert values == sorted([edited.value, untouched.value])
    assert source.figures.get(pk=edited.pk).notes == "checked by phone"
    assert not source.figures.filter(pk=untouched.pk).exists()  # replaced by the same candidate, read again


def test_only_staff_who_may_add_figures_may_have_documents_read_again(client, django_capture_on_commit_callbacks):
    from django.contrib.auth.models import Permission

    watcher = UserFactory(is_staff=True)
    watcher.user_permissions.add(Permission.objects.get(codename="view_source"))
    source, _ = services.store_source(title="Watched", text=STORY)
    client.force_login(watcher)
    page = client.get(reverse("admin:tracker_source_changelist")).content.decode()
    assert "Watched" in page and "extract_again" not in page
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(reverse("admin:tracker_source_changelist"),
                    {"action": "extract_again", "_selected_action": [source.pk]})  # fmt: skip
    assert callbacks == []


def test_a_documents_figure_rows_are_headed_with_the_value_as_reported(client):
    """The rows under a document said '12,000 persons displaced' for a figure the source gave as 'more than 12,000'
    (a new user's trial): each heads its row as the figures list writes its value, qualifier and range included."""
    source = SourceFactory()
    figure = FigureFactory(source=source, value=12000, qualifier=Qualifier.MORE_THAN, term=Term.DISPLACED)
    ranged = FigureFactory(source=source, value=3000, value_high=5000, qualifier=Qualifier.AT_LEAST,
                           term=Term.DISPLACED)  # fmt: skip
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    page = lxml.html.fromstring(client.get(_url(Source, "change", source.pk)).content.decode())
    headings = [" ".join(cell.text_content().split()) for cell in page.xpath("//td[@class='original']/p")]
    assert sorted(headings) == sorted(
        [
            f"more than 12,000 persons displaced – {figure.region} Change",
            f"3,000–5,000 persons displaced – {ranged.region} Change",
        ]
    )


def test_a_range_is_headed_by_its_two_ends_alone_on_the_figures_page_and_in_the_list(client):
    """'at least 3,000–5,000': a qualifier beside a range reads as said of its low end only (a new user's trial)."""
    ranged = FigureFactory(value=3000, value_high=5000, qualifier=Qualifier.AT_LEAST, term=Term.DISPLACED)
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    figure_page = client.get(_url(DisplacementFigure, "change", ranged.pk)).content.decode()
    listed = client.get(_url(DisplacementFigure, "changelist")).content.decode()
    assert "3,000–5,000 persons displaced" in figure_page and "3,000–5,000 persons" in listed
    assert "least 3,000" not in figure_page and "least 3,000" not in listed


def test_on_an_arabic_page_a_documents_own_words_read_in_their_own_direction(client):
    """An English document's full stops jumped to the wrong end on Arabic pages (a new user's trial)."""
    text = "Some 5,000 people fled Ariha on Tuesday, OCHA said."
    source = SourceFactory(text=text)
    figure = FigureFactory(source=source, quote=text, quote_start=0, quote_end=len(text))
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    source_page = lxml.html.fromstring(client.get(_url(Source, "change", source.pk), HTTP_ACCEPT_LANGUAGE="ar").content)
    figure_page = lxml.html.fromstring(
        client.get(_url(DisplacementFigure, "change", figure.pk), HTTP_ACCEPT_LANGUAGE="ar").content
    )
    assert source_page.xpath("//div[@class='document-text']/@dir") == ["auto"]  # stored: read-only
    new_source = lxml.html.fromstring(client.get(_url(Source, "add"), HTTP_ACCEPT_LANGUAGE="ar").content)
    assert new_source.xpath("//textarea[@name='text']/@dir") == ["auto"]
    assert source_page.xpath("//bdi[@class='quote-excerpt']/@dir") == ["auto"]
    assert figure_page.xpath("//textarea[@name='quote']/@dir") == ["auto"]
