import re

from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import JsonResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.defaults import page_not_found
from rest_framework import exceptions, status
from rest_framework.views import exception_handler

from tracker.lifecycle import TransitionRefused


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = _("Not possible from the figure's present state.")
    default_code = "conflict"


def _codes(codes):
    if isinstance(codes, dict):
        return {c for value in codes.values() for c in _codes(value)}
    if isinstance(codes, list):
        return {c for value in codes for c in _codes(value)}
    return {codes}


_ITEM_KEY = re.compile(r"^(?P<name>\w+)\.(?P<index>\d+)\.(?P<field>\w+)$")


def _nested(detail: dict) -> dict:
    """The services name an error in an item of a list field `breakdown.1.count`; the API answers as DRF does for a
    nested list, the items with errors by their index: {"breakdown": {"1": {"count": ["…"]}}}."""
    out: dict = {}
    for key, messages in detail.items():
        match = _ITEM_KEY.match(key)
        if match and match["name"] not in detail:
            out.setdefault(match["name"], {}).setdefault(match["index"], {})[match["field"]] = messages
        else:
            out[key] = messages
    return out


def handler(exc, context):
    """Validation errors from the services become 400 with field messages, like the serializers' own;
    a lifecycle transition the figure's state does not allow is 409.

    When the only complaint is that a named object does not exist the answer is 404, and when it is only that the
    object exists already, 409: the body is the same field messages.
    """
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        exc = exceptions.ValidationError(detail=_nested({k if k != "__all__" else "non_field_errors": v
                                                         for k, v in detail.items()}))  # fmt: skip
    elif isinstance(exc, TransitionRefused):
        exc = Conflict(exc.message)
    response = exception_handler(exc, context)
    request = context.get("request")
    if response is not None and request is not None and getattr(request, "accepted_media_type", "") != "text/html":
        # errors are JSON whatever the view streams on success (CSV, GeoJSON): the schema says so
        from api.renderers import ORJSONRenderer

        request.accepted_renderer, request.accepted_media_type = ORJSONRenderer(), "application/json"
    if response is not None and isinstance(exc, exceptions.NotAuthenticated) and request is not None:
        # a token sent under another scheme (Bearer, as OAuth clients do) was answered "not provided"
        scheme = request.META.get("HTTP_AUTHORIZATION", "").split(" ", 1)[0]
        if scheme and scheme.lower() != "token":
            response.data = {"detail": f"'Authorization: {scheme[:20]} …' is not read here: send the header "
                                       "'Authorization: Token <your token>'."}  # fmt: skip
    if response is not None and isinstance(exc, exceptions.ValidationError):
        codes = _codes(exc.get_codes())
        if codes == {"does_not_exist"}:
            response.status_code = 404
        elif codes == {"unique"}:
            response.status_code = 409
    return response


def not_found(request, exception=None):
    """Django's own 404 (a path the API's routes do not match, e.g. /figures/abc/) in JSON under /api/."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": gettext("Not found.")}, status=404)
    return page_not_found(request, exception)
