from django.contrib import admin, messages

from ingest import tasks
from ingest.models import Feed, FeedItem, FeedRun
from ingest.selectors import feeds_with_health
from tracker.readings import counted


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = [
        "name", "kind", "active", "last_outcome", "last_started_at", "last_items_new", "last_items_failed",
        "consecutive_failures", "next_poll_at",
    ]  # fmt: skip
    list_filter = ["kind", "active"]
    search_fields = ["name", "url"]
    autocomplete_fields = ["default_body"]
    readonly_fields = ["etag", "last_modified", "consecutive_failures", "last_polled_at"]
    actions = ["poll_now"]

    def get_queryset(self, request):
        return feeds_with_health()

    @admin.display(description="last run")
    def last_outcome(self, obj):
        return obj.last_outcome or "never run"

    @admin.display(description="last run at")
    def last_started_at(self, obj):
        return obj.last_started_at

    @admin.display(description="new")
    def last_items_new(self, obj):
        return obj.last_items_new

    @admin.display(description="failed")
    def last_items_failed(self, obj):
        return obj.last_items_failed

    @admin.action(description="Poll now", permissions=["change"])
    def poll_now(self, request, queryset):
        for feed in queryset:
            tasks.poll_feed.delay_on_commit(feed.pk)
        queued = counted(queryset.count(), "feed", "feeds")
        self.message_user(request, f"{queued} queued for polling.", messages.SUCCESS)


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
