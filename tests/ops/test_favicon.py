"""The site's icon: browsers ask for /favicon.ico on every page; every page names the icon it has."""

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

ICON = "ops/favicon.svg"


def test_favicon_ico_leads_to_the_icon_in_the_static_files(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302 and response["Location"] == f"/static/{ICON}"
    assert finders.find(ICON)


def test_the_admin_pages_link_the_icon(client):
    response = client.get(reverse("admin:login"))
    assert f'<link rel="icon" href="/static/{ICON}" type="image/svg+xml">' in response.content.decode()


def test_the_unsubscribe_page_links_the_icon(client):
    response = client.get(reverse("summaries:unsubscribe", args=["not-a-token"]))
    assert f'<link rel="icon" href="/static/{ICON}"' in response.content.decode()


def test_under_production_static_files_the_icon_is_served_by_its_hashed_name(tmp_path):
    """As deployed: collected with the manifest (hashed names), served by WhiteNoise."""
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    with override_settings(STATIC_ROOT=tmp_path, STORAGES=storages, DEBUG=False):
        call_command("collectstatic", interactive=False, verbosity=0)
        client = Client()  # a new handler: WhiteNoise reads the collected files when it starts
        response = client.get("/favicon.ico")
        assert response.status_code == 302
        location = response["Location"]
        assert location.startswith("/static/ops/favicon.") and location.endswith(".svg")
        assert location != f"/static/{ICON}"  # the hashed name
        icon = client.get(location)
        assert icon.status_code == 200 and icon["Content-Type"] == "image/svg+xml"
        assert b"<svg" in b"".join(icon.streaming_content)
