"""The signed token in an unsubscribe link: the subscription's id, signed, without expiry (a link in a months-old
e-mail must still work). Pure functions, no database."""

from django.core import signing

_UNSUBSCRIBE_SALT = "summaries.unsubscribe"


def unsubscribe_token(subscription) -> str:
    return signing.Signer(salt=_UNSUBSCRIBE_SALT).sign(str(subscription.pk))


def subscription_id(token: str) -> int:
    """The id a token names; signing.BadSignature for a forged or damaged token."""
    return int(signing.Signer(salt=_UNSUBSCRIBE_SALT).unsign(token))
