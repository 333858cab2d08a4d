"""Token authentication in one query: the token, its user and the user's permissions together.

Knox's own TokenAuthentication runs two queries per request (the token with its user, then every token of that
user, to delete the expired ones), and the role check then runs two more (the user's permissions and their
groups'), again on every request because the user is loaded afresh each time. Here one query reads the token
row, the user and both permission lists; the permissions go where Django's ModelBackend keeps its per-user cache,
so `has_perm` anywhere in the request (the role check, `figures_visible_to`) asks the database nothing more.

Same rules as knox: the token is found by its key and checked against its stored SHA-512 digest in constant time;
an expired token is refused (401) and deleted as it is presented; an inactive user's token is refused. Other
expired tokens of the same user are not looked for on each request: each is deleted when it is next presented,
and the token admin lists them as expired meanwhile.
"""

import binascii
from hmac import compare_digest

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from knox.auth import TokenAuthentication as KnoxTokenAuthentication
from knox.crypto import hash_token
from knox.settings import CONSTANTS, knox_settings
from knox.signals import token_expired
from rest_framework import exceptions

from api.selectors import tokens_with_permissions
from tracker.selectors import prime_region_scope


def prime_permission_cache(user, *, user_perms, group_perms) -> None:
    """Fill ModelBackend's per-user permission cache (the attributes it reads before querying)."""
    if user_perms is None or not user.is_active or user.is_superuser:  # not read (SQLite), or not needed:
        return  # superusers' has_perm answers True without asking the backend
    user._user_perm_cache = set(user_perms or ())
    user._group_perm_cache = set(group_perms or ())
    user._perm_cache = user._user_perm_cache | user._group_perm_cache


class TokenAuthentication(KnoxTokenAuthentication):
    def authenticate_credentials(self, token):
        msg = _("Invalid token.")
        token = token.decode("utf-8")
        try:
            digest = hash_token(token)
        except (TypeError, binascii.Error, ValueError) as exc:
            raise exceptions.AuthenticationFailed(msg) from exc
        for auth_token in tokens_with_permissions(token_key=token[: CONSTANTS.TOKEN_KEY_LENGTH]):
            if not compare_digest(digest, auth_token.digest):
                continue
            if auth_token.expiry is not None and auth_token.expiry < timezone.now():
                username = auth_token.user.get_username()
                auth_token.delete()
                token_expired.send(sender=self.__class__, username=username, source="auth_token")
                break
            if knox_settings.AUTO_REFRESH and auth_token.expiry:
                self.renew_token(auth_token)
            prime_permission_cache(auth_token.user, user_perms=getattr(auth_token, "user_perms", None),
                                   group_perms=getattr(auth_token, "group_perms", None))  # fmt: skip
            if hasattr(auth_token, "team_rows") and auth_token.user.is_active and not auth_token.user.is_superuser:
                prime_region_scope(auth_token.user, team_rows=auth_token.team_rows)
            return self.validate_user(auth_token)
        raise exceptions.AuthenticationFailed(msg)
