from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import exceptions, status
from rest_framework.views import exception_handler

from tracker.lifecycle import TransitionRefused


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "Not possible from the figure's present state."
    default_code = "conflict"


def handler(exc, context):
    """Validation errors from the services become 400 with field messages, like the serializers' own;
    a lifecycle transition the figure's state does not allow is 409."""
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        exc = exceptions.ValidationError(detail={k if k != "__all__" else "non_field_errors": v
                                                 for k, v in detail.items()})  # fmt: skip
    elif isinstance(exc, TransitionRefused):
        exc = Conflict(exc.message)
    return exception_handler(exc, context)
