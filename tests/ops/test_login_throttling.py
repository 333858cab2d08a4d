"""Admin sign-in throttling (django-axes): after LOGIN_FAILURE_LIMIT failures for one username from one address,
that pair is locked out for LOGIN_LOCKOUT_MINUTES with a page that says so; others are not affected."""

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django.utils import timezone

from tests.factories import PASSWORD, UserFactory
from tracker.choices import Role

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def staffer():
    return UserFactory(username="staffer", is_staff=True, is_superuser=True)


def _sign_in(password, *, username="staffer", ip="203.0.113.7", client=None, **extra):
    client = client or Client()
    response = client.post("/admin/login/?next=/admin/", {"username": username, "password": password},
                           REMOTE_ADDR=ip, **extra)  # fmt: skip
    return client, response


def _signed_in(client) -> bool:
    return client.get("/admin/").status_code == 200


def test_failures_below_the_limit_still_let_the_right_password_in_and_reset(settings, staffer):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        _, response = _sign_in("wrong")
        assert response.status_code == 200 and b"Please enter the correct username and password" in response.content
    client, response = _sign_in(PASSWORD)
    assert response.status_code == 302 and _signed_in(client)
    assert not AccessAttempt.objects.filter(username="staffer").exists()  # success clears the count


def test_the_limit_locks_the_username_from_that_address_with_a_clear_page(settings, staffer):
    assert settings.AXES_FAILURE_LIMIT == 5 and timedelta(minutes=15) == settings.AXES_COOLOFF_TIME
    for _ in range(5):
        _sign_in("wrong")
    client, response = _sign_in(PASSWORD)  # even the right password is refused now
    assert response.status_code == 429
    body = response.content.decode()
    assert "Sign-in locked" in body and "Too many failed sign-ins for <strong>staffer</strong>" in body
    assert "5 in a row" in body and "Try again in 15 minutes" in body
    assert not _signed_in(client)


def test_the_lock_is_per_username_and_address(settings, staffer):
    UserFactory(username="colleague", is_staff=True, is_superuser=True)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _sign_in("wrong")
    client, response = _sign_in(PASSWORD, ip="198.51.100.20")  # same user, another address
    assert response.status_code == 302 and _signed_in(client)
    client, response = _sign_in(PASSWORD, username="colleague")  # another user, same address
    assert response.status_code == 302 and _signed_in(client)
    assert _sign_in(PASSWORD)[1].status_code == 429


def test_the_lock_lifts_after_the_cool_off(settings, staffer):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _sign_in("wrong")
    assert _sign_in(PASSWORD)[1].status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(seconds=1))
    client, response = _sign_in(PASSWORD)
    assert response.status_code == 302 and _signed_in(client)


def test_a_forged_forwarded_for_header_does_not_dodge_the_lock(settings, staffer):
    for n in range(settings.AXES_FAILURE_LIMIT):
        _sign_in("wrong", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    assert _sign_in(PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.99")[1].status_code == 429


def test_behind_a_trusted_proxy_the_forwarded_client_address_counts(settings, staffer):
    settings.TRUSTED_PROXY_COUNT = 1  # the proxy appends the address it saw; anything left of it is the client's
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _sign_in("wrong", ip="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9")
    locked = _sign_in(PASSWORD, ip="10.0.0.2", HTTP_X_FORWARDED_FOR="5.6.7.8, 203.0.113.9")[1]
    assert locked.status_code == 429  # the spoofable left part changed; the proxy's entry did not
    client, response = _sign_in(PASSWORD, ip="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert response.status_code == 302 and _signed_in(client)


def test_limit_and_lockout_come_from_the_environment():
    env = {"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "config.settings.test",
           "LOGIN_FAILURE_LIMIT": "3", "LOGIN_LOCKOUT_MINUTES": "60", "TRUSTED_PROXY_COUNT": "2"}  # fmt: skip
    code = ("import django; django.setup(); from django.conf import settings as s; "
            "print(s.AXES_FAILURE_LIMIT, int(s.AXES_COOLOFF_TIME.total_seconds()), s.TRUSTED_PROXY_COUNT, "
            "s.AXES_LOCKOUT_PARAMETERS)")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                         check=True, timeout=60).stdout.strip()  # fmt: skip
    assert out == "3 3600 2 [['username', 'ip_address']]"


def test_sign_ins_without_a_request_still_work_and_are_not_throttled(settings, client, staffer):
    """The test client's login() and scripts call authenticate() without a request: nothing to throttle."""
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        assert client.login(username="staffer", password="wrong") is False
    assert client.login(username="staffer", password=PASSWORD) is True
    assert _signed_in(client)


def test_a_partner_with_the_right_password_is_told_partners_use_the_api():
    UserFactory(username="partner-org", role=Role.PARTNER)
    client, response = _sign_in(PASSWORD, username="partner-org")
    assert response.status_code == 200 and not _signed_in(client)
    assert "partners read the figures through the API" in response.content.decode()
    _, wrong = _sign_in("wrong", username="partner-org")
    assert "Please enter the correct username and password" in wrong.content.decode()  # a wrong one: as before
