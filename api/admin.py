"""API tokens in the admin: issued from a user's page or the token list (user autocomplete, a name, an expiry by
default), shown once, listed by prefix, revoked by deleting. Only administrators (the `api.add_apitoken` and
`api.delete_apitoken` permissions: superusers, or whom an admin grants them) see these pages."""

import secrets

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.widgets import AdminSplitDateTime
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.timesince import timeuntil
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from knox.models import AuthToken

from api import services
from api.models import ApiToken, TokenInfo, TokenUsage
from api.selectors import tokens_for_admin, tokens_with_last_use, usage_for_admin
from api.usage import decoded_app_identifier
from ops.admin_widgets import SafeAutocompleteSelect, SafeAutocompleteSelectMultiple
from tracker.models import Region

User = get_user_model()
ISSUED_SESSION_PREFIX = "api-token-issued-"

if admin.site.is_registered(AuthToken):  # knox's own page lists the 128-character digest and asks for a user id
    admin.site.unregister(AuthToken)


def _prefix(token) -> str:
    return f"{token.token_key[:8]}…"


def _expiry_text(expiry) -> str:
    if expiry is None:
        return _("never")
    if expiry <= timezone.now():
        return _("expired")
    return _("in %(time)s (%(date)s)") % {"time": timeuntil(expiry), "date": f"{expiry:%Y-%m-%d}"}


class IssueTokenForm(forms.Form):
    user = forms.ModelChoiceField(
        queryset=User.objects.filter(is_active=True), help_text="Type a username, name or e-mail address."
    )
    name = forms.CharField(max_length=100, help_text="Whom or what it is for, e.g. 'UNHCR dashboard sync'.")
    purpose = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
        help_text="What it is used for, and whom to ask before revoking it.",
    )  # fmt: skip
    expires_at = forms.SplitDateTimeField(
        label="Expires", widget=AdminSplitDateTime, help_text="Default: 180 days from now."
    )
    regions = forms.ModelMultipleChoiceField(
        queryset=Region.objects.all(), required=False,
        help_text="Limit the token to these regions and every place inside them, on every endpoint (figures, "
        "totals, HAPI, exports). Leave empty for no limit beyond the user's own.",
    )  # fmt: skip

    def __init__(self, *args, admin_site, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].widget = SafeAutocompleteSelect(ApiToken._meta.get_field("user"), admin_site)
        self.fields["user"].widget.choices = self.fields["user"].choices
        self.fields["regions"].widget = SafeAutocompleteSelectMultiple(TokenInfo._meta.get_field("regions"), admin_site)
        self.fields["regions"].widget.choices = self.fields["regions"].choices
        ttl = services.default_token_expiry() - timezone.now()
        self.fields["expires_at"].help_text = (
            f"Default: {round(ttl.total_seconds() / 86400)} days from now (API_TOKEN_TTL_DAYS); "
            f"at most {settings.API_TOKEN_MAX_DAYS} days. Times are {timezone.get_current_timezone_name()}."
        )


class ExpiryFilter(admin.SimpleListFilter):
    title = "state"
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [("valid", "valid"), ("expired", "expired (removed when next presented)")]

    def queryset(self, request, queryset):
        if self.value() == "valid":
            return queryset.exclude(expiry__lte=timezone.now())
        if self.value() == "expired":
            return queryset.filter(expiry__lte=timezone.now())
        return queryset


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["token_name", "prefix", "user_link", "expires", "created", "created_by"]
    list_display_links = ["token_name"]
    search_fields = ["info__name", "token_key", "user__username", "user__email"]
    list_filter = [ExpiryFilter]
    fields = ["token_name", "prefix", "user_link", "purpose", "reach", "created", "created_by", "expires"]
    readonly_fields = fields
    actions = ["revoke"]

    def get_queryset(self, request):
        return tokens_for_admin()

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("name"), ordering="info__name")
    def token_name(self, obj):
        info = getattr(obj, "info", None)
        return info.name if info else "(no name)"

    @admin.display(description=_("prefix"), ordering="token_key")
    def prefix(self, obj):
        return format_html("<code>{}</code>", _prefix(obj))

    @admin.display(description=_("user"), ordering="user__username")
    def user_link(self, obj):
        return format_html('<a href="{}">{}</a>', reverse("admin:auth_user_change", args=[obj.user_id]), obj.user)

    @admin.display(description=_("purpose"))
    def purpose(self, obj):
        info = getattr(obj, "info", None)
        return (info.purpose if info else "") or "—"

    @admin.display(description=_("regions"))
    def reach(self, obj):
        info = getattr(obj, "info", None)
        regions = list(info.regions.all()) if info else []
        return ", ".join(str(r) for r in regions) if regions else _("no limit")

    @admin.display(description=_("issued by"))
    def created_by(self, obj):
        info = getattr(obj, "info", None)
        if info and info.demo:
            return "demo loader"
        return (info.created_by if info else None) or "—"

    @admin.display(description=_("expires"), ordering="expiry")
    def expires(self, obj):
        return _expiry_text(obj.expiry)

    def delete_model(self, request, obj):
        services.revoke_tokens(tokens=[obj], acting_user=request.user)

    @admin.action(description=_("Revoke selected tokens"), permissions=["delete"])
    def revoke(self, request, queryset):
        """First a page listing the tokens (a partner's sync stops on a misclick), then, confirmed, the revoking."""
        if request.POST.get("post") == "yes":
            count = services.revoke_tokens(tokens=list(queryset), acting_user=request.user)
            message = ngettext("%(count)s token revoked: it no longer works.",
                               "%(count)s tokens revoked: they no longer work.", count)  # fmt: skip
            self.message_user(request, message % {"count": count}, messages.SUCCESS)
            return None
        tokens = list(tokens_with_last_use(queryset=queryset))
        context = {
            **self.admin_site.each_context(request),
            "title": _("Revoke these API tokens?"),
            "opts": self.model._meta,
            "tokens": [{"token": token, "expires": _expiry_text(token.expiry)} for token in tokens],
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/api/apitoken/revoke_confirmation.html", context)

    def get_urls(self):
        issued = path("issued/<str:key>/", self.admin_site.admin_view(self.issued_view), name="api_apitoken_issued")
        return [issued, *super().get_urls()]

    def issued_view(self, request, key):
        if not self.has_add_permission(request):
            raise PermissionDenied
        shown = request.session.pop(f"{ISSUED_SESSION_PREFIX}{key}", None)
        token = tokens_for_admin().filter(pk=shown["digest"]).first() if shown else None
        if token is None:
            self.message_user(
                request,
                "A token is shown only once, right after it is issued. If it was lost, revoke it and issue another.",
                messages.WARNING,
            )
            return HttpResponseRedirect(reverse("admin:api_apitoken_changelist"))
        context = {
            **self.admin_site.each_context(request),
            "title": "API token issued",
            "opts": self.model._meta,
            "token": token,
            "secret": shown["secret"],
            "expires": _expiry_text(token.expiry),
            "api_url": request.build_absolute_uri(reverse("api:figure-list")),
        }
        response = TemplateResponse(request, "admin/api/apitoken/issued.html", context)
        response["Cache-Control"] = "no-store"
        return response

    def add_view(self, request, form_url="", extra_context=None):
        if not self.has_add_permission(request):
            raise PermissionDenied
        initial = {"user": request.GET.get("user"), "expires_at": services.default_token_expiry()}
        form = IssueTokenForm(request.POST or None, initial=initial, admin_site=self.admin_site)
        if request.method == "POST" and form.is_valid():
            try:
                token, secret = services.issue_token(acting_user=request.user, **form.cleaned_data)
            except ValidationError as exc:
                for field, errors in exc.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                self.log_addition(request, token, [{"added": {}}])
                # Post/Redirect/Get: reloading the page must not issue a second token. The secret waits in the
                # session only until the next page shows it (once).
                key = secrets.token_urlsafe(12)
                request.session[f"{ISSUED_SESSION_PREFIX}{key}"] = {"digest": token.pk, "secret": secret}
                return HttpResponseRedirect(reverse("admin:api_apitoken_issued", args=[key]))
        fieldsets = [(None, {"fields": ["user", "name", "purpose", "expires_at", "regions"]})]
        context = {
            **self.admin_site.each_context(request),
            "title": "Issue an API token",
            "opts": self.model._meta,
            "adminform": helpers.AdminForm(form, fieldsets, {}, model_admin=self),
            "form": form,
            "errors": helpers.AdminErrorList(form, []),
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/api/apitoken/issue.html", context)


@admin.register(TokenUsage)
class TokenUsageAdmin(admin.ModelAdmin):
    """Requests per token per day (HAPI calls per app_identifier), as the flush-api-usage task copied them from
    Redis (every API_USAGE_FLUSH_SECONDS): read only."""

    list_display = ["day", "token_name", "prefix", "user", "app_identifier", "app", "requests"]
    list_display_links = None
    date_hierarchy = "day"
    search_fields = ["token__info__name", "token_key", "token__user__username", "app_identifier"]
    list_per_page = 200

    def get_queryset(self, request):
        return usage_for_admin()

    def changelist_view(self, request, extra_context=None):
        if not settings.API_USAGE_REDIS_URL:  # say it, or the page looks live while nothing is counted
            self.message_user(request, _("API usage is not being counted here: no Redis is configured "
                                         "(API_USAGE_REDIS_URL or REDIS_URL). The rows below are all there is."),
                              messages.WARNING)  # fmt: skip
        else:
            message = _(
                "Counts are copied from Redis every %(seconds)s s (the flush-api-usage task): the latest "
                "requests show after the next copy."
            )
            seconds = round(settings.CELERY_BEAT_SCHEDULE["flush-api-usage"]["schedule"])
            self.message_user(request, message % {"seconds": seconds}, messages.INFO)
        return super().changelist_view(request, extra_context)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="token", ordering="token__info__name")
    def token_name(self, obj):
        if obj.token is None:
            return "(revoked)"
        info = getattr(obj.token, "info", None)
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:api_apitoken_change", args=[obj.token_id]),
            info.name if info else "(no name)",
        )  # fmt: skip

    @admin.display(description="prefix", ordering="token_key")
    def prefix(self, obj):
        return format_html("<code>{}…</code>", obj.token_key[:8])

    @admin.display(description="user", ordering="token__user__username")
    def user(self, obj):
        return obj.token.user if obj.token else "—"

    @admin.display(description="app (decoded)")
    def app(self, obj):
        return decoded_app_identifier(obj.app_identifier) or "—"


class TokenInline(admin.TabularInline):
    model = ApiToken
    fk_name = "user"
    extra = 0
    fields = ["token_link", "prefix", "expires", "created"]
    readonly_fields = fields
    can_delete = False
    verbose_name_plural = "API tokens (open one to revoke it)"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("info")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("name"))
    def token_link(self, obj):
        info = getattr(obj, "info", None)
        url = reverse("admin:api_apitoken_change", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, info.name if info else "(no name)")

    @admin.display(description=_("prefix"))
    def prefix(self, obj):
        return format_html("<code>{}</code>", _prefix(obj))

    @admin.display(description=_("expires"))
    def expires(self, obj):
        return _expiry_text(obj.expiry)


if admin.site.is_registered(User):
    admin.site.unregister(User)


@admin.register(User)
class TrackerUserAdmin(UserAdmin):
    """Django's user admin, with the user's API tokens and an 'Issue an API token' button."""

    change_form_template = "admin/api/user_change_form.html"

    def get_inlines(self, request, obj):
        return [TokenInline] if obj is not None and request.user.has_perm(services.ISSUE_PERMISSION) else []
