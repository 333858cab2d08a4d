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
