"""Plain rows, read fast: for the hot read paths (the API's figure list and detail, token look-ups).

Django's PostgreSQL backend binds parameters on the client and reads every timestamp through a Python subclass of
psycopg's loader (to stamp Django's time zone on it), so a page of 100 figures parses 300 timestamps in Python and
no statement is ever prepared. `fast_cursor` gives a cursor that binds on the server, so psycopg can prepare a
statement once it has run five times on a connection (the token look-up: parsed and planned once per persistent
connection; list queries opt out, their plan depends on the values), and reads timestamps with psycopg's C
loader (same instant, same zone: the session runs in the zone Django gives it, UTC by default). It is still
Django's cursor wrapper, so query logging, `assert_num_queries` and execute wrappers see every query.

`FastValuesIterable` runs a `.values()` queryset through it: the SQL is the ORM's (every filter, scope and ordering
applied as usual), only the reading is faster; rows are the same dicts. It never prepares: a filtered list's best
plan depends on its values (a generic plan, made once for any values, may walk the whole table for a narrow
filter). `PreparedValuesIterable` does, for shapes whose plan does not depend on the values (a figure by its id,
a page with no filter): planning such a statement costs more than running it (0.4 ms against 0.3 at 10k).
Statements are prepared only when the connection allows it (the `prepare_threshold` option, config.settings).
"""

from contextlib import contextmanager
from dataclasses import dataclass

import psycopg
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models.query import ValuesIterable
from psycopg.types.datetime import TimestamptzLoader

_UTC_NAMES = {"UTC", "Etc/UTC"}


def _usable(connection) -> bool:
    return connection.vendor == "postgresql" and isinstance(getattr(connection, "connection", None), psycopg.Connection)


class _UnpreparedCursor(psycopg.Cursor):
    """Binds on the server but never prepares: planned with the values of each execution."""

    def execute(self, query, params=None, *, prepare=None, binary=None):
        return super().execute(query, params, prepare=False, binary=binary)


@contextmanager
def fast_cursor(using: str = "default", *, prepare: bool = True):
    """Django's cursor wrapper around a server-binding psycopg cursor with the C timestamp loader. `prepare=False`:
    never a prepared statement (for queries whose best plan depends on the values)."""
    connection = connections[using]
    connection.ensure_connection()
    if not _usable(connection):  # another backend, or psycopg 2: Django's own cursor
        with connection.cursor() as cursor:
            yield cursor
        return
    # server-side binding: psycopg prepares what it runs often, unless told not to
    raw = (psycopg.Cursor if prepare else _UnpreparedCursor)(connection.connection)
    if connection.timezone_name in _UTC_NAMES:
        # the C loader (registering psycopg's Python class picks its C twin) returns the session zone: UTC
        raw.adapters.register_loader("timestamptz", TimestamptzLoader)
    with connection._prepare_cursor(raw) as cursor:
        yield cursor


class FastValuesIterable(ValuesIterable):
    """ValuesIterable, read through fast_cursor. The rows are the same dicts the ORM would give. A streamed read
    (`.iterator()`: exports, through a server-side cursor) stays the ORM's."""

    prepare = False

    def __iter__(self):
        if self.chunked_fetch:
            yield from ValuesIterable(self.queryset, self.chunked_fetch, self.chunk_size)
            return
        try:
            shape = plain_shape(self.queryset)
        except EmptyResultSet:
            return
        if shape is None:  # not the plain shape
            yield from ValuesIterable(self.queryset, self.chunked_fetch, self.chunk_size)
            return
        yield from read_plain(shape, using=self.queryset.db, prepare=self.prepare)


@dataclass(frozen=True)
class PlainShape:
    """A `.values()` queryset compiled: its SQL, its parameters and the names of its row's columns."""

    sql: str
    params: tuple
    names: tuple[str, ...]


def plain_shape(queryset) -> PlainShape | None:
    """The queryset compiled, when its rows are plain columns (no converters, extras or composite fields) that
    read_plain can give as the ORM would; else None. Raises EmptyResultSet when it can match nothing."""
    query = queryset.query
    compiler = query.get_compiler(queryset.db)
    sql, params = compiler.as_sql()
    fields = [s[0] for s in compiler.select[0 : compiler.col_count]]
    if query.extra_select or compiler.get_converters(fields) or compiler.has_composite_fields(fields):
        return None
    names = list(query.selected) if query.selected else [*query.values_select, *query.annotation_select]
    return PlainShape(sql, tuple(params), tuple(names))


def read_plain(shape: PlainShape, *, using: str = "default", prepare: bool = False) -> list[dict]:
    """The rows of a compiled shape, as the dicts the ORM's `.values()` gives, read through fast_cursor."""
    with fast_cursor(using, prepare=prepare) as cursor:
        cursor.execute(shape.sql, shape.params)
        rows = cursor.fetchall()
    names = shape.names
    if rows and len(rows[0]) != len(names):  # trailing columns the ORM selects only to order by
        rows = [row[: len(names)] for row in rows]
    return [dict(zip(names, row, strict=True)) for row in rows]


class PreparedValuesIterable(FastValuesIterable):
    """FastValuesIterable for a statement whose plan does not depend on its values: prepared once it has run
    often on the connection."""

    prepare = True
