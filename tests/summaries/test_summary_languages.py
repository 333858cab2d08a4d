"""The weekly e-mail in the subscriber's language, through the real SMTP server on 127.0.0.1 (tests/summaries)."""

import email
import re
from datetime import date
from email import policy

from django.utils import translation

from summaries import services
from summaries.models import Subscription

WEEK = date(2020, 2, 3)


def _send(inbox, week_data, address, language):
    subscription = services.subscribe(email=address, regions=[week_data["idleb"]], language=language)
    assert services.send_summary(subscription_id=subscription.pk, monday=WEEK).sent_now
    message = email.message_from_bytes(inbox.messages[-1], policy=policy.default)
    return message, message.get_body(("plain",)).get_content(), message.get_body(("html",)).get_content()


def test_a_french_subscriber_reads_the_summary_in_french(inbox, week_data):
    message, text, html = _send(inbox, week_data, "chef@example.org", "fr")
    assert message["Subject"].strip() == "Synthèse des déplacements, semaine 2020-W06 (3 Fév – 9 Fév 2020)"
    # French groups thousands with a no-break space, as Django's French format does
    nbsp = "\xa0"
    assert (
        f"nouvellement déplacées : 5{nbsp}000 — en hausse de 2{nbsp}000 (200 %) là où les deux semaines ont des "
        "rapports"
    ) in text
    assert f"nouveau cette semaine : Harim (2{nbsp}000)" in text
    assert (
        f"toujours déplacées : 50{nbsp}000 — en hausse de 10{nbsp}000 (25 %) par rapport à la semaine précédente"
    ) in text
    assert "Se désabonner :" in text and "Unsubscribe" not in text
    assert '<html lang="fr" dir="ltr">' in html and "Points chauds" in html
    # the figure's own words stay as the source wrote them
    assert "Some 3,000 people fled Ariha." in text


def test_an_arabic_subscriber_reads_it_in_arabic_right_to_left(inbox, week_data):
    message, text, html = _send(inbox, week_data, "lead-ar@example.org", "ar")
    assert message["Subject"].strip() == "ملخص النزوح، الأسبوع 2020-W06 (3 فبراير – 9 فبراير 2020)"
    assert '<html lang="ar" dir="rtl">' in html and '<body dir="rtl"' in html
    assert "بؤر ساخنة" in html and "ارتفاع بمقدار 2,000 (200%) حيث يتوفر تقرير للأسبوعين" in html
    assert "إلغاء الاشتراك" in html
    # Western digits kept, thousands as the English summary writes them
    assert "5,000" in html
    # no English sentence of ours is left in the HTML part (data — names, quotes, links — aside)
    visible = re.sub(r"<[^>]+>", " ", html)
    for phrase in ("newly displaced", "Hot spots", "Unsubscribe", "week", "verified figures", "Data health"):
        assert phrase not in visible, phrase


def test_the_language_is_the_subscribers_not_the_senders(inbox, week_data):
    """The Monday task runs in no particular language; an admin previewing in French sees the English subscriber's
    e-mail in English."""
    subscription = services.subscribe(email="en@example.org", regions=[week_data["idleb"]], language="en")
    with translation.override("fr"):
        message = services.compose_summary(subscription=subscription, monday=WEEK)
    assert message.subject.startswith("Displacement summary, week 2020-W06")


def test_subscribing_takes_the_language_being_spoken(db):
    with translation.override("ar"):
        subscription = services.subscribe(email="new@example.org")
    assert Subscription.objects.get(pk=subscription.pk).language == "ar"
    assert services.subscribe(email="other@example.org").language == "en"
