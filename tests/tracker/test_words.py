"""Words people use: thousands separators, history in labels and names, plurals, internal codes tucked away."""

import re

from django.urls import reverse

from tests.factories import FigureFactory, RegionFactory, UserFactory
from tracker import services
from tracker.choices import FigureStatus, Role
from tracker.readings import counted


def _text(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_counted_nouns():
    assert [counted(n, "figure", "figures") for n in (0, 1, 2, 1234)] == [
        "0 figures", "1 figure", "2 figures", "1,234 figures"]  # fmt: skip


def test_history_reads_in_labels_and_names(client, db):
    editor = UserFactory(role=Role.EDITOR, username="amira", first_name="Amira", last_name="Haddad")
    reviewer = UserFactory(role=Role.REVIEWER, username="jonas", first_name="Jonas", last_name="Berg")
    region = RegionFactory(name="Ariha")
    figure = FigureFactory(value=1_000_000, region=region, acting_user=editor)
    services.submit_figure(figure=figure, acting_user=editor)
    services.verify_figure(figure=figure, acting_user=reviewer)
    client.force_login(reviewer)
    page = client.get(reverse("admin:tracker_displacementfigure_review", args=[figure.pk])).content.decode()
    history = re.search(r'<ul id="history">(.*?)</ul>', page, re.S).group(1)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", history))
    assert "Reviewed by: — → Jonas Berg" in text
    assert "Status: In review → Verified" in text or "Status: Draft → Verified" in text
    assert "in_review" not in text and "reviewed_by" not in text and "→ 3" not in text


def test_lists_and_the_queue_use_thousands_separators_and_no_exact(admin_client):
    FigureFactory(value=142_000, region=RegionFactory(name="Saraqib"), status=FigureStatus.EXTRACTED)
    queue = _text(admin_client.get(reverse("admin:tracker_displacementfigure_review_queue")))
    assert "142,000 persons displaced" in queue and "Exact" not in queue and "142000" not in queue
    changelist = _text(admin_client.get(reverse("admin:tracker_displacementfigure_changelist")))
    assert "142,000" in changelist and "142000" not in changelist


def test_plural_names_and_messages(admin_client):
    index = admin_client.get("/admin/").content.decode()
    assert "Summary dispatches" in index and "dispatchs" not in index
    figure = FigureFactory(value=10, region=RegionFactory())
    selected = {"action": "send_to_review", "_selected_action": [figure.pk]}
    response = admin_client.post(reverse("admin:tracker_displacementfigure_changelist"), selected, follow=True)
    assert "1 figure sent to review." in _text(response)


def test_rule_names_sit_behind_how_it_was_found(admin_client):
    figure = FigureFactory(value=5_000, region=RegionFactory(), status=FigureStatus.EXTRACTED)
    type(figure).objects.filter(pk=figure.pk).update(extraction_rule="value:digits term:fled place:gazetteer")
    html = admin_client.get(reverse("admin:tracker_displacementfigure_review", args=[figure.pk])).content.decode()
    details = re.search(r'<details class="how-found"[^>]*>(.*?)</details>', html, re.S).group(1)
    assert "<summary>How it was found</summary>" in details and "value:digits" in details
    assert html.count("value:digits") == 1
