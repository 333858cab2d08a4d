"""Who may do what: a model permission per HTTP method, read through the user's groups."""

from django.utils.translation import gettext as _
from rest_framework.permissions import BasePermission

_ACTIONS = {"GET": "view", "HEAD": "view", "OPTIONS": "view", "POST": "add", "PUT": "change", "PATCH": "change",
            "DELETE": "delete"}  # fmt: skip


class RolePermission(BasePermission):
    """Anonymous: nothing. Partners: read. Editors: write. Reviewers: verify and delete. Superusers: everything.

    A view names its model (`permission_model`); an action may demand a permission of its own
    (`required_permission`, e.g. verify).
    """

    def has_permission(self, request, view) -> bool:
        user = request.user
        if not (user and user.is_authenticated):
            return False
        action = getattr(view, "action", None)
        special = getattr(view, "action_permissions", {}).get(action)
        if special:
            allowed = user.has_perm(special)
        else:
            model = getattr(view, "permission_model", "displacementfigure")
            allowed = user.has_perm(f"tracker.{_ACTIONS.get(request.method, 'change')}_{model}")
        if not allowed:  # DRF answers 403 with this instance's message: say which role it takes
            self.message = _needs(special or request.method)
        return allowed


def _needs(what: str) -> str:
    if what == "tracker.verify_displacementfigure":
        return _("Only a reviewer may verify or reject a figure.")
    if what in ("GET", "HEAD", "OPTIONS"):
        return _("Your account has no role that may read this (partner, editor or reviewer): ask an administrator.")
    if what == "DELETE":
        return _("Only a reviewer may delete this.")
    return _("Only an editor or a reviewer may change this.")
