"""A figure's history as people read it: field labels, choice labels and names, never raw codes or ids.

Reads only. A fixed number of queries whatever the number of records: one per related model named in the
changes (users, regions, bodies…), each fetched in one go.
"""

from datetime import date, datetime

from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext, pgettext

from tracker.readings import thousands

HIDDEN = {"updated_at", "created_at", "name_key", "path", "depth", "content_hash"}


def _person(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else gettext("the system")


def readable_history(*, records: list, model: type[models.Model]) -> list[dict]:
    """simple_history records, newest first → [{"when", "who", "action", "changes": [{"label", "old", "new"}]}]."""
    diffs = []
    for newer, older in zip(records, [*records[1:], None], strict=False):
        changes = [c for c in (newer.diff_against(older).changes if older else []) if c.field not in HIDDEN]
        diffs.append((newer, changes))
    names = _related_names(model, [c for _, changes in diffs for c in changes])
    out = []
    for record, changes in diffs:
        out.append({
            "when": record.history_date,
            "who": _person(record.history_user),
            "action": {"+": pgettext("history", "created"), "-": pgettext("history", "deleted")}.get(
                record.history_type, pgettext("history", "changed")),
            "changes": [
                {"label": capfirst(_field(model, c.field).verbose_name) if _field(model, c.field) else c.field,
                 "old": _value(model, c.field, c.old, names), "new": _value(model, c.field, c.new, names)}
                for c in changes
            ],
        })  # fmt: skip
    return out


def _field(model, name):
    try:
        return model._meta.get_field(name)
    except Exception:  # a field since removed from the model
        return None


def _related_names(model, changes) -> dict[tuple[type, object], str]:
    wanted: dict[type, set] = {}
    for change in changes:
        field = _field(model, change.field)
        if field is not None and field.is_relation and field.many_to_one:
            wanted.setdefault(field.related_model, set()).update(v for v in (change.old, change.new) if v is not None)
    names = {}
    for related, ids in wanted.items():
        for obj in related._default_manager.filter(pk__in=ids):
            names[(related, obj.pk)] = _person(obj) if hasattr(obj, "get_username") else str(obj)
    return names


def _value(model, name, value, names) -> str:
    field = _field(model, name)
    if value is None or value == "":
        return "—"
    if field is None:
        return str(value)
    if field.is_relation and field.many_to_one:
        deleted = gettext("a deleted %(what)s") % {"what": field.related_model._meta.verbose_name}
        return names.get((field.related_model, value), deleted)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return gettext("yes") if value else gettext("no")
    if isinstance(value, int):
        return thousands(value)
    if isinstance(value, datetime):
        return date_format(timezone.localtime(value), "j M Y H:i") if timezone.is_aware(value) else str(value)
    if isinstance(value, date):
        return date_format(value, "j M Y")
    text = str(value)
    return text if len(text) <= 200 else text[:199] + "…"
