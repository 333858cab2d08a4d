from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from tracker.choices import Term
from tracker.models import Region


def _validate_terms(value):
    if not isinstance(value, list) or any(term not in Term.values for term in value):
        raise ValidationError(f"Terms must be a list drawn from: {', '.join(Term.values)}.")


class Subscription(models.Model):
    """Someone who gets the weekly summary for the regions (and their subtrees) and terms they follow."""

    email = models.EmailField()
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    regions = models.ManyToManyField(
        Region, blank=True, related_name="subscriptions", help_text="None means every region."
    )
    terms = models.JSONField(
        default=list, blank=True, validators=[_validate_terms], help_text="None means every term but returns."
    )
    active = models.BooleanField(default=True)
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The weekly summary is written in this language."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["email"]

    def __str__(self) -> str:
        return self.email


class DispatchStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENDING = "sending", _("Sending (not confirmed: never sent again by itself)")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed (will be retried)")
    SKIPPED = "skipped", _("Skipped (subscription inactive)")


class SummaryDispatch(models.Model):
    """The one summary a subscription gets for an ISO week. Unique on the week itself, so it is sent once."""

    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="dispatches")
    iso_week = models.CharField(max_length=8, help_text="e.g. 2020-W06")
    status = models.CharField(max_length=8, choices=DispatchStatus.choices, default=DispatchStatus.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    error_text = models.TextField(blank=True, default="")
    claimed_at = models.DateTimeField(null=True, blank=True, help_text="When sending began.")
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-iso_week", "subscription"]
        verbose_name_plural = "summary dispatches"
        constraints = [
            models.UniqueConstraint(fields=["subscription", "iso_week"], name="one_summary_per_subscription_week")
        ]

    def __str__(self) -> str:
        return f"{self.subscription} {self.iso_week}"
