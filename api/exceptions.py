from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import exceptions
from rest_framework.views import exception_handler


def handler(exc, context):
    """Validation errors from the services become 400 with field messages, like the serializers' own."""
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        exc = exceptions.ValidationError(detail={k if k != "__all__" else "non_field_errors": v
                                                 for k, v in detail.items()})  # fmt: skip
    return exception_handler(exc, context)
