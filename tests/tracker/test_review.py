"""The review workspace: queue, review page, four-eyes, comments, conflicts, region page, import and export."""

import csv
import io
from datetime import date

import pytest
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from tests.factories import (
    FigureFactory,
    RegionFactory,
    ReportingBodyFactory,
    SourceFactory,
    UserFactory,
    country,
    team,
)
from tracker import services
from tracker.choices import FigureRole, FigureStatus, Qualifier, RegionLevel, Role
from tracker.models import DisplacementFigure, FigureCorroboration, ImportJob

pytestmark = pytest.mark.django_db
TEXT = "Heavy shelling hit the town. Some 5,000 people fled Ariha on Tuesday, OCHA said. Markets closed."
QUOTE = "Some 5,000 people fled Ariha on Tuesday, OCHA said."


@pytest.fixture
def places():
    syria = country()
    idleb = RegionFactory(name="Idleb", pcode="SY07", parent=syria)
    ariha = RegionFactory(name="Ariha", pcode="SY0705", level=RegionLevel.ADMIN2, parent=idleb)
    harim = RegionFactory(name="Harim", pcode="SY0703", level=RegionLevel.ADMIN2, parent=idleb)
    return {"syria": syria, "idleb": idleb, "ariha": ariha, "harim": harim}


@pytest.fixture
def queue(places):
    source = SourceFactory(title="Sitrep", text=TEXT)
    start = TEXT.index(QUOTE)
    first = FigureFactory(value=5000, region=places["ariha"], source=source, quote=QUOTE, quote_start=start,
                          quote_end=start + len(QUOTE), status=FigureStatus.EXTRACTED)  # fmt: skip
    second = FigureFactory(value=700, region=places["harim"], status=FigureStatus.EXTRACTED)
    return [first, second]


def _review(pk):
    return reverse("admin:tracker_displacementfigure_review", args=[pk])


def test_the_queue_lists_pending_figures_oldest_first_and_the_index_counts_them(client, reviewer, queue):
    client.force_login(reviewer)
    page = client.get(reverse("admin:tracker_displacementfigure_review_queue"))
    assert [f.pk for f in page.context["figures"]] == [queue[0].pk, queue[1].pk]
    index = client.get(reverse("admin:index")).content.decode()
    assert '<strong id="review-count">2</strong>' in index


def test_the_queue_tells_a_place_with_no_region_from_a_region(client, reviewer, queue):
    """A place as the source wrote it, with no region chosen yet, looked like a region in the list (a new user's
    trial): staff could not see which figures still need one."""
    FigureFactory(value=300, region=None, raw_location="Qaryat al-Zuhur", status=FigureStatus.EXTRACTED)
    client.force_login(reviewer)
    page = client.get(reverse("admin:tracker_displacementfigure_review_queue")).content.decode()
    assert '<bdi class="as-written">Qaryat al-Zuhur</bdi> <span class="help no-region">(no region yet)</span>' in page
    assert page.count("no-region") == 1  # the two figures with a region say nothing of the kind


def test_a_queue_filtered_to_nothing_says_so_not_that_the_work_is_done(client, reviewer, queue):
    client.force_login(reviewer)
    url = reverse("admin:tracker_displacementfigure_review_queue")
    filtered = client.get(url, {"body_as_written": "Nobody reported this"}).content.decode()
    assert "No figure waiting for review matches these filters." in filtered
    assert "Well done" not in filtered
    DisplacementFigure.objects.all().delete()
    assert "Nothing waiting. Well done." in client.get(url).content.decode()


def test_the_review_page_highlights_the_quote_at_its_span(client, reviewer, queue):
    client.force_login(reviewer)
    body = client.get(_review(queue[0].pk)).content.decode()
    assert f'<mark id="quote">{QUOTE}</mark>' in body
    assert "Heavy shelling hit the town. <mark" in body


def test_the_review_page_says_when_the_period_came_from_the_publication_date(client, reviewer, places):
    dated = services.store_source(title="Dated", text=TEXT, published_on=date(2020, 2, 5))[0]
    undated = services.store_source(
        title="Undated", text="Some 3,000 people fled Harim.", published_on=date(2020, 2, 5)
    )[0]
    services.extract_figures(source=dated)
    services.extract_figures(source=undated)
    client.force_login(reviewer)
    from_text = client.get(_review(dated.figures.get().pk)).content.decode()
    from_publication = client.get(_review(undated.figures.get().pk)).content.decode()
    assert 'id="period-from-publication"' not in from_text  # "on Tuesday": 4 February, from the text
    assert dated.figures.get().period_start == date(2020, 2, 4)
    assert 'id="period-from-publication"' in from_publication and "2020-02-05" in from_publication


def test_the_review_page_warns_when_the_value_is_not_what_the_quote_states(client, reviewer, queue):
    """A figure changed away from its source (5,000 → 5,500) still shows the source's words: say so."""
    client.force_login(reviewer)
    agreeing = client.get(_review(queue[0].pk)).content.decode()
    assert 'id="quote-disagrees"' not in agreeing
    DisplacementFigure.objects.filter(pk=queue[0].pk).update(value=5500, persons=5500)
    changed = client.get(_review(queue[0].pk)).content.decode()
    assert 'id="quote-disagrees"' in changed and "5,500: the numbers it gives are 5,000" in changed
    no_quote = client.get(_review(queue[1].pk)).content.decode()  # no quote: nothing to compare
    assert 'id="quote-disagrees"' not in no_quote


def test_verify_goes_to_the_next_figure_in_the_queue(client, reviewer, queue):
    client.force_login(reviewer)
    response = client.post(_review(queue[0].pk), {"action": "verify"})
    assert response.status_code == 302 and response["Location"] == _review(queue[1].pk)
    queue[0].refresh_from_db()
    assert queue[0].status == FigureStatus.VERIFIED


def test_reject_needs_a_reason_and_skip_moves_on(client, reviewer, queue):
    client.force_login(reviewer)
    assert client.post(_review(queue[0].pk), {"action": "reject", "reason": ""}).status_code == 200
    assert client.post(_review(queue[0].pk), {"action": "skip"})["Location"] == _review(queue[1].pk)
    client.post(_review(queue[0].pk), {"action": "reject", "reason": "not displacement"})
    queue[0].refresh_from_db()
    assert queue[0].status == FigureStatus.REJECTED and "not displacement" in queue[0].notes


def _walk(client, start, action="skip"):
    """Press *action* on each review page from *start* until the queue sends the reviewer back; the path taken."""
    seen, location = [], start
    while "/review/" in location and not location.split("?")[0].endswith("displacementfigure/review/"):
        pk = int(location.split("/review/")[0].rsplit("/", 1)[1])
        assert pk not in seen, f"figure {pk} came round again after {seen}"
        seen.append(pk)
        location = client.post(location, {"action": action})["Location"]
    return seen, location


def test_skipping_walks_the_queue_once_and_ends_on_the_queue_page(client, reviewer, queue, places):
    third = FigureFactory(value=900, region=places["ariha"], status=FigureStatus.EXTRACTED)
    client.force_login(reviewer)
    client.get(reverse("admin:tracker_displacementfigure_review_queue"))
    seen, location = _walk(client, _review(queue[0].pk))
    assert seen == [queue[0].pk, queue[1].pk, third.pk]
    assert location == reverse("admin:tracker_displacementfigure_review_queue")
    page = client.get(location).content.decode()
    assert "You have seen every figure in the queue (3 skipped)." in page
    assert len(client.get(location).context["figures"]) == 3  # skipping changes nothing: all still wait
    # a new pass from the queue page shows the skipped figures again
    assert client.post(_review(queue[0].pk), {"action": "skip"})["Location"] == _review(queue[1].pk)


def test_skipping_from_the_middle_visits_the_earlier_figures_once_and_keeps_the_filter(client, reviewer, places):
    """Three figures in Idleb and one in Homs; filtered on Idleb, starting at the second: 2, 3, 1, then the end."""
    homs = RegionFactory(name="Homs", pcode="SY04", parent=places["syria"])
    idleb = [FigureFactory(value=100 + i, region=places["ariha"], status=FigureStatus.EXTRACTED) for i in range(2)]
    elsewhere = FigureFactory(value=300, region=homs, status=FigureStatus.EXTRACTED)
    idleb.append(FigureFactory(value=400, region=places["harim"], status=FigureStatus.EXTRACTED))
    query = f"?region={places['idleb'].pk}"
    client.force_login(reviewer)
    client.get(reverse("admin:tracker_displacementfigure_review_queue") + query)
    seen, location = _walk(client, _review(idleb[1].pk) + query)
    assert seen == [idleb[1].pk, idleb[2].pk, idleb[0].pk] and elsewhere.pk not in seen
    assert location == reverse("admin:tracker_displacementfigure_review_queue") + query


def test_skipped_figures_of_another_filter_do_not_shorten_this_pass(client, reviewer, queue, places):
    """Skipping Ariha's figure in the queue filtered on Ariha leaves it in the pass through the whole queue."""
    client.force_login(reviewer)
    client.post(_review(queue[0].pk) + f"?region={places['ariha'].pk}", {"action": "skip"})
    seen, location = _walk(client, _review(queue[1].pk))
    assert seen == [queue[1].pk, queue[0].pk]
    assert location == reverse("admin:tracker_displacementfigure_review_queue")


def test_after_skipping_verifying_the_rest_ends_the_pass_without_the_skipped_ones(client, reviewer, queue, places):
    third = FigureFactory(value=900, region=places["ariha"], status=FigureStatus.EXTRACTED)
    client.force_login(reviewer)
    client.get(reverse("admin:tracker_displacementfigure_review_queue"))
    assert client.post(_review(queue[0].pk), {"action": "skip"})["Location"] == _review(queue[1].pk)
    assert client.post(_review(queue[1].pk), {"action": "verify"})["Location"] == _review(third.pk)
    end = client.post(_review(third.pk), {"action": "verify"}, follow=True)
    assert end.redirect_chain[-1][0] == reverse("admin:tracker_displacementfigure_review_queue")
    assert "You have seen every figure in the queue (1 skipped)." in end.content.decode()
    assert [f.pk for f in end.context["figures"]] == [queue[0].pk]


def test_skipping_stays_in_the_team_scope(client, places):
    """A Syria office reviewer skipping through the queue never lands on another team's figure."""
    yemen = country("Yemen", "YE")
    ours = [FigureFactory(value=100 + i, region=places["ariha"], status=FigureStatus.EXTRACTED) for i in range(2)]
    theirs = FigureFactory(value=300, region=yemen, status=FigureStatus.EXTRACTED)
    ours.append(FigureFactory(value=400, region=places["harim"], status=FigureStatus.EXTRACTED))
    officer = UserFactory(role=Role.REVIEWER, teams=[team("Syria office", places["syria"])])
    client.force_login(officer)
    seen, location = _walk(client, _review(ours[0].pk))
    assert seen == [f.pk for f in ours] and theirs.pk not in seen
    assert location == reverse("admin:tracker_displacementfigure_review_queue")


def test_the_four_eyes_rule_holds_on_the_review_page(client, reviewer, places):
    own = FigureFactory(region=places["ariha"], acting_user=reviewer)
    client.force_login(reviewer)
    page = client.post(_review(own.pk), {"action": "verify"}, follow=True)
    assert "Four-eyes rule" in page.content.decode()
    own.refresh_from_db()
    assert own.status == FigureStatus.DRAFT


def test_editors_review_but_cannot_verify(client, editor, queue):
    client.force_login(editor)
    assert client.get(_review(queue[0].pk)).status_code == 200
    client.post(_review(queue[0].pk), {"action": "verify"})
    queue[0].refresh_from_db()
    assert queue[0].status == FigureStatus.EXTRACTED


@pytest.mark.parametrize(
    "name",
    ["review_queue", "conflicts", "import"],
)
def test_partners_cannot_reach_the_review_pages(client, partner, name):
    client.force_login(partner)
    response = client.get(reverse(f"admin:tracker_displacementfigure_{name}"))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_comments_and_history_show_on_the_page(client, reviewer, editor, queue):
    services.update_figure(figure=queue[0], acting_user=editor, changes={"value": 5200})
    client.force_login(reviewer)
    client.post(_review(queue[0].pk), {"action": "comment", "text": "Checked against the OCHA flash update."})
    body = client.get(_review(queue[0].pk)).content.decode()
    assert "Checked against the OCHA flash update." in body
    assert "Value: 5,000 → 5,200" in body and "value: 5000" not in body


def test_saving_edits_recomputes_persons(client, reviewer, queue):
    client.force_login(reviewer)
    figure = queue[1]
    data = {name: getattr(figure, name) for name in ("qualifier", "term", "category", "period_accuracy", "role")}
    data.update(value=100, unit="household", household_size="6", period_start="2020-02-01", period_end="2020-02-07",
                region=figure.region_id, quote="", notes="", action="save")  # fmt: skip
    assert client.post(_review(figure.pk), data).status_code == 302
    figure.refresh_from_db()
    assert figure.persons == 600


def test_conflicts_list_disagreements_and_one_step_resolves_them(client, reviewer, places):
    ocha, sohr = ReportingBodyFactory(name="OCHA"), ReportingBodyFactory(name="SOHR")
    a = FigureFactory(region=places["ariha"], value=5000, reporting_body=ocha, status=FigureStatus.EXTRACTED)
    b = FigureFactory(region=places["ariha"], value=8000, reporting_body=sohr, status=FigureStatus.EXTRACTED)
    client.force_login(reviewer)
    page = client.get(reverse("admin:tracker_displacementfigure_conflicts"))
    (conflict,) = [c for c in page.context["conflicts"] if c.kind == "bodies disagree"]
    assert {f.pk for f in conflict.figures} == {a.pk, b.pk}
    client.post(reverse("admin:tracker_displacementfigure_conflicts"), {"recommended": b.pk, "figures": [a.pk, b.pk]})
    a.refresh_from_db(), b.refresh_from_db()
    assert (a.role, b.role) == (FigureRole.TRIANGULATION, FigureRole.RECOMMENDED)


def test_districts_adding_up_to_more_than_their_governorate_is_a_conflict(reviewer, places):
    from tracker.selectors import conflicts

    FigureFactory(region=places["idleb"], value=4000)  # drafts do not count
    FigureFactory(region=places["idleb"], value=4000, status=FigureStatus.EXTRACTED)
    FigureFactory(region=places["ariha"], value=3000, status=FigureStatus.EXTRACTED)
    FigureFactory(region=places["harim"], value=2000, status=FigureStatus.EXTRACTED)
    (found,) = conflicts()
    assert (found.region, found.kind, len(found.figures)) == (places["idleb"], "sub-regions exceed", 3)


def test_the_region_page_shows_chart_figures_and_bodies(client, reviewer, places, queue):
    client.force_login(reviewer)
    page = client.get(reverse("admin:tracker_region_overview", args=[places["idleb"].pk]))
    assert page.status_code == 200 and b'id="chart-flow"' in page.content
    assert {f.pk for f in page.context["figures"]} == {f.pk for f in queue}


def _csv(rows):
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode()


IMPORT_ROWS = [
    ["region", "value", "unit", "household_size", "term", "period_start", "period_end", "reporting_body", "notes"],
    ["SY0705", "1200", "person", "", "fled", "2020-02-01", "2020-02-03", "OCHA", "good"],
    ["Nowhere", "10", "person", "", "fled", "2020-02-01", "2020-02-03", "", "bad place"],
    ["SY0703", "abc", "person", "", "fled", "2020-02-01", "2020-02-03", "", "bad number"],
    ["Harim", "300", "household", "5", "displaced", "2020-02-01", "2020-02-05", "", "good"],
    ["SY07", "50", "person", "", "fled", "2020-02-09", "2020-02-01", "", "ends before it starts"],
]


def _import(client, content, name, confirm=True):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from config.celery import app

    app.conf.task_always_eager = True
    try:
        client.post(reverse("admin:tracker_displacementfigure_import"), {"file": SimpleUploadedFile(name, content)})
        preview = ImportJob.objects.latest("id")
        from tracker.tasks import run_import

        run_import(preview.pk)  # the task itself, as the worker would run it
        preview.refresh_from_db()
        if confirm and preview.created:
            client.post(reverse("admin:tracker_displacementfigure_import_job", args=[preview.pk]))
            job = ImportJob.objects.latest("id")
            run_import(job.pk)
            job.refresh_from_db()
            return preview, job
        return preview, None
    finally:
        app.conf.task_always_eager = False


def test_import_puts_good_rows_in_reports_bad_ones_and_is_idempotent(client, editor, places):
    ReportingBodyFactory(name="UN OCHA", acronym="OCHA")
    client.force_login(editor)
    preview, job = _import(client, _csv(IMPORT_ROWS), "figures.csv")
    assert (preview.created, preview.rejected) == (2, 3) and DisplacementFigure.objects.count() == 2
    reasons = {r["line"]: r["reason"] for r in job.report if r["outcome"] == "rejected"}
    assert set(reasons) == {3, 4, 6}
    assert "no region" in reasons[3] and "not a number" in reasons[4] and "cannot end before" in reasons[6]
    assert DisplacementFigure.objects.get(notes="good", unit="household").persons == 1500
    again, _ = _import(client, _csv(IMPORT_ROWS), "figures.csv")
    assert (again.created, again.unchanged) == (0, 2) and DisplacementFigure.objects.count() == 2


def test_import_reads_xlsx_too(client, editor, places):
    workbook = Workbook()
    for row in IMPORT_ROWS[:2]:
        workbook.active.append(row[:7] + ["", row[8]])
    buffer = io.BytesIO()
    workbook.save(buffer)
    client.force_login(editor)
    _, job = _import(client, buffer.getvalue(), "figures.xlsx")
    assert job.created == 1 and DisplacementFigure.objects.get().value == 1200


def test_export_takes_the_changelist_filters(client, reviewer, queue, places):
    FigureFactory(region=places["harim"], value=42, period_start=date(2020, 3, 1), period_end=date(2020, 3, 2))
    client.force_login(reviewer)
    url = reverse("admin:tracker_displacementfigure_export")
    response = client.get(url, {"status__exact": "extracted", "format": "csv"})
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert sorted(int(r["id"]) for r in rows) == sorted(f.pk for f in queue)
    xlsx = client.get(url, {"status__exact": "draft", "format": "xlsx"})
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert [row[0].value for row in sheet.iter_rows(min_row=2)] == [
        DisplacementFigure.objects.get(value=42).pk
    ]  # fmt: skip


@pytest.mark.parametrize("comment", ["abc", "²", "1e3", ""])
def test_resolving_a_comment_named_by_no_number_is_not_found(client, reviewer, queue, comment):
    client.force_login(reviewer)
    response = client.post(_review(queue[0].pk), {"action": "resolve_comment", "comment": comment})
    assert response.status_code == 404


def test_the_review_page_loads_the_admin_core_script_its_date_shortcuts_need(client, reviewer, queue):
    client.force_login(reviewer)
    body = client.get(_review(queue[0].pk)).content.decode()
    assert body.index("admin/js/core.js") < body.index("admin/js/admin/DateTimeShortcuts.js")


def test_the_numbers_a_quote_gives_are_listed_so_that_their_own_commas_do_not_run_together(client, reviewer):
    """'the numbers it gives are 10, 40,000' read as one number (10,40,000) as well as two: the list's separator is
    a semicolon, and in Arabic the Arabic comma, which no number uses."""
    text = "About 40,000 people were displaced from Saraqib in the first ten days of February, officials said."
    quote = "About 40,000 people were displaced from Saraqib in the first ten days of February"
    source = SourceFactory(title="Update", text=text)
    figure = FigureFactory(value=41_000, source=source, quote=quote, quote_start=0, quote_end=len(quote),
                           status=FigureStatus.EXTRACTED)  # fmt: skip
    client.force_login(reviewer)
    english = client.get(_review(figure.pk)).content.decode()
    assert "the numbers it gives are 10; 40,000." in english
    arabic = client.get(_review(figure.pk), HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert "10، 40,000" in arabic and "10, 40,000" not in arabic
    french = client.get(_review(figure.pk), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "10 ; 40\u00a0000" in french or "10 ; 40 000" in french or "10 ; 40\u202f000" in french


def test_verify_is_greyed_out_with_its_reason_while_the_figure_has_no_region(client, reviewer):
    placeless = FigureFactory(region=None, status=FigureStatus.EXTRACTED)
    client.force_login(reviewer)
    body = client.get(_review(placeless.pk)).content.decode()
    assert 'value="verify" id="verify" disabled aria-describedby="why-verify">' in body
    assert 'id="why-verify">Verify: Choose the region the figure is for before verifying it.</p>' in body
    assert 'name="region"' in body  # chosen on the same page


def test_verify_is_enabled_once_a_region_is_chosen_and_saved(client, editor, reviewer, places):
    placeless = FigureFactory(region=None, status=FigureStatus.EXTRACTED)
    client.force_login(editor)  # whoever chose the region cannot verify it (four eyes): another reviewer does
    kept = ("value", "qualifier", "unit", "term", "category", "period_start", "period_end", "period_accuracy", "role")
    data = {name: getattr(placeless, name) for name in kept}
    data.update(region=places["ariha"].pk, reporting_body=placeless.reporting_body_id, action="save")
    assert client.post(_review(placeless.pk), data).status_code == 302
    client.force_login(reviewer)
    body = client.get(_review(placeless.pk)).content.decode()
    assert '<button type="submit" name="action" value="verify" id="verify" >' in body
    assert 'id="why-verify"' not in body


def test_the_queue_filters_by_the_body_as_written_when_no_body_matches(client, reviewer, queue, places):
    governor = FigureFactory(region=places["harim"], reporting_body=None, raw_reporting_body="governor, Jane Roe",
                             status=FigureStatus.EXTRACTED)  # fmt: skip
    FigureFactory(region=places["harim"], reporting_body=None, raw_reporting_body="local council",
                  status=FigureStatus.EXTRACTED)  # fmt: skip
    client.force_login(reviewer)
    page = client.get(reverse("admin:tracker_displacementfigure_review_queue"))
    assert page.context["bodies_as_written"] == ["governor, Jane Roe", "local council"]
    assert '<option value="governor, Jane Roe" title="governor, Jane Roe" dir="auto" >' in page.content.decode()
    chosen = client.get(reverse("admin:tracker_displacementfigure_review_queue"),
                        {"body_as_written": "governor, Jane Roe"})  # fmt: skip
    assert [f.pk for f in chosen.context["figures"]] == [governor.pk]
    assert 'dir="auto" selected>governor, Jane Roe</option>' in chosen.content.decode()
    start = f"{_review(governor.pk)}?body_as_written=governor%2C+Jane+Roe"  # the review pages keep the filter
    assert f'href="{start}"' in chosen.content.decode()


def test_the_review_page_says_when_the_period_is_the_day_an_undated_document_was_added(client, reviewer, places):
    undated = services.store_source(title="Undated", text="Some 3,000 people fled Harim.", published_on=None)[0]
    (figure,) = services.extract_figures(source=undated).created
    client.force_login(reviewer)
    page = client.get(_review(figure.pk)).content.decode()
    assert 'id="period-from-added"' in page and 'id="period-from-publication"' not in page
    assert f"the day the tracker added the document ({figure.period_start:%Y-%m-%d})" in page


def test_the_review_page_says_a_relative_period_of_an_undated_document_was_read_from_the_day_it_was_added(
        client, reviewer, places):  # fmt: skip
    undated = services.store_source(title="Undated", text="Some 3,000 people fled Harim on Tuesday.",
                                    published_on=None)[0]  # fmt: skip
    (figure,) = services.extract_figures(source=undated).created
    client.force_login(reviewer)
    page = client.get(_review(figure.pk)).content.decode()
    assert 'id="period-relative-to-added"' in page and 'id="period-from-added"' not in page
    assert f"the day the tracker added the document ({undated.created_at:%Y-%m-%d})" in page


def test_the_queue_heads_a_range_by_its_two_ends_without_the_qualifier(client, reviewer, places):
    FigureFactory(value=3000, value_high=5000, qualifier=Qualifier.AT_LEAST, region=places["ariha"],
                  status=FigureStatus.EXTRACTED)  # fmt: skip
    client.force_login(reviewer)
    page = client.get(reverse("admin:tracker_displacementfigure_review_queue")).content.decode()
    assert "<td>3,000–5,000 persons" in page and "least 3,000" not in page


def test_on_an_arabic_review_page_quotes_read_in_their_own_direction(client, reviewer, places):
    held = FigureFactory(value=700, region=places["harim"], quote="About 700 people fled Harim.",
                         status=FigureStatus.EXTRACTED)  # fmt: skip
    said = "700 fled Harim, OCHA said."
    FigureCorroboration.objects.create(figure=held, source=SourceFactory(text=said), quote=said, quote_start=0,
                                       quote_end=len(said))  # fmt: skip
    client.force_login(reviewer)
    page = client.get(_review(held.pk), HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert '“<bdi dir="auto">About 700 people fled Harim.</bdi>”' in page
    assert '“<bdi dir="auto">700 fled Harim, OCHA said.</bdi>”' in page
