"""The page a locked-out sign-in gets (django-axes calls this): what happened, for how long, what to do."""

from axes.helpers import get_client_username, get_cool_off, get_failure_limit
from django.conf import settings
from django.shortcuts import render


def lockout_response(request, original_response=None, credentials=None):
    cool_off = get_cool_off(request)
    minutes = max(1, round(cool_off.total_seconds() / 60)) if cool_off else None
    context = {
        "failure_limit": get_failure_limit(request, credentials),
        "username": get_client_username(request, credentials) or "",
        "minutes": minutes,
        "site_header": "Displacement tracker",
        "site_title": "Displacement tracker",
    }
    return render(request, "ops/locked_out.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)
