"""Unsubscribing: a GET (a person's click, a mail scanner, a link preview) never unsubscribes; a POST from the
confirmation page's button or a mail client's RFC 8058 one-click request does, without login or CSRF token."""

import email
import re
from datetime import date
from email import policy
from urllib.parse import urlsplit

import pytest
from django.test import Client

from summaries import services
from summaries.models import Subscription

WEEK = date(2020, 2, 3)


@pytest.fixture
def sent(inbox, week_data):
    subscription = Subscription.objects.create(email="lead@example.org")
    subscription.regions.set([week_data["idleb"]])
    services.send_summary(subscription_id=subscription.pk, monday=WEEK)
    (raw,) = inbox.messages
    return subscription, email.message_from_bytes(raw, policy=policy.default)


def _path(url: str) -> str:
    return urlsplit(url).path


def test_the_weekly_mail_carries_rfc_8058_one_click_headers(sent):
    subscription, message = sent
    (header,) = message.get_all("List-Unsubscribe")
    url = re.fullmatch(r"<(https://[^>]+)>", header.strip()).group(1)
    assert url == services.unsubscribe_url(subscription)
    assert message["List-Unsubscribe-Post"].strip() == "List-Unsubscribe=One-Click"


def test_scanners_following_the_link_unsubscribe_nobody(sent):
    subscription, message = sent
    path = _path(message["List-Unsubscribe"].strip()[1:-1])
    scanner = Client()
    for _ in range(3):
        assert scanner.get(path).status_code == 200
        assert scanner.head(path).status_code == 200
    subscription.refresh_from_db()
    assert subscription.active is True


def test_a_mail_clients_one_click_post_unsubscribes_without_cookies_or_csrf(sent):
    subscription, message = sent
    path = _path(message["List-Unsubscribe"].strip()[1:-1])
    mail_client = Client(enforce_csrf_checks=True)
    response = mail_client.post(path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200 and b"You are unsubscribed" in response.content
    subscription.refresh_from_db()
    assert subscription.active is False
    again = mail_client.post(path, {"List-Unsubscribe": "One-Click"})  # a repeat is harmless
    assert again.status_code == 200
    page = Client().get(path)
    assert b"Already unsubscribed" in page.content and b"<form" not in page.content


def test_the_confirmation_page_button_posts_back_to_the_same_link(sent):
    subscription, message = sent
    path = _path(message["List-Unsubscribe"].strip()[1:-1])
    page = Client().get(path).content.decode()
    form = re.search(r'<form method="post"[^>]*>', page).group(0)
    assert "action=" not in form  # posts to the page's own address: the signed link
    assert re.search(r'<button type="submit" id="unsubscribe"[^>]*>Unsubscribe</button>', page)
    assert "Nothing changes until you press the button" in page
    Client(enforce_csrf_checks=True).post(path)
    subscription.refresh_from_db()
    assert subscription.active is False


@pytest.mark.parametrize("method", ["get", "post"])
def test_forged_damaged_or_deleted_links_get_a_clear_400(sent, method):
    subscription, message = sent
    path = _path(message["List-Unsubscribe"].strip()[1:-1])
    token = path.rstrip("/").rsplit("/", 1)[1]
    pk, signature = token.split(":", 1)
    other = Subscription.objects.create(email="other@example.org")
    for bad in (f"{other.pk}:{signature}", f"{pk}:{signature[:-2]}xx", "1", "%00", "x" * 500):
        response = getattr(Client(), method)(f"/summaries/unsubscribe/{bad}/")
        assert response.status_code == 400 and b"This link does not work" in response.content
    other.refresh_from_db()
    assert other.active is True
    subscription.delete()
    assert getattr(Client(), method)(path).status_code == 400


def test_other_methods_are_refused(sent):
    _, message = sent
    path = _path(message["List-Unsubscribe"].strip()[1:-1])
    assert Client().put(path).status_code == 405
    assert Client().delete(path).status_code == 405
