import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from django.core import signing
from django.core.exceptions import FieldDoesNotExist, ImproperlyConfigured
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import BooleanField, F, Func, Value
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination
from rest_framework.utils.urls import remove_query_param, replace_query_param

# Nullable fields a list may be ordered by, and the non-null alias the cursor uses instead (NULL counts as -1).
NULLABLE_ORDERING = {"persons": "persons_order"}
_ALIASED = {alias: field for field, alias in NULLABLE_ORDERING.items()}


class RowAfter(Func):
    """`(a, b, …) > (x, y, …)` (`<` descending; `>=`/`<=` inclusive): the rows past a position in a multi-column
    order, as one row comparison that PostgreSQL reads from the (a, b, …) index; SQLite compares row values alike."""

    output_field = BooleanField()
    conditional = True

    def __init__(self, columns, values, *, descending: bool, inclusive: bool = False):
        super().__init__(*columns, *values)
        self.width = len(columns)
        self.operator = ("<" if descending else ">") + ("=" if inclusive else "")

    def as_sql(self, compiler, connection, **extra):
        parts, params = [], []
        for expression in self.get_source_expressions():
            sql, part_params = compiler.compile(expression)
            parts.append(sql)
            params.extend(part_params)
        columns, values = parts[: self.width], parts[self.width :]
        return f"({', '.join(columns)}) {self.operator} ({', '.join(values)})", params


@dataclass(frozen=True)
class Position:
    """Where a page starts: the ordering's values of a row (the last id included: it breaks every tie), which way
    the page reads from there, and whether that row itself belongs to the page."""

    key: tuple
    reverse: bool = False
    inclusive: bool = False


def _plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


class StableCursorPagination(CursorPagination):
    """Keyset pages over a stable order: a partner syncing while figures are added neither misses nor repeats one.

    The cursor is the position of a page's last (or, for `previous`, first) row in the full order, ties broken by
    id: `ordering=period_end` pages by (period_end, id). The next page is the rows after that position, read from
    the matching (column, id) index in one row comparison, so page 5,000 costs what page 1 does and any run of tied
    values (thousands of figures ending the same month) is walked exactly, forwards and backwards. (DRF's cursor
    counted an offset inside a run of ties: slower the longer the run, `previous` could repeat a page, and past
    1,000 tied rows its capped offset answered the same page again and again.)

    A bad `page_size` is a 400 that says so, never a silent default; a cursor we did not issue names no page: 404.
    Cursors are signed (SECRET_KEY): a client cannot make one up or edit one; a cursor from before a key rotation is
    a 404 too. The signature covers the query the cursor was issued for (its ordering and filters; not `page_size`
    or `format`): a cursor moved to another query or list names a position in another order, so it is a 404 too.
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

    def get_ordering(self, request, queryset, view):
        """The view's ordering, one direction throughout, ending in id (the tie-breaker every key needs)."""
        ordering = list(super().get_ordering(request, queryset, view))
        directions = {name.startswith("-") for name in ordering}
        if len(directions) != 1:
            raise ImproperlyConfigured(f"Keyset pages need one direction throughout, not {ordering}.")
        if ordering[-1].lstrip("-") not in {"id", "pk"}:
            ordering.append(("-" if directions == {True} else "") + "id")
        return tuple(ordering)

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.page_size = self.get_page_size(request)
        self.base_url = request.build_absolute_uri()
        self.ordering = self.get_ordering(request, queryset, view)
        self.names = [name.lstrip("-") for name in self.ordering]
        descending = self.ordering[0].startswith("-")
        self.cursor = self.decode_cursor(request, model=queryset.model)
        reverse = self.cursor is not None and self.cursor.reverse
        if self.cursor is not None:
            queryset = queryset.filter(
                RowAfter(
                    [F(name) for name in self.names],
                    [Value(value) for value in self.cursor.key],
                    descending=descending != reverse,
                    inclusive=self.cursor.inclusive,
                )
            )
        order = [name[1:] if name.startswith("-") else f"-{name}" for name in self.ordering]
        rows = list(queryset.order_by(*(order if reverse else self.ordering))[: self.page_size + 1])
        more = len(rows) > self.page_size
        self.page = rows[: self.page_size]
        if reverse:
            self.page.reverse()
            self.has_previous, self.has_next = more, True
        else:
            self.has_next, self.has_previous = more, self.cursor is not None
        self.display_page_controls = self.has_next or self.has_previous  # the browsable API's « Previous / Next »
        return self.page

    def _key(self, row) -> tuple:
        values = []
        for name in self.names:
            field = _ALIASED.get(name, "id" if name == "pk" and isinstance(row, dict) else name)
            value = row[field] if isinstance(row, dict) else getattr(row, field)
            values.append(-1 if name in _ALIASED and value is None else value)
        return tuple(values)

    def get_next_link(self):
        if not self.has_next:
            return None
        if self.page:
            return self._link(Position(self._key(self.page[-1])))
        # an empty page read backwards: nothing lies before its position, so the rows from it on are the first page
        return remove_query_param(self.base_url, self.cursor_query_param)

    def get_previous_link(self):
        if not self.has_previous:
            return None
        if self.page:
            return self._link(Position(self._key(self.page[0]), reverse=True))
        # an empty page read forwards (its rows were deleted meanwhile): the page before ends with its position
        return self._link(Position(self.cursor.key, reverse=True, inclusive=True))

    def _link(self, position: Position) -> str:
        token = self._signer(self.request).sign_object(
            [[_plain(value) for value in position.key], int(position.reverse), int(position.inclusive)]
        )
        return replace_query_param(self.base_url, self.cursor_query_param, token)

    def _signer(self, request) -> signing.Signer:
        """A signer for this query: its list (the path), its ordering and its filters (each value, in a stable
        order). Without the path, a regions page's cursor named a position in the figures' id order."""
        query = sorted(
            (name, value)
            for name, values in request.query_params.lists()
            if name not in self.unbound_parameters
            for value in values
        )
        return signing.Signer(salt=f"{self.salt}:{json.dumps([request.path, list(self.ordering), query])}")

    def decode_cursor(self, request, *, model) -> Position | None:
        signed = request.query_params.get(self.cursor_query_param)
        if signed is None:
            return None
        try:
            key, reverse, inclusive = self._signer(request).unsign_object(signed)
            typed = tuple(self._typed(model, name, value) for name, value in zip(self.names, key, strict=True))
            return Position(typed, bool(reverse), bool(inclusive))
        except (signing.BadSignature, ValueError, TypeError, DjangoValidationError, FieldDoesNotExist) as exc:
            raise NotFound(self.invalid_cursor_message) from exc

    @staticmethod
    def _typed(model, name: str, value):
        if name in _ALIASED:
            if type(value) is not int:
                raise ValueError(name)
            return value
        field = model._meta.pk if name == "pk" else model._meta.get_field(name)
        return field.to_python(value)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"] = {"type": "integer", "minimum": 1, "maximum": self.max_page_size}
        return parameters
