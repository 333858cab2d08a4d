"""A model's constraints checked in Python, once, instead of one database round trip per constraint.

Django's `full_clean()` validates each `CheckConstraint` by asking the database (`SAVEPOINT; SELECT 1 WHERE …`), one
round trip per constraint: ten for a displacement figure, nearly half the time it takes to ingest a document. The
conditions the tracker's models use are plain comparisons of the row's own fields, so they are evaluated here,
with SQL's three-valued logic (a condition that is unknown because of a NULL passes, as in the database). Whatever
this evaluator does not understand (a lookup across a relation, a function it does not know) is still asked of the
database, constraint by constraint, so nothing is ever checked less strictly than before; and the database keeps
enforcing every constraint on write. A conditional unique constraint asks the database only when its condition
holds for the row (an import key that is set), as its query would otherwise find nothing.

tests/tracker/test_constraints.py checks, on generated rows, that every constraint judges exactly as PostgreSQL does.
"""

import operator

from django.core.exceptions import ValidationError
from django.db import router
from django.db.models import CheckConstraint, F, Q, UniqueConstraint, Value
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Length


class Unsupported(Exception):
    """The condition uses something this evaluator does not know: the database judges it."""


class Excluded(Exception):
    """The condition refers to a field left out of validation (Django skips such a constraint too)."""


_COMPARE = {"exact": operator.eq, "gt": operator.gt, "gte": operator.ge, "lt": operator.lt, "lte": operator.le}
_ARITHMETIC = {"+": operator.add, "-": operator.sub, "*": operator.mul}


def _and(values):
    values = list(values)
    if False in values:
        return False
    return None if None in values else True


def _or(values):
    values = list(values)
    if True in values:
        return True
    return None if None in values else False


def _value(expression, row: dict):
    if isinstance(expression, F):
        if expression.name not in row:
            raise Excluded(expression.name)
        return row[expression.name]
    if isinstance(expression, Value):
        return expression.value
    if isinstance(expression, CombinedExpression) and expression.connector in _ARITHMETIC:
        left, right = _value(expression.lhs, row), _value(expression.rhs, row)
        return None if left is None or right is None else _ARITHMETIC[expression.connector](left, right)
    if isinstance(expression, Length):
        (inner,) = expression.get_source_expressions()
        text = _value(inner, row)
        return None if text is None else len(text)
    if hasattr(expression, "resolve_expression"):
        raise Unsupported(repr(expression))
    return expression


def _lookup(key: str, wanted, row: dict, fields: set[str]):
    name, _, lookup = key.partition("__")
    lookup = lookup or "exact"
    if name not in row:
        raise Excluded(name) if name in fields else Unsupported(key)
    value = row[name]
    if lookup == "isnull":
        return (value is None) == bool(wanted)
    if lookup == "exact" and wanted is None:
        return value is None
    if lookup == "in":
        return None if value is None else value in list(wanted)
    if lookup not in _COMPARE:
        raise Unsupported(key)
    other = _value(wanted, row)
    if value is None or other is None:
        return None
    return _COMPARE[lookup](value, other)


def evaluate(condition: Q, row: dict, fields: set[str]):
    """True, False or None (unknown) for a Q of the row's own fields, as SQL would answer it."""
    results = []
    for child in condition.children:
        if isinstance(child, Q):
            results.append(evaluate(child, row, fields))
        elif isinstance(child, tuple) and len(child) == 2:
            results.append(_lookup(child[0], child[1], row, fields))
        else:
            raise Unsupported(repr(child))
    result = _and(results) if condition.connector == Q.AND else _or(results)
    return (None if result is None else not result) if condition.negated else result


def _row(instance, exclude: set[str]) -> dict:
    row = {}
    for field in instance._meta.local_concrete_fields:
        if field.name in exclude:
            continue
        row[field.name] = row[field.attname] = getattr(instance, field.attname)
    return row


def _passes(constraint, model, instance, row: dict, fields: set[str], exclude: set[str], using: str) -> None:
    """Raise the constraint's ValidationError when the instance breaks it."""
    if isinstance(constraint, CheckConstraint):
        try:
            if evaluate(Q(constraint.condition), row, fields) is False:
                raise ValidationError(constraint.get_violation_error_message(), code=constraint.violation_error_code)
            return
        except Excluded:
            return
        except (Unsupported, TypeError):
            pass  # the database judges it
    elif isinstance(constraint, UniqueConstraint) and constraint.condition is not None:
        try:
            if not evaluate(Q(constraint.condition), row, fields):
                return  # the row is outside the constraint: no other row can clash with it
        except Excluded:
            return
        except (Unsupported, TypeError):
            pass
    constraint.validate(model, instance, exclude=exclude, using=using)


class PythonCheckedConstraints:
    """Model mixin: `full_clean()` checks the model's constraints in Python where it can (see the module's doc)."""

    def validate_constraints(self, exclude=None):
        exclude = set(exclude or ())
        using = router.db_for_write(self.__class__, instance=self)
        row = _row(self, exclude)
        concrete = self._meta.local_concrete_fields
        fields = {f.name for f in concrete} | {f.attname for f in concrete}
        errors: dict = {}
        for model_class, constraints in self.get_constraints():
            for constraint in constraints:
                try:
                    _passes(constraint, model_class, self, row, fields, exclude, using)
                except ValidationError as exc:
                    if getattr(exc, "code", None) == "unique" and len(getattr(constraint, "fields", ())) == 1:
                        errors.setdefault(constraint.fields[0], []).append(exc)
                    else:
                        errors = exc.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)
