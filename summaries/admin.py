from django.contrib import admin
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from summaries.models import Subscription, SummaryDispatch
from summaries.services import compose_summary
from summaries.weeks import parse_iso_week, previous_week


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ["email", "user", "active", "region_list", "created_at", "preview_link"]
    list_filter = ["active"]
    search_fields = ["email", "user__username"]
    autocomplete_fields = ["regions", "user"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user").prefetch_related("regions")

    @admin.display(description="regions")
    def region_list(self, obj):
        return ", ".join(r.name for r in obj.regions.all()) or "everything"

    @admin.display(description="summary")
    def preview_link(self, obj):
        return format_html('<a href="{}">preview</a>', reverse("admin:summaries_subscription_preview", args=[obj.pk]))

    def get_urls(self):
        preview = self.admin_site.admin_view(self.preview)
        return [path("<int:pk>/preview/", preview, name="summaries_subscription_preview"), *super().get_urls()]

    def preview(self, request, pk):
        """This subscription's summary as its HTML part renders, the chart inlined, for a week (?week=2020-W06)."""
        if not self.has_view_permission(request):
            return HttpResponse(status=403)
        subscription = get_object_or_404(Subscription, pk=pk)
        week = request.GET.get("week")
        try:
            monday = parse_iso_week(week) if week else previous_week(timezone.localdate())
        except ValueError as exc:
            return HttpResponse(str(exc), status=400, content_type="text/plain")
        message = compose_summary(subscription=subscription, monday=monday)
        html = message.alternatives[0][0]
        chart = next(a for a in message.attachments if getattr(a, "get", None) and a.get("Content-ID"))
        data = chart.get_payload().replace("\n", "")
        return HttpResponse(html.replace("cid:weekly-chart", f"data:image/png;base64,{data}"))


@admin.register(SummaryDispatch)
class SummaryDispatchAdmin(admin.ModelAdmin):
    list_display = ["subscription", "iso_week", "status", "attempts", "sent_at", "error_text"]
    list_filter = ["status", "iso_week"]
    search_fields = ["subscription__email"]
    list_select_related = ["subscription"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
