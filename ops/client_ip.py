"""The client's address for sign-in throttling: the connecting address, or, behind TRUSTED_PROXY_COUNT reverse
proxies that each append to X-Forwarded-For, the address the outermost trusted proxy saw. Anything a client put
in the header itself sits further left and is never used."""

from django.conf import settings


def client_ip(request) -> str:
    count = settings.TRUSTED_PROXY_COUNT
    if count > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR", "")
