"""Who may do what: a model permission per HTTP method, read through the user's groups."""

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
            return user.has_perm(special)
        model = getattr(view, "permission_model", "displacementfigure")
        return user.has_perm(f"tracker.{_ACTIONS.get(request.method, 'change')}_{model}")
