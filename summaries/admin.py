from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import escape, format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from summaries.models import Subscription, SummaryDispatch
from summaries.services import compose_summary
from summaries.weeks import parse_iso_week, previous_week


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ["email", "user", "active", "language", "region_list", "created_at", "preview_link"]
    list_filter = ["active", "language"]
    search_fields = ["email", "user__username"]
    autocomplete_fields = ["regions", "user"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user").prefetch_related("regions")

    @admin.display(description=_("regions"))
    def region_list(self, obj):
        return ", ".join(r.name for r in obj.regions.all()) or gettext("everything")

    @admin.display(description=_("summary"))
    def preview_link(self, obj):
        url = reverse("admin:summaries_subscription_preview", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, gettext("preview"))

    def get_urls(self):
        preview = self.admin_site.admin_view(self.preview)
        chart = self.admin_site.admin_view(self.preview_chart)
        return [path("<int:pk>/preview/", preview, name="summaries_subscription_preview"),
                path("<int:pk>/preview/chart.png", chart, name="summaries_subscription_preview_chart"),
                *super().get_urls()]  # fmt: skip

    def _message(self, request, pk):
        if not self.has_view_permission(request):
            raise PermissionDenied
        subscription = get_object_or_404(Subscription, pk=pk)
        week = request.GET.get("week")
        monday = parse_iso_week(week) if week else previous_week(timezone.localdate())
        return compose_summary(subscription=subscription, monday=monday)

    def preview(self, request, pk):
        """This subscription's summary as its HTML part renders, for a week (?week=2020-W06); the chart is served
        from the admin (not inlined as data:, which a strict Content-Security-Policy refuses)."""
        try:
            message = self._message(request, pk)
        except ValueError as exc:
            return HttpResponse(str(exc), status=400, content_type="text/plain")
        html = message.alternatives[0][0]
        chart = reverse("admin:summaries_subscription_preview_chart", args=[pk]) + "?" + request.GET.urlencode()
        response = HttpResponse(html.replace("cid:weekly-chart", escape(chart)))
        # the e-mail's HTML carries its styles inline (mail clients need them): allow those, and nothing else
        response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'"
        return response

    def preview_chart(self, request, pk):
        try:
            message = self._message(request, pk)
        except ValueError as exc:
            return HttpResponse(str(exc), status=400, content_type="text/plain")
        chart = next((a for a in message.attachments if getattr(a, "get", None) and a.get("Content-ID")), None)
        if chart is None:
            return HttpResponse("No data to chart for this week.", status=404, content_type="text/plain")
        return HttpResponse(chart.get_payload(decode=True), content_type="image/png")


@admin.register(SummaryDispatch)
class SummaryDispatchAdmin(admin.ModelAdmin):
    list_display = ["subscription", "iso_week", "status", "attempts", "claimed_at", "sent_at", "error_text"]
    list_filter = ["status", "iso_week"]
    search_fields = ["subscription__email"]
    list_select_related = ["subscription"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
