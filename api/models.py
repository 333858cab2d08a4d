"""API tokens: knox's AuthToken (third-party, stored hashed) plus what the team needs to know about each one.

Knox's table is left as knox ships it. `ApiToken` is a proxy of it (its admin pages and permissions live in this
app); `TokenInfo` is a companion row, one per token and deleted with it, holding the name, the purpose, who issued
it and whether the demo loader created it (the only tokens the demo loader ever revokes).
"""

from django.conf import settings
from django.db import models
from knox.models import AuthToken


class ApiToken(AuthToken):
    class Meta:
        proxy = True
        verbose_name = "API token"
        verbose_name_plural = "API tokens"

    def __str__(self) -> str:
        info = getattr(self, "info", None)
        name = info.name if info else "token"
        return f"{name} ({self.token_key[:8]}…) for {self.user}"


class TokenInfo(models.Model):
    token = models.OneToOneField(AuthToken, primary_key=True, on_delete=models.CASCADE, related_name="info")
    name = models.CharField(max_length=100, help_text="Whom or what the token is for, e.g. 'UNHCR dashboard sync'.")
    purpose = models.TextField(blank=True, default="", help_text="What it is used for; who to ask before revoking.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    demo = models.BooleanField(default=False, help_text="Issued by the demo loader, which may replace it.")
    regions = models.ManyToManyField(
        "tracker.Region", blank=True, related_name="+",
        help_text="Limit the token to these regions' subtrees (every endpoint, totals and exports); none: no limit.",
    )  # fmt: skip

    def __str__(self) -> str:
        return self.name


class TokenUsage(models.Model):
    """How many requests one API token made on one day; for the HAPI-shaped endpoint, per `app_identifier`.

    Copied from Redis counters by `api.services.flush_usage` (absolute counts: copying twice changes nothing).
    The token key (knox's first characters of the token) stays when the token is revoked.
    """

    day = models.DateField()
    token_key = models.CharField(max_length=25, help_text="The token's first characters (knox's token key).")
    token = models.ForeignKey(AuthToken, null=True, blank=True, on_delete=models.SET_NULL, related_name="usage")
    app_identifier = models.CharField(
        max_length=200, blank=True, default="", help_text="HAPI calls' app_identifier parameter, as sent."
    )
    requests = models.PositiveBigIntegerField(default=0)
    flushed_at = models.DateTimeField(help_text="When the count was last copied from Redis.")

    class Meta:
        verbose_name = "API usage (requests per token per day)"
        verbose_name_plural = "API usage (requests per token per day)"
        ordering = ["-day", "-requests"]
        constraints = [
            models.UniqueConstraint(fields=["day", "token_key", "app_identifier"], name="token_usage_once_per_day"),
        ]

    def __str__(self) -> str:
        return f"{self.token_key} on {self.day}: {self.requests}"
