"""The NGO staff's workplace. Thin: every write goes through tracker.services."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from tracker import services
from tracker.admin_forms import FigureForm, save_figure_form
from tracker.admin_review import RegionPageView, ReviewViews
from tracker.models import (
    DisplacementFigure,
    Event,
    FigureCorroboration,
    HouseholdSize,
    Region,
    RegionAlias,
    ReportingBody,
    ReportingBodyAlias,
    Source,
)
from tracker.readings import counted


def _report_error(modeladmin, request, exc: Exception) -> None:
    text = "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
    modeladmin.message_user(request, text, level=messages.ERROR)


# ------------------------------------------------------------------------------------------- regions


class RegionAliasInline(admin.TabularInline):
    model = RegionAlias
    fields = ["name"]
    extra = 1


class RegionForm(forms.ModelForm):
    class Meta:
        model = Region
        fields = ["name", "level", "parent", "pcode"]


@admin.register(Region)
class RegionAdmin(RegionPageView, SimpleHistoryAdmin):
    form = RegionForm
    list_display = ["name", "level", "pcode", "parent", "alias_list", "overview_link"]
    list_filter = ["level"]
    search_fields = ["name", "pcode", "aliases__name"]
    autocomplete_fields = ["parent"]
    inlines = [RegionAliasInline]
    list_select_related = ["parent"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("aliases")

    def get_search_results(self, request, queryset, search_term):
        queryset, _ = super().get_search_results(request, queryset, search_term)
        return queryset.distinct(), False

    @admin.display(description="page")
    def overview_link(self, obj):
        return format_html(
            '<a href="{}">chart and figures</a>', reverse("admin:tracker_region_overview", args=[obj.pk])
        )

    @admin.display(description="aliases")
    def alias_list(self, obj):
        return ", ".join(alias.name for alias in obj.aliases.all())

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        if change:
            services.update_region(
                region=obj, name=data["name"], level=data["level"], pcode=data["pcode"], parent=data["parent"]
            )
        else:
            created = services.create_region(
                name=data["name"], level=data["level"], parent=data["parent"], pcode=data["pcode"]
            )
            obj.pk, obj.path, obj.depth = created.pk, created.path, created.depth

    def save_formset(self, request, form, formset, change):
        for alias_form in formset.forms:
            if not alias_form.has_changed() or not alias_form.cleaned_data:
                continue
            if alias_form.instance.pk:
                alias_form.instance.delete()
            if not alias_form.cleaned_data.get("DELETE"):
                services.add_region_alias(region=form.instance, name=alias_form.cleaned_data["name"])


# ------------------------------------------------------------------------------------ reporting bodies


class ReportingBodyAliasInline(admin.TabularInline):
    model = ReportingBodyAlias
    fields = ["name"]
    extra = 1


@admin.register(ReportingBody)
class ReportingBodyAdmin(SimpleHistoryAdmin):
    list_display = ["name", "acronym", "kind", "reliability", "figure_count"]
    list_filter = ["kind", "reliability"]
    search_fields = ["name", "acronym", "aliases__name"]
    inlines = [ReportingBodyAliasInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(figure_count=Count("figures", distinct=True))

    @admin.display(description="figures", ordering="figure_count")
    def figure_count(self, obj):
        return f"{obj.figure_count:,}"

    def save_formset(self, request, form, formset, change):
        for alias_form in formset.forms:
            if not alias_form.has_changed() or not alias_form.cleaned_data:
                continue
            alias = alias_form.instance
            if alias.pk:
                alias.delete()
            if not alias_form.cleaned_data.get("DELETE"):
                try:
                    services.add_body_alias(body=form.instance, name=alias_form.cleaned_data["name"])
                except ValidationError as exc:
                    _report_error(self, request, exc)


# -------------------------------------------------------------------------------------------- figures


class FigureInline(admin.TabularInline):
    model = DisplacementFigure
    form = FigureForm
    fk_name = "source"
    fields = [
        "value",
        "qualifier",
        "unit",
        "persons",
        "term",
        "category",
        "period_start",
        "period_end",
        "region",
        "reporting_body",
        "status",
    ]
    readonly_fields = ["persons", "status"]
    autocomplete_fields = ["region", "reporting_body"]
    extra = 0
    show_change_link = True


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ["title", "publisher", "published_on", "figure_count", "created_at"]
    list_filter = ["publisher", ("published_on", admin.DateFieldListFilter)]
    search_fields = ["title", "url", "text"]
    autocomplete_fields = ["publisher"]
    date_hierarchy = "published_on"
    readonly_fields = ["content_hash", "created_at", "updated_at"]
    inlines = [FigureInline]
    list_select_related = ["publisher"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(figure_count=Count("figures"))

    @admin.display(description="figures", ordering="figure_count")
    def figure_count(self, obj):
        return f"{obj.figure_count:,}"

    def save_model(self, request, obj, form, change):
        if change:
            obj.content_hash = services.content_hash(obj.text)
            obj.save()
            return
        source, created = services.store_source(
            title=obj.title, text=obj.text, url=obj.url, publisher=obj.publisher, published_on=obj.published_on
        )
        if not created:
            messages.warning(request, "This text was already stored: you are looking at the existing source.")
        obj.pk, obj.content_hash = source.pk, source.content_hash

    def save_formset(self, request, form, formset, change):
        for figure_form in formset.forms:
            if figure_form.has_changed() and figure_form.cleaned_data and not figure_form.cleaned_data.get("DELETE"):
                save_figure_form(request, figure_form, source=form.instance)


class CorroborationInline(admin.TabularInline):
    model = FigureCorroboration
    fields = ["source", "quote", "created_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = "other documents reporting this figure"

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(DisplacementFigure)
class DisplacementFigureAdmin(ReviewViews, SimpleHistoryAdmin):
    form = FigureForm
    list_display = [
        "__str__",
        "value_display",
        "persons_display",
        "term",
        "category",
        "period_start",
        "period_end",
        "region",
        "reporting_body",
        "status",
        "role",
    ]
    list_filter = [
        "status",
        "term",
        "unit",
        "category",
        "role",
        "qualifier",
        "reporting_body",
        "event",
        ("region", admin.RelatedOnlyFieldListFilter),
        ("period_end", admin.DateFieldListFilter),
    ]
    search_fields = ["quote", "notes", "region__name", "region__pcode", "reporting_body__name", "source__title"]
    autocomplete_fields = ["region", "reporting_body", "source", "event"]
    date_hierarchy = "period_end"
    list_select_related = ["region", "reporting_body"]
    readonly_fields = [
        "persons", "status", "entered_by", "reviewed_by", "reviewed_at", "created_at", "updated_at",
        "raw_location", "extraction_rule",
    ]  # fmt: skip
    actions = ["send_to_review", "verify", "reject"]
    inlines = [CorroborationInline]
    fieldsets = [
        ("How many", {"fields": ["value", "value_high", "qualifier", "unit", "household_size", "persons"]}),
        ("What happened", {"fields": ["term", "category", "period_start", "period_end", "period_accuracy"]}),
        ("Where and on whose word", {"fields": ["region", "reporting_body", "event", "source"]}),
        ("Quote", {"fields": ["quote", "quote_start", "quote_end"]}),
        ("Review", {"fields": ["role", "status", "entered_by", "reviewed_by", "reviewed_at", "notes"]}),
        ("How it was found", {"fields": ["raw_location", "extraction_rule"], "classes": ["collapse"]}),
        ("Record", {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(document_count=Count("corroborations") + 1)

    @admin.display(description="documents", ordering="document_count")
    def documents(self, obj):
        return obj.document_count if obj.source_id else obj.document_count - 1

    @admin.display(description="review")
    def review_link(self, obj):
        return format_html('<a href="{}">review</a>', reverse("admin:tracker_displacementfigure_review", args=[obj.pk]))

    @admin.display(description="persons", ordering="persons")
    def persons_display(self, obj):
        return "—" if obj.persons is None else f"{obj.persons:,}"

    @admin.display(description="reported", ordering="value")
    def value_display(self, obj):
        text = f"{obj.get_qualifier_display().lower()} {obj.value:,}" if obj.qualifier != "exact" else f"{obj.value:,}"
        if obj.value_high:
            text += f"–{obj.value_high:,}"
        return format_html("{} {}", text, obj.get_unit_display().lower())

    def save_model(self, request, obj, form, change):
        saved = save_figure_form(request, form)
        obj.pk = saved.pk

    @admin.action(description="Send selected figures to review", permissions=["change"])
    def send_to_review(self, request, queryset):
        count = services.send_figures_to_review(figures=list(queryset), user=request.user)
        self.message_user(request, f"{counted(count, 'figure', 'figures')} sent to review.")

    @admin.action(description="Verify selected figures", permissions=["verify"])
    def verify(self, request, queryset):
        try:
            count = services.verify_figures(figures=list(queryset), reviewer=request.user)
        except (PermissionDenied, ValidationError) as exc:
            return _report_error(self, request, exc)
        self.message_user(request, f"{counted(count, 'figure', 'figures')} verified.")

    @admin.action(description="Reject selected figures", permissions=["verify"])
    def reject(self, request, queryset):
        try:
            count = services.reject_figures(
                figures=list(queryset), reviewer=request.user, reason=f"rejected in bulk by {request.user}"
            )
        except (PermissionDenied, ValidationError) as exc:
            return _report_error(self, request, exc)
        self.message_user(request, f"{counted(count, 'figure', 'figures')} rejected.")

    def has_verify_permission(self, request):
        return request.user.has_perm("tracker.verify_displacementfigure")


@admin.register(Event)
class EventAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "start_date", "end_date"]
    list_filter = ["kind"]
    search_fields = ["name", "description"]
    autocomplete_fields = ["regions"]
    date_hierarchy = "start_date"


@admin.register(HouseholdSize)
class HouseholdSizeAdmin(admin.ModelAdmin):
    list_display = ["country", "year", "size", "reference"]
    list_filter = ["year"]
    search_fields = ["country__name"]
    autocomplete_fields = ["country"]
    list_select_related = ["country"]
