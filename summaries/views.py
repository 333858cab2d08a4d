from django.core import signing
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from summaries.models import Subscription
from summaries.services import unsubscribe


@csrf_exempt  # RFC 8058 one-click unsubscribe posts from the mail client; the signed token is the credential
@require_http_methods(["GET", "POST"])
def unsubscribe_view(request, token):
    try:
        subscription = unsubscribe(token=token)
    except (signing.BadSignature, Subscription.DoesNotExist):
        return render(request, "summaries/unsubscribed.html", {"invalid": True}, status=400)
    return render(request, "summaries/unsubscribed.html", {"subscription": subscription})
