"""The top access-control risks: leaks of unverified figures, writes without a role, tokens in logs, CSRF,
security headers. (The full role × endpoint matrix is tests/api/test_permissions.py.)"""

import logging
from datetime import timedelta

import pytest
from django.test import Client, override_settings
from knox.models import AuthToken

from tests.factories import FigureFactory, RegionFactory, UserFactory
from tracker import services
from tracker.choices import Role

pytestmark = pytest.mark.django_db


@pytest.fixture
def figures(reviewer):
    region = RegionFactory(name="Idleb", pcode="SY07")
    editor = UserFactory(role=Role.EDITOR)
    verified = FigureFactory(region=region, value=5000, acting_user=editor)
    services.verify_figure(figure=verified, acting_user=reviewer)
    hidden = [FigureFactory(region=region, value=v, status=s) for v, s in ((123457, "draft"), (234568, "extracted"))]
    return verified, hidden


ENDPOINTS = [
    "/api/v1/figures/", "/api/v1/figures/?status=draft&status=extracted", "/api/v1/figures/?persons_min=100000",
    "/api/v1/figures/?ordering=-persons", "/api/v1/figures/export.csv", "/api/v1/figures/export.hxl",
    "/api/v1/figures/export.csv?status=extracted", "/api/v1/totals/", "/api/v1/sources/", "/api/v1/regions/",
]  # fmt: skip


@pytest.mark.parametrize("path", ENDPOINTS)
def test_no_unverified_figure_reaches_a_partner(figures, path):
    _, hidden = figures
    client = Client()
    client.force_login(UserFactory(role=Role.PARTNER))
    response = client.get(path)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert response.status_code == 200
    for figure in hidden:
        assert str(figure.value).encode() not in body
        assert client.get(f"/api/v1/figures/{figure.pk}/").status_code == 404


def test_the_token_never_appears_in_the_logs(figures, caplog):
    caplog.set_level(logging.DEBUG)
    _, token = AuthToken.objects.create(user=UserFactory(role=Role.PARTNER), expiry=timedelta(days=1))
    client = Client()
    assert client.get("/api/v1/figures/?region=SY07", HTTP_AUTHORIZATION=f"Token {token}").status_code == 200
    assert client.get("/api/v1/figures/", HTTP_AUTHORIZATION=f"Token {token}x").status_code == 401
    logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    assert "tracker.access" in {r.name for r in caplog.records}
    assert token not in logged and token[:15] not in logged


def test_the_admin_requires_a_csrf_token():
    client = Client(enforce_csrf_checks=True)
    UserFactory(username="staffer", is_staff=True, is_superuser=True)
    response = client.post("/admin/login/", {"username": "staffer", "password": "correct horse battery staple"})
    assert response.status_code == 403


def test_session_writes_to_the_api_require_csrf(figures, editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post("/api/v1/figures/", {"value": 1, "region": 1, "period_start": "2020-01-01",
                                                "period_end": "2020-01-01"})  # fmt: skip
    assert response.status_code == 403 and "CSRF" in response.json()["detail"]


@override_settings(
    SECURE_HSTS_SECONDS=31536000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True, SECURE_CONTENT_TYPE_NOSNIFF=True,
    SECURE_REFERRER_POLICY="same-origin", X_FRAME_OPTIONS="DENY", SECURE_SSL_REDIRECT=False,
)  # fmt: skip
def test_security_headers_as_production_sets_them(client):
    response = client.get("/admin/login/", secure=True)
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_production_settings_match_what_the_header_test_assumes():
    import os
    import subprocess
    import sys

    env = {
        "PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "config.settings.prod", "DJANGO_SECRET_KEY": "k" * 60,
        "DJANGO_ALLOWED_HOSTS": "x.org", "DATABASE_URL": "sqlite:////tmp/none.db", "REDIS_URL": "redis://h:1/0",
    }  # fmt: skip
    code = ("from django.conf import settings as s; print(s.SECURE_HSTS_SECONDS, s.X_FRAME_OPTIONS, "
            "s.SECURE_CONTENT_TYPE_NOSNIFF, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.DEBUG)")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", f"import django; django.setup(); {code}"], env=env,
                         capture_output=True, text=True, check=True, timeout=60).stdout.split()  # fmt: skip
    assert out == ["31536000", "DENY", "True", "True", "True", "False"]
