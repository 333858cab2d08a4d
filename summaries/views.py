from django.core import signing
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from summaries.models import Subscription
from summaries.selectors import subscription_for_token
from summaries.services import unsubscribe


@csrf_exempt  # RFC 8058 one-click unsubscribe posts from the mail client; the signed token is the credential
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe_view(request, token):
    """GET (what a person clicking the link, or a mail scanner following it, does) only shows a page with a button;
    POST (that button, or the mail client's one-click `List-Unsubscribe=One-Click`) unsubscribes."""
    try:
        if request.method == "POST":
            subscription = unsubscribe(token=token)
            with translation.override(subscription.language):  # the language of the e-mails the link came in
                return render(request, "summaries/unsubscribed.html", {"subscription": subscription})
        subscription = subscription_for_token(token=token)
    except (signing.BadSignature, Subscription.DoesNotExist):
        return render(request, "summaries/unsubscribed.html", {"invalid": True}, status=400)
    with translation.override(subscription.language):
        return render(request, "summaries/unsubscribe_confirm.html", {"subscription": subscription})
