"""Issuing API tokens in the admin: who may, what the form asks and refuses, what the pages show."""

import io
import re
from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from knox.models import AuthToken

from api.models import TokenInfo, TokenUsage
from api.services import issue_token, replace_demo_token
from tests.factories import UserFactory
from tracker.choices import Role

pytestmark = pytest.mark.django_db

ADD = "admin:api_apitoken_add"
LIST = "admin:api_apitoken_changelist"


@pytest.fixture
def admin_user():
    return UserFactory(is_staff=True, is_superuser=True, username="chief")


def _form(for_user, **over):
    expires = timezone.now() + timedelta(days=30)
    return {"user": for_user.pk, "name": "UNHCR dashboard sync", "purpose": "nightly pull",
            "expires_at_0": f"{expires:%Y-%m-%d}", "expires_at_1": f"{expires:%H:%M:%S}", **over}  # fmt: skip


def test_an_admin_issues_a_token_it_is_shown_once_and_works(client, api, admin_user):
    partner = UserFactory(role=Role.PARTNER, username="unhcr-bot")
    client.force_login(admin_user)
    page = client.post(reverse(ADD), _form(partner), follow=True)
    assert page.status_code == 200 and "no-store" in page["Cache-Control"]
    issued_url = page.redirect_chain[-1][0]
    html = page.content.decode()
    secret = re.search(r'<code id="new-token">([0-9a-f]{64})</code>', html).group(1)
    assert "will not be shown again" in html and "UNHCR dashboard sync" in html
    token = AuthToken.objects.get(user=partner)
    assert token.info.name == "UNHCR dashboard sync" and token.info.created_by == admin_user
    assert token.digest != secret and secret not in str(list(AuthToken.objects.values_list()))
    assert api.get("/api/v1/regions/", HTTP_AUTHORIZATION=f"Token {secret}").status_code == 200
    listing = client.get(reverse(LIST)).content.decode()
    assert f"{secret[:8]}…" in listing and "unhcr-bot" in listing and "chief" in listing
    text = re.sub(r"<[^>]*>", " ", listing)  # what the page shows (the digest is only the row's key in links)
    assert token.digest not in text and secret not in listing  # listed by prefix, never the digest or secret
    detail = client.get(reverse("admin:api_apitoken_change", args=[token.pk])).content.decode()
    assert secret not in detail and "nightly pull" in detail
    again = client.get(issued_url, follow=True).content.decode()  # reloading: not shown again, nothing issued
    assert secret not in again and "A token is shown only once" in again and AuthToken.objects.count() == 1
    assert not any(k.startswith("api-token-issued-") for k, _ in client.session.items())


def test_the_default_expiry_is_the_configured_180_days(client, admin_user):
    client.force_login(admin_user)
    form = client.get(reverse(ADD)).content.decode()
    default = timezone.now() + timedelta(days=180)
    assert f'value="{default:%Y-%m-%d}"' in form and "Default: 180 days from now" in form
    partner = UserFactory(role=Role.PARTNER)
    _, _secret = issue_token(user=partner, name="x", acting_user=admin_user)
    expiry = AuthToken.objects.get(user=partner).expiry
    assert abs((expiry - default).total_seconds()) < 60


@pytest.mark.parametrize(
    ("over", "message"),
    [
        ({"name": ""}, "This field is required."),
        ({"user": ""}, "This field is required."),
        ({"user": "999999"}, "Select a valid choice."),
        ({"expires_at_0": "2001-01-01"}, "The expiry must be in the future."),
        ({"expires_at_0": "2999-01-01"}, "at most 730 days"),
        ({"expires_at_0": "31/02/2027"}, "Enter a valid date."),
        ({"expires_at_1": "25:61"}, "Enter a valid time."),
        ({"name": "x" * 5000}, "Ensure this value has at most 100 characters (it has 5000)."),
        ({"user": "NaN"}, "Select a valid choice."),
    ],
)
def test_a_bad_form_is_sent_back_with_the_reason_and_issues_nothing(client, admin_user, over, message):
    partner = UserFactory(role=Role.PARTNER)
    client.force_login(admin_user)
    page = client.post(reverse(ADD), _form(partner, **over))
    html = page.content.decode()
    assert page.status_code == 200 and message in html and "new-token" not in html
    assert 'value="nightly pull"' in html or "nightly pull" in html  # what was typed is kept
    assert not AuthToken.objects.exists()


@pytest.mark.parametrize("role", [Role.EDITOR, Role.REVIEWER])
def test_staff_without_the_permission_cannot_issue_or_see_tokens(client, role):
    user = UserFactory(role=role)
    client.force_login(user)
    assert client.get(reverse(ADD)).status_code == 403
    assert client.get(reverse(LIST)).status_code == 403
    assert client.post(reverse(ADD), _form(UserFactory(role=Role.PARTNER))).status_code == 403
    with pytest.raises(PermissionDenied):
        issue_token(user=user, name="mine", acting_user=user)
    assert not AuthToken.objects.exists()


def test_a_token_is_issued_from_the_users_page_with_the_user_chosen(client, admin_user):
    partner = UserFactory(role=Role.PARTNER, username="iom-sync")
    issue_token(user=partner, name="older token", acting_user=admin_user)
    client.force_login(admin_user)
    page = client.get(reverse("admin:auth_user_change", args=[partner.pk])).content.decode()
    link = f"{reverse(ADD)}?user={partner.pk}"
    assert f'href="{link}"' in page and "older token" in page
    form = client.get(link).content.decode()
    assert re.search(rf'<option value="{partner.pk}" selected>iom-sync</option>', form)


def test_the_user_autocomplete_finds_users_by_name(client, admin_user):
    UserFactory(username="partner-ocha")
    client.force_login(admin_user)
    found = client.get(
        reverse("admin:autocomplete"),
        {"term": "ocha", "app_label": "api", "model_name": "apitoken", "field_name": "user"},
    ).json()
    assert [r["text"] for r in found["results"]] == ["partner-ocha"]


def test_the_list_filters_valid_and_expired_tokens(client, admin_user):
    partner = UserFactory(role=Role.PARTNER)
    issue_token(user=partner, name="still good", acting_user=admin_user)
    issue_token(user=partner, name="old one", acting_user=admin_user)
    AuthToken.objects.filter(info__name="old one").update(expiry=timezone.now() - timedelta(days=1))
    client.force_login(admin_user)
    valid = client.get(reverse(LIST), {"state": "valid"}).content.decode()
    expired = client.get(reverse(LIST), {"state": "expired"}).content.decode()
    assert "still good" in valid and "old one" not in valid
    assert "old one" in expired and "still good" not in expired and ">expired</td>" in expired


def test_revoking_from_the_list_asks_first_then_stops_the_tokens(client, api, admin_user):
    partner = UserFactory(role=Role.PARTNER, username="unhcr-sync")
    _, secret = issue_token(user=partner, name="to go", acting_user=admin_user)
    _, other = issue_token(user=partner, name="nightly pull", acting_user=admin_user)
    _, kept = issue_token(user=partner, name="not selected", acting_user=admin_user)
    used = AuthToken.objects.get(info__name="to go")
    TokenUsage.objects.create(day=date(2026, 11, 20), token=used, token_key=used.token_key, requests=12,
                              flushed_at=timezone.now())  # fmt: skip
    selected = list(AuthToken.objects.filter(info__name__in=["to go", "nightly pull"]).values_list("pk", flat=True))
    client.force_login(admin_user)
    asked = client.post(reverse(LIST), {"action": "revoke", "_selected_action": selected})
    assert asked.status_code == 200 and AuthToken.objects.count() == 3  # the first POST revokes nothing
    page = asked.content.decode()
    rows = re.findall(r'<td class="token-name">(.*?)</td>', page)
    assert sorted(rows) == ["nightly pull", "to go"] and "not selected" not in page
    assert "unhcr-sync" in page and "2026-11-20" in page and "no request counted" in page
    assert f'href="{reverse(LIST)}"' in page and 'id="confirm-revoke"' in page  # Cancel goes back to the list
    assert api.get("/api/v1/regions/", HTTP_AUTHORIZATION=f"Token {secret}").status_code == 200
    # the confirmation page's own form, posted as it is
    form = dict(re.findall(r'<input type="hidden" name="(action|post|csrfmiddlewaretoken)" value="([^"]*)"', page))
    form["_selected_action"] = re.findall(r'name="_selected_action" value="([^"]*)"', page)
    done = client.post(reverse(LIST), form, follow=True)
    assert "2 tokens revoked: they no longer work." in done.content.decode()
    assert list(TokenInfo.objects.values_list("name", flat=True)) == ["not selected"]
    assert api.get("/api/v1/regions/", HTTP_AUTHORIZATION=f"Token {secret}").status_code == 401
    assert api.get("/api/v1/regions/", HTTP_AUTHORIZATION=f"Token {other}").status_code == 401
    assert api.get("/api/v1/regions/", HTTP_AUTHORIZATION=f"Token {kept}").status_code == 200


def test_the_revoke_confirmation_speaks_french(client, admin_user):
    issue_token(user=UserFactory(role=Role.PARTNER), name="live sync", acting_user=admin_user)
    client.force_login(admin_user)
    page = client.post(reverse(LIST), {"action": "revoke", "_selected_action": [AuthToken.objects.get().pk]},
                       HTTP_ACCEPT_LANGUAGE="fr").content.decode()  # fmt: skip
    assert "Révoquer ces jetons d&#x27;API ?" in page or "Révoquer ces jetons d'API ?" in page
    assert "Ce jeton cessera aussitôt de fonctionner" in page and "aucune requête comptée" in page
    assert re.search(r"<td>dans [^<]*mois[^<]*\(20", page) and "Oui, révoquer" in page
    assert AuthToken.objects.exists()


@pytest.mark.parametrize("role", [Role.EDITOR, Role.REVIEWER])
def test_staff_without_the_permission_cannot_revoke_even_when_confirming(client, admin_user, role):
    issue_token(user=UserFactory(role=Role.PARTNER), name="live sync", acting_user=admin_user)
    token = AuthToken.objects.get()
    client.force_login(UserFactory(role=role))
    for form in ({}, {"post": "yes"}):
        response = client.post(reverse(LIST), {"action": "revoke", "_selected_action": [token.pk], **form})
        assert response.status_code == 403
    assert AuthToken.objects.filter(pk=token.pk).exists()


def test_the_demo_loader_replaces_only_its_own_token(admin_user):
    call_command("load_demo", password="a-demo-password-1", stdout=io.StringIO())
    partner = AuthToken.objects.get().user
    _, kept = issue_token(user=partner, name="issued for a partner", acting_user=admin_user)
    other_user = UserFactory(role=Role.PARTNER)
    issue_token(user=other_user, name="someone else", acting_user=admin_user)
    AuthToken.objects.create(user=partner)  # made outside the admin (no name): not the loader's either
    out = io.StringIO()
    call_command("load_demo", password="a-demo-password-1", stdout=out)
    assert "Partner API token (shown once)" in out.getvalue()
    names = sorted(TokenInfo.objects.values_list("name", flat=True))
    assert names == ["Demo partner token", "issued for a partner", "someone else"]
    assert AuthToken.objects.count() == 4
    replace_demo_token(user=partner)
    assert TokenInfo.objects.filter(demo=True).count() == 1 and AuthToken.objects.count() == 4
