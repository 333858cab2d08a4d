from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination

# Nullable fields a list may be ordered by, and the non-null alias the cursor uses instead (NULL counts as -1).
NULLABLE_ORDERING = {"persons": "persons_order"}


class StableCursorPagination(CursorPagination):
    """Cursor pages over a stable order: a partner syncing while figures are added neither misses nor repeats one.

    A bad `page_size` is a 400 that says so, never a silent default; a cursor we did not issue names no page: 404.
    """

    ordering = "id"
    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = 1000
    invalid_cursor_message = "Invalid cursor: use the `next` or `previous` link of a page as it is."

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        if not (raw.isascii() and raw.isdigit() and 1 <= int(raw) <= self.max_page_size):
            raise ValidationError(
                {self.page_size_query_param: [f"A whole number from 1 to {self.max_page_size}, not {raw[:40]!r}."]}
            )
        return int(raw)

    def paginate_queryset(self, queryset, request, view=None):
        try:
            return super().paginate_queryset(queryset, request, view)
        except (ValueError, TypeError, OverflowError, DjangoValidationError, DataError) as exc:
            # a cursor whose position does not fit the ordering field (tampered or from another ordering)
            raise NotFound(self.invalid_cursor_message) from exc

    def _get_position_from_instance(self, instance, ordering):
        name = ordering[0].lstrip("-")
        for field, alias in NULLABLE_ORDERING.items():
            if name == alias and isinstance(instance, dict) and alias not in instance:
                value = instance[field]
                return str(-1 if value is None else value)
        return super()._get_position_from_instance(instance, ordering)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"] = {"type": "integer", "minimum": 1, "maximum": self.max_page_size}
        return parameters
