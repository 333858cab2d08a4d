from datetime import timedelta

import pytest
from django.core.cache import cache
from knox.models import AuthToken

from api.throttling import TokenRateThrottle
from tests.factories import UserFactory
from tracker.choices import Role

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner_token():
    user = UserFactory(role=Role.PARTNER)
    return AuthToken.objects.create(user=user, expiry=timedelta(days=30))


def _get(api, token, path="/api/v1/regions/"):
    return api.get(path, HTTP_AUTHORIZATION=f"Token {token}")


def test_a_token_works_and_is_stored_hashed(api, partner_token):
    instance, token = partner_token
    assert _get(api, token).status_code == 200
    assert instance.digest != token and token not in instance.digest
    assert not AuthToken.objects.filter(digest=token).exists()


def test_an_expired_token_is_refused(api):
    _, token = AuthToken.objects.create(user=UserFactory(role=Role.PARTNER), expiry=timedelta(seconds=-1))
    assert _get(api, token).status_code == 401


def test_a_revoked_token_is_refused(api, partner_token):
    instance, token = partner_token
    instance.delete()
    assert _get(api, token).status_code == 401


def test_throttling_is_per_token_with_a_clear_429(api, partner_token, monkeypatch):
    cache.clear()
    monkeypatch.setattr(TokenRateThrottle, "THROTTLE_RATES", {"token": "3/min"})
    instance, token = partner_token
    _, other = AuthToken.objects.create(user=instance.user)
    assert [_get(api, token).status_code for _ in range(3)] == [200, 200, 200]
    refused = _get(api, token)
    assert refused.status_code == 429
    assert "throttled" in refused.json()["detail"] and int(refused["Retry-After"]) > 0
    assert _get(api, other).status_code == 200  # another token has its own budget


def test_a_token_sent_as_bearer_is_answered_with_the_header_to_send(api, partner_token):
    """`Authorization: Bearer <key>` (what OAuth clients send) was answered "credentials were not provided", as if
    no header had come; the 401 now says which header to send. No header at all keeps DRF's words."""
    _user, key = partner_token
    response = api.get("/api/v1/figures/", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 401
    assert response.json()["detail"] == (
        "'Authorization: Bearer …' is not read here: send the header 'Authorization: Token <your token>'."
    )
    assert key not in response.content.decode()
    plain = api.get("/api/v1/figures/")
    assert plain.status_code == 401 and plain.json()["detail"] == "Authentication credentials were not provided."
    assert _get(api, key, "/api/v1/figures/").status_code == 200
