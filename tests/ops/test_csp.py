"""The Content-Security-Policy header (django-csp). The browser test (tests/browser/test_csp_in_chromium.py) shows
the pages work under it; these pin the policy itself."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def _directives(header: str) -> dict[str, list[str]]:
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.mark.parametrize("path", ["/admin/login/", "/api/docs/", "/summaries/unsubscribe/bad/", "/api/v1/figures/"])
def test_every_response_carries_a_policy_without_inline_script(client, path):
    policy = _directives(client.get(path)["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"] and policy["form-action"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"]
    assert "'unsafe-inline'" not in policy["style-src"]
    assert policy["img-src"] == ["'self'", "data:"]


def test_a_page_with_an_inline_block_gets_a_fresh_nonce_that_matches(admin_client):
    first, second = admin_client.get("/api/docs/"), admin_client.get("/api/docs/")
    nonces = []
    for response in (first, second):
        (nonce,) = re.findall(r"'nonce-([^']+)'", _directives(response["Content-Security-Policy"])["style-src"][1])
        assert f'<style nonce="{nonce}">' in response.content.decode()
        nonces.append(nonce)
    assert nonces[0] != nonces[1]


def test_extra_sources_and_a_report_address_come_from_the_environment():
    env = {"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "config.settings.test",
           "CSP_EXTRA_IMG_SRC": "https://tiles.example.org", "CSP_EXTRA_CONNECT_SRC": "https://tiles.example.org",
           "CSP_REPORT_URI": "https://reports.example.org/csp"}  # fmt: skip
    code = ("import django; django.setup(); from django.conf import settings as s; "
            "d = s.CONTENT_SECURITY_POLICY['DIRECTIVES']; print(d['img-src'][-1], d['connect-src'][-1], "
            "d['report-uri'])")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                         check=True, timeout=60).stdout.split()  # fmt: skip
    assert out == ["https://tiles.example.org", "https://tiles.example.org", "https://reports.example.org/csp"]


def test_a_configured_map_tile_server_is_let_in_for_images_only():
    env = {"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "config.settings.test",
           "MAP_TILES_URL": "https://{s}.tiles.example.org/{z}/{x}/{y}.png"}  # fmt: skip
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "d = s.CONTENT_SECURITY_POLICY['DIRECTIVES']; print(d['img-src'][-1], d['script-src'], d['connect-src'])"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                         check=True, timeout=60).stdout.split(maxsplit=1)  # fmt: skip
    assert out[0] == "https://*.tiles.example.org" and "tiles" not in out[1]
