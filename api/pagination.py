import json
from types import SimpleNamespace
from urllib.parse import parse_qsl, urlsplit

from django.core import signing
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import Cursor, CursorPagination
from rest_framework.utils.urls import replace_query_param

# Nullable fields a list may be ordered by, and the non-null alias the cursor uses instead (NULL counts as -1).
NULLABLE_ORDERING = {"persons": "persons_order"}


class StableCursorPagination(CursorPagination):
    """Cursor pages over a stable order: a partner syncing while figures are added neither misses nor repeats one.

    A bad `page_size` is a 400 that says so, never a silent default; a cursor we did not issue names no page: 404.
    Cursors are signed (SECRET_KEY): a client cannot make one up or edit one (DRF's are plain base64, so a forged
    position answered 200 with an empty page); a cursor from before a key rotation is a 404 too. The signature
    covers the query the cursor was issued for (its ordering and filters; not `page_size` or `format`): a cursor
    moved to another query (`?ordering=-id`'s onto `?ordering=id`) named a position in another order and answered
    200 with a wrong or empty page; it is a 404 too.
    """

    salt = "api.pagination.cursor"
    unbound_parameters = frozenset({"cursor", "page_size", "format"})

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

    def encode_cursor(self, cursor):
        url = super().encode_cursor(cursor)
        plain = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))[self.cursor_query_param]
        return replace_query_param(url, self.cursor_query_param, self._signer(self.request).sign(plain))

    def _signer(self, request) -> signing.Signer:
        """A signer for this query: its ordering and its filters (each value, in a stable order)."""
        query = sorted(
            (name, value)
            for name, values in request.query_params.lists()
            if name not in self.unbound_parameters
            for value in values
        )
        return signing.Signer(salt=f"{self.salt}:{json.dumps([list(self.ordering), query])}")

    def decode_cursor(self, request):
        signed = request.query_params.get(self.cursor_query_param)
        if signed is None:
            return None
        try:
            plain = self._signer(request).unsign(signed)
        except signing.BadSignature as exc:
            raise NotFound(self.invalid_cursor_message) from exc
        params = request.query_params.copy()
        params[self.cursor_query_param] = plain
        return super().decode_cursor(SimpleNamespace(query_params=params))  # DRF reads only the parameters

    def paginate_queryset(self, queryset, request, view=None):
        try:
            return super().paginate_queryset(queryset, request, view)
        except (ValueError, TypeError, OverflowError, DjangoValidationError, DataError) as exc:
            # a cursor whose position does not fit the ordering field (tampered or from another ordering)
            raise NotFound(self.invalid_cursor_message) from exc

    def get_previous_link(self):
        # A page reached by an offset (ties) whose rows share one position, with a different one after it: DRF
        # counted back from that next position with no offset, so `previous` answered this same page again; the
        # page's own rows are the last ones before the next position, so skipping them gives the page before.
        if self.page and self.has_next and self.cursor is not None and not self.cursor.reverse:
            positions = {self._get_position_from_instance(row, self.ordering) for row in self.page}
            if len(positions) == 1 and self.next_position not in positions:
                return self.encode_cursor(Cursor(offset=len(self.page), reverse=True, position=self.next_position))
        # On a short final page whose rows share one position, DRF counts back a whole page_size from the end, so
        # the previous page skipped the rows the final page lacks (a backward walk over ties missed figures).
        if self.page and not self.has_next and len(self.page) < self.page_size:
            full, self.page_size = self.page_size, len(self.page)
            try:
                return super().get_previous_link()
            finally:
                self.page_size = full
        return super().get_previous_link()

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
