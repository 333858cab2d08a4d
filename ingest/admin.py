import re
from http import HTTPStatus

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.timesince import timesince, timeuntil
from django.utils.translation import gettext_lazy as _

from ingest import tasks
from ingest.http import url_refusal
from ingest.models import Feed, FeedItem, FeedRun, RunOutcome
from ingest.selectors import feeds_for_admin
from ops.admin_widgets import SafeAutocompleteAdmin

_HTTP = re.compile(r"\bHTTP (\d{3})\b")
_ATTEMPTS = re.compile(r"\(after (\d+) attempts[^)]*\)")
_WORDS = [  # (pattern in the technical message, what it means to the person reading the feed list)
    (re.compile(r"ConnectTimeout|ReadTimeout|WriteTimeout|PoolTimeout|TimeoutException|timed out", re.I),
     "the server did not answer in time"),
    (re.compile(r"ConnectError|Name or service not known|Connection refused|nodename", re.I),
     "could not connect to the server (check the address; the site may be down)"),
    (re.compile(r"UnsupportedProtocol|Request URL is missing", re.I), "the feed has no http(s) address"),
    (re.compile(r"byte cap"), "the feed is larger than the size limit (INGEST_MAX_BYTES)"),
    (re.compile(r"malformed feed"), "what the address returned is not a readable RSS or Atom feed"),
    (re.compile(r"not valid JSON"), "what the address returned is not JSON"),
]  # fmt: skip


def error_in_words(error_text: str) -> str:
    """A run's error text, as a sentence a data officer understands (the technical text stays on the feed's page)."""
    first = (error_text or "").strip().splitlines()[0] if (error_text or "").strip() else ""
    if not first:
        return ""
    detail = re.sub(r"^\S+://\S+: ", "", first)
    attempts = _ATTEMPTS.search(first)
    tries = f", {attempts.group(1)} attempts" if attempts else ""
    status = _HTTP.search(first)
    if status:
        code = int(status.group(1))
        phrase = HTTPStatus(code).phrase if code in HTTPStatus._value2member_map_ else ""
        if code == 404 or code == 410:
            return f"the address was not found (HTTP {code} {phrase}): check the feed's address"
        if code in (401, 403):
            return f"the server refused access (HTTP {code} {phrase}): a key or permission is needed"
        if code >= 500:
            return f"the server had an error (HTTP {code} {phrase}{tries})"
        return f"the server answered HTTP {code} {phrase}".rstrip()
    for pattern, words in _WORDS:
        if pattern.search(first):
            return words + tries
    return _ATTEMPTS.sub("", detail).strip()


def _minutes(minutes: float) -> str:
    if minutes >= 1440 and minutes % 1440 == 0:
        return f"{int(minutes // 1440)} d"
    if minutes >= 60:
        return f"{minutes / 60:.0f} h" if minutes % 60 == 0 else f"{minutes / 60:.1f} h"
    return f"{minutes:.0f} min"


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class FeedForm(forms.ModelForm):
    class Meta:
        model = Feed
        fields = ["name", "url", "kind", "default_body", "active", "poll_interval_minutes"]
        help_texts = {"url": "The http(s) address the tracker polls (an RSS/Atom feed, an API query or a CSV)."}

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("active") and not cleaned.get("url"):
            self.add_error("url", "An active feed needs an http(s) address to poll.")
        if cleaned.get("url") and (reason := url_refusal(cleaned["url"])):
            self.add_error("url", f"The tracker would refuse to fetch this address: {reason}.")
        return cleaned


def refusal(feed: Feed) -> str:
    """Why a feed cannot be polled now ('' when it can)."""
    if not feed.active:
        return f"'{feed}' is inactive: tick Active on its page first"
    if not feed.url:
        return f"'{feed}' has no address to poll"
    return ""


@admin.register(Feed)
class FeedAdmin(SafeAutocompleteAdmin, admin.ModelAdmin):
    form = FeedForm
    list_display = ["name", "kind", "active", "health", "last_success", "next_poll", "backoff"]
    list_filter = ["kind", "active"]
    search_fields = ["name", "url"]
    autocomplete_fields = ["default_body"]
    readonly_fields = ["health", "last_error_text", "last_success", "next_poll", "backoff", "etag", "last_modified",
                       "last_polled_at"]  # fmt: skip
    actions = ["poll_now"]
    change_form_template = "admin/ingest/feed/change_form.html"

    def get_queryset(self, request):
        return feeds_for_admin()

    def get_fieldsets(self, request, obj=None):
        main = ["name", "url", "kind", "default_body", "active", "poll_interval_minutes"]
        if obj is None:
            return [(None, {"fields": main})]
        health = ["health", "last_error_text", "last_success", "next_poll", "backoff", "last_polled_at", "etag",
                  "last_modified"]  # fmt: skip
        return [(None, {"fields": main}), ("Health", {"fields": health})]

    def get_object(self, request, object_id, from_field=None):
        return feeds_for_admin().filter(pk=object_id).first()

    def get_urls(self):
        poll = path("<int:pk>/poll/", self.admin_site.admin_view(self.poll_view), name="ingest_feed_poll")
        return [poll, *super().get_urls()]

    @admin.display(description=_("health"))
    def health(self, obj):
        outcome = getattr(obj, "last_outcome", None)
        if not outcome:
            return "never polled"
        words = error_in_words(getattr(obj, "last_error", ""))
        when = timesince(obj.last_started_at) if obj.last_started_at else ""
        if outcome == RunOutcome.FAILED:
            return format_html(
                '<span class="feed-failed" style="color:var(--error-fg)" title="{}">'
                "<strong>Failed</strong> {} ago: {}</span>",
                obj.last_error[:500], when, words,
            )  # fmt: skip
        if outcome == RunOutcome.PARTIAL:
            return format_html('<span class="feed-partial" title="{}"><strong>Partly failed</strong> {} ago: '
                               "{} item(s) failed, first: {}</span>", obj.last_error[:500], when,
                               obj.last_items_failed, words)  # fmt: skip
        if outcome == RunOutcome.RUNNING:
            return f"polling since {when} ago"
        label = "no change" if outcome == RunOutcome.NOT_MODIFIED else f"{obj.last_items_new} new item(s)"
        return format_html('<span class="feed-ok">OK {} ago: {}</span>', when, label)

    @admin.display(description=_("last error (as recorded)"))
    def last_error_text(self, obj):
        return getattr(obj, "last_error", "") or "—"

    @admin.display(description=_("last success"))
    def last_success(self, obj):
        at = getattr(obj, "last_success_at", None)
        return f"{timesince(at)} ago" if at else "never"

    @admin.display(description=_("next poll"), ordering="next_poll_at")
    def next_poll(self, obj):
        if not obj.active:
            return "paused (inactive)"
        if not obj.url:
            return "never (no address)"
        if obj.next_poll_at is None or obj.next_poll_at <= timezone.now():
            return "due now (within a minute)"
        return f"in {timeuntil(obj.next_poll_at)}"

    @admin.display(description=_("backoff"))
    def backoff(self, obj):
        if not obj.consecutive_failures:
            return "—"
        normal = _minutes(obj.poll_interval_minutes)
        if obj.next_poll_at and obj.last_polled_at:
            waiting = _minutes((obj.next_poll_at - obj.last_polled_at).total_seconds() // 60)
            return f"{obj.consecutive_failures} failure(s) in a row: waits {waiting} (normally {normal})"
        return f"{obj.consecutive_failures} failure(s) in a row"

    def _poll(self, request, feeds):
        queued, refused = [], []
        for feed in feeds:
            reason = refusal(feed)
            if reason:
                refused.append(reason)
                continue
            tasks.poll_feed.delay_on_commit(feed.pk)
            queued.append(str(feed))
        for reason in refused:
            self.message_user(request, f"Not polled: {reason}.", messages.WARNING)
        if queued:
            self.message_user(
                request,
                f"Polling {', '.join(queued)} now; refresh in a moment to see the outcome.",
                messages.SUCCESS,
            )

    @admin.action(description=_("Poll now"), permissions=["change"])
    def poll_now(self, request, queryset):
        self._poll(request, queryset)

    def poll_view(self, request, pk):
        feed = get_object_or_404(Feed, pk=pk)
        if not self.has_change_permission(request, feed):
            raise PermissionDenied
        if request.method != "POST":
            return HttpResponseRedirect(reverse("admin:ingest_feed_change", args=[feed.pk]))
        self._poll(request, [feed])
        return HttpResponseRedirect(reverse("admin:ingest_feed_changelist"))


@admin.register(FeedRun)
class FeedRunAdmin(ReadOnlyAdmin):
    list_display = [
        "feed", "started_at", "finished_at", "outcome", "items_seen", "items_new", "items_duplicate", "items_failed",
    ]  # fmt: skip
    list_filter = ["outcome", "feed"]
    list_select_related = ["feed"]
    date_hierarchy = "started_at"


@admin.register(FeedItem)
class FeedItemAdmin(ReadOnlyAdmin):
    list_display = ["title", "feed", "status", "published_on", "attempts", "processed_at"]
    list_filter = ["status", "feed"]
    search_fields = ["title", "canonical_url"]
    list_select_related = ["feed"]
