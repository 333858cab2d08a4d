"""The NGO staff's workplace. Thin: every write goes through tracker.services."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminTextareaWidget
from django.core.exceptions import ValidationError
from django.db.models import Count, IntegerField, Value
from django.forms.models import construct_instance
from django.template.defaultfilters import linebreaksbr
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from ops.admin_widgets import SafeAutocompleteAdmin
from tracker import breakdown as parts_of
from tracker import services, tasks
from tracker.admin_forms import FigureForm, save_figure_form, sent_back_note
from tracker.admin_pickers import RegionListFilter, RegionPickerMixin, region_picker_media, region_search_results
from tracker.admin_review import RegionPageView, ReviewViews
from tracker.choices import FigureAction
from tracker.history import readable_history
from tracker.models import (
    DisplacementFigure,
    Event,
    FigureBreakdown,
    FigureCorroboration,
    HouseholdSize,
    Region,
    RegionAlias,
    ReportingBody,
    ReportingBodyAlias,
    Source,
    Team,
)
from tracker.selectors import body_alias_owner, figures_visible_to, region_scope, search_regions
from tracker.text import name_key


def _scoped_figure_count(request) -> Count:
    """How many figures a body or document has, counting those the user's teams may see."""
    scope = region_scope(user=request.user)
    if scope.everywhere:
        return Count("figures", distinct=True)
    if not scope.paths:
        return Value(0, output_field=IntegerField())
    return Count("figures", filter=scope.q("figures__region__"), distinct=True)


def _count(n: int) -> str:
    return ngettext("%(n)s figure", "%(n)s figures", n) % {"n": f"{n:,}"}


# ------------------------------------------------------------------------------------------- history


class ReadableHistoryAdmin(SimpleHistoryAdmin):
    """The *History* page of a record, in words as the review page tells a figure's (tracker.history): field and
    choice labels, people's names, and "the system" for what ingest, extraction and the loaders did. simple_history's
    own list wrote "Changed by: None", an empty reviewer as "Deleted user (pk=None)", dates raw and choice codes."""

    object_history_list_template = "admin/tracker/object_history_list.html"

    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        records = list(historical_records)  # the page's records, newest first (a Page keeps them once listed)
        older = records[-1].prev_record if records else None  # the page's oldest is told against the one before
        readable = readable_history(records=[*records, older] if older else records, model=self.model)
        for record, words in zip(records, readable, strict=False):
            record.readable = words


# ------------------------------------------------------------------------------------------- aliases


class AliasFormSet(forms.BaseInlineFormSet):
    """Aliases are checked as the services check them (a phrase names one body only), before anything is saved."""

    check = None  # (parent, name) -> None or ValidationError

    def clean(self):
        super().clean()
        seen = set()
        for alias_form in self.forms:
            name = (alias_form.cleaned_data or {}).get("name", "")
            if not name or alias_form.cleaned_data.get("DELETE"):
                continue
            key = name_key(name)
            if not key:
                alias_form.add_error("name", _("An alias cannot be empty."))
            elif key in seen:
                alias_form.add_error("name", _("This alias is given twice."))
            seen.add(key)
            if self.check is not None and alias_form.has_changed():
                try:
                    self.check(self.instance, name)
                except ValidationError as exc:
                    alias_form.add_error("name", exc.messages)


def _save_aliases(formset, *, add, remove) -> None:
    """Aliases are written through the services, after their parent; the admin's change message still works."""
    formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
    for alias_form in formset.forms:
        if not alias_form.has_changed() or not alias_form.cleaned_data:
            continue
        alias = alias_form.instance
        if alias.pk:
            remove(alias)
            formset.deleted_objects.append(alias)
        if not alias_form.cleaned_data.get("DELETE") and alias_form.cleaned_data.get("name"):
            created, _added = add(alias_form.cleaned_data["name"])
            formset.new_objects.append(created)


# ------------------------------------------------------------------------------------------- regions


class RegionAliasInline(admin.TabularInline):
    model = RegionAlias
    formset = AliasFormSet
    fields = ["name"]
    extra = 1


class RegionForm(forms.ModelForm):
    acting_user = None  # set per request by RegionAdmin.get_form

    class Meta:
        model = Region
        fields = ["name", "level", "parent", "pcode"]

    def clean(self):
        data = super().clean()
        scope = region_scope(user=self.acting_user)
        if not self.errors and not scope.everywhere and not scope.allows(data.get("parent")):
            self.add_error("parent", gettext("Choose a place inside your team's regions: another team keeps the rest."))
        if not self.errors:
            try:
                services.region_errors(region=self.instance, name=data["name"], level=data["level"],
                                       parent=data.get("parent"), pcode=data.get("pcode") or "")  # fmt: skip
            except ValidationError as exc:
                for name, messages in exc.message_dict.items():
                    self.add_error(name, messages)
        return data


@admin.register(Region)
class RegionAdmin(RegionPickerMixin, SafeAutocompleteAdmin, RegionPageView, ReadableHistoryAdmin):
    form = RegionForm
    list_display = ["name", "level", "pcode", "parent", "alias_list", "retired", "overview_link"]
    list_filter = ["level", "retired"]
    search_fields = ["name", "pcode", "aliases__name"]
    autocomplete_fields = ["parent"]
    inlines = [RegionAliasInline]
    list_select_related = ["parent"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("aliases")

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.acting_user = request.user
        return form

    def has_change_permission(self, request, obj=None):
        """The gazetteer is read by everyone; a team changes the places in its own regions only."""
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or region_scope(user=request.user).allows(obj))

    def get_search_results(self, request, queryset, search_term):
        if request.resolver_match and request.resolver_match.url_name == "autocomplete":
            return region_search_results(queryset, search_term), False
        queryset, _distinct = super().get_search_results(request, queryset, search_term)
        return queryset.distinct(), False

    @admin.display(description=_("page"))
    def overview_link(self, obj):
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:tracker_region_overview", args=[obj.pk]), _("chart and figures")
        )

    @admin.display(description=_("aliases"))
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
        _save_aliases(formset, add=lambda name: services.add_region_alias(region=form.instance, name=name),
                      remove=lambda alias: services.remove_region_alias(alias=alias))  # fmt: skip


# ------------------------------------------------------------------------------------ reporting bodies


def _body_alias_free(body, name) -> None:
    owner = body_alias_owner(name=name)
    if owner is not None and owner.pk != body.pk:
        raise ValidationError(f"“{name}” already names {owner}.")


class ReportingBodyAliasInline(admin.TabularInline):
    model = ReportingBodyAlias
    formset = type("BodyAliasFormSet", (AliasFormSet,), {"check": staticmethod(_body_alias_free)})
    fields = ["name"]
    extra = 1


@admin.register(ReportingBody)
class ReportingBodyAdmin(SafeAutocompleteAdmin, ReadableHistoryAdmin):
    list_display = ["name", "acronym", "kind", "reliability", "figure_count"]
    list_filter = ["kind", "reliability"]
    search_fields = ["name", "acronym", "aliases__name"]
    inlines = [ReportingBodyAliasInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(figure_count=_scoped_figure_count(request))

    @admin.display(description=_("figures"), ordering="figure_count")
    def figure_count(self, obj):
        return f"{obj.figure_count:,}"

    def save_model(self, request, obj, form, change):
        fields = {name: form.cleaned_data[name] for name in ("name", "acronym", "kind", "reliability", "website")
                  if name in form.cleaned_data}  # fmt: skip
        if change:
            services.update_reporting_body(body=obj, changes=fields)
        else:
            body, _created = services.upsert_reporting_body(**fields)
            obj.pk = body.pk

    def save_formset(self, request, form, formset, change):
        _save_aliases(formset, add=lambda name: services.add_body_alias(body=form.instance, name=name),
                      remove=lambda alias: services.remove_body_alias(alias=alias))  # fmt: skip


# -------------------------------------------------------------------------------------------- figures


def _role_readonly(request, fields) -> list[str]:
    """Which figure is recommended decides what totals count: only reviewers choose it."""
    may_choose = request.user.has_perm("tracker.verify_displacementfigure")
    return list(fields) if may_choose else [*fields, "role"]


class FigureInline(RegionPickerMixin, admin.TabularInline):
    model = DisplacementFigure
    form = FigureForm
    fk_name = "source"
    # What a laptop screen (1366 px) holds in one row: the body, persons and the rest are on each figure's own page
    # (its link above the row); the quote is cut short, whole on hover.
    fields = ["value", "qualifier", "unit", "term", "category", "period_start", "period_end", "region", "status",
              "quote_excerpt"]  # fmt: skip
    readonly_fields = ["status", "quote_excerpt"]
    autocomplete_fields = ["region"]
    extra = 0
    show_change_link = True
    can_delete = False

    class Media:
        css = {"all": ["tracker/css/source-figures.css"]}

    @admin.display(description=_("quote"))
    def quote_excerpt(self, obj):
        if not obj.quote:
            return "—"
        return format_html('<bdi class="quote-excerpt" dir="auto" title="{}">{}</bdi>', obj.quote,
                           Truncator(obj.quote).chars(60))  # fmt: skip

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form.acting_user = request.user
        return formset

    def get_queryset(self, request):
        # a document shared by two teams shows each team its own figures only
        return figures_visible_to(user=request.user, queryset=super().get_queryset(request))

    def get_readonly_fields(self, request, obj=None):
        return _role_readonly(request, self.readonly_fields)


@admin.register(Source)
class SourceAdmin(SafeAutocompleteAdmin, ReadableHistoryAdmin):
    list_display = ["title", "publisher", "published_on", "language", "figure_count", "created_at"]
    list_filter = ["publisher", ("published_on", admin.DateFieldListFilter), "language"]
    search_fields = ["title", "url", "text"]
    autocomplete_fields = ["publisher"]
    date_hierarchy = "published_on"
    readonly_fields = ["content_hash", "same_story", "created_at", "updated_at"]
    inlines = [FigureInline]
    list_select_related = ["publisher"]
    actions = ["extract_again"]

    @admin.display(description=_("same story as"))
    def same_story(self, obj):
        """The other documents of its story (the same wire story republished with edits, tracker/stories.py)."""
        if obj is None or obj.story_id is None:
            return "—"
        others = Source.objects.filter(story_id=obj.story_id).exclude(pk=obj.pk).order_by("pk").only("pk", "title")
        return format_html_join(
            mark_safe("<br>"), '<a href="{}">{}</a>',
            ((reverse("admin:tracker_source_change", args=[other.pk]), other.title) for other in others),
        )  # fmt: skip

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "text":  # the document's own words, in their own direction on a right-to-left page
            kwargs["widget"] = AdminTextareaWidget(attrs={"dir": "auto"})
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if obj is None and "text" in form.base_fields:
            form.base_fields["text"].help_text = _(
                "The document's full text. Once saved, its figures are read into the review queue."
            )
        return form

    def get_readonly_fields(self, request, obj=None):
        # Quotes' spans point into the text: once stored it is never edited (metadata stays editable).
        return [*self.readonly_fields, "document_text"] if obj is not None else self.readonly_fields

    def get_exclude(self, request, obj=None):
        exclude = list(super().get_exclude(request, obj) or [])
        return [*exclude, "text"] if obj is not None else exclude  # shown read-only by document_text

    @admin.display(description=_("text"))
    def document_text(self, obj):
        """The stored text, read in its own direction on a right-to-left page (an English document in Arabic)."""
        return format_html('<div class="document-text" dir="auto">{}</div>', linebreaksbr(obj.text))

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(figure_count=_scoped_figure_count(request))

    @admin.display(description=_("figures"), ordering="figure_count")
    def figure_count(self, obj):
        return f"{obj.figure_count:,}"

    def save_model(self, request, obj, form, change):
        if change:
            fields = ("title", "url", "publisher", "published_on", "language")
            services.update_source_metadata(source=obj, changes={k: form.cleaned_data[k] for k in fields
                                                                 if k in form.cleaned_data})  # fmt: skip
            return
        source, created = services.store_source(
            title=obj.title, text=obj.text, url=obj.url, publisher=obj.publisher, published_on=obj.published_on
        )
        if not created:
            messages.warning(request, _("This text was already stored: you are looking at the existing source."))
        elif source.text.strip():
            services.link_near_duplicate(source=source, acting_user=request.user)  # its figures may retell a story's
            tasks.extract_source.delay_on_commit(source.pk)
            messages.info(request, _("Its figures are being read from the text; they join the review queue shortly."))
        obj.pk, obj.content_hash = source.pk, source.content_hash

    @admin.action(description=_("Read the figures of the selected documents again"), permissions=["extract"])
    def extract_again(self, request, queryset):
        """Candidates no person has touched are read again (a newer extractor, a gazetteer that now knows a place);
        figures a person entered, edited or reviewed stay as they are."""
        ids = list(queryset.values_list("pk", flat=True))
        for pk in ids:
            tasks.extract_source.delay_on_commit(pk)
        self.message_user(
            request,
            ngettext(
                "Reading the figures of %(n)d document again; untouched candidates are replaced shortly.",
                "Reading the figures of %(n)d documents again; untouched candidates are replaced shortly.",
                len(ids),
            )
            % {"n": len(ids)},
            messages.SUCCESS,
        )

    def has_extract_permission(self, request):
        return request.user.has_perm("tracker.add_displacementfigure")

    def save_formset(self, request, form, formset, change):
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        for figure_form in formset.forms:
            if figure_form.has_changed() and figure_form.cleaned_data and not figure_form.cleaned_data.get("DELETE"):
                figure_form.source_override = form.instance
                saved = save_figure_form(figure_form, acting_user=request.user)
                (formset.changed_objects if figure_form.instance.pk else formset.new_objects).append(
                    (saved, figure_form.changed_data) if figure_form.instance.pk else saved
                )


class CorroborationInline(admin.TabularInline):
    model = FigureCorroboration
    fields = ["source", "quote_as_said", "created_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = _("other documents reporting this figure")

    @admin.display(description=_("quote"))
    def quote_as_said(self, obj):
        return format_html('<bdi dir="auto">{}</bdi>', obj.quote)

    def has_add_permission(self, request, obj=None):
        return False


class BreakdownForm(forms.ModelForm):
    class Meta:
        model = FigureBreakdown
        fields = list(parts_of.PART_FIELDS)

    def _post_clean(self):
        pass  # the parts are checked together, against the figure, by the services (BreakdownFormSet.clean)


class BreakdownFormSet(forms.BaseInlineFormSet):
    """The figure's breakdown, checked as the services check it (tracker.services.breakdown_errors) against the
    figure as typed on the same page; each error on the field of the part it is about, with what was typed kept."""

    parts: list[dict] = []

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        # a post without the breakdown's rows at all (a script, the review page) leaves the breakdown as it is
        self.absent = data is not None and f"{self.prefix}-TOTAL_FORMS" not in data

    def initial_form_count(self):
        return 0 if self.absent else super().initial_form_count()

    def total_form_count(self):
        return 0 if self.absent else super().total_form_count()

    def full_clean(self):
        if self.absent:
            self._errors, self._non_form_errors = [], self.error_class()
            return
        super().full_clean()

    def has_changed(self):
        return not self.absent and super().has_changed()

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        kept = [f for f in self.forms if f.cleaned_data and not f.cleaned_data.get("DELETE")]
        self.parts = [parts_of.normalise({name: f.cleaned_data.get(name) for name in parts_of.PART_FIELDS})
                      for f in kept]  # fmt: skip
        for key, errors in services.breakdown_errors(figure=self.instance, parts=self.parts).items():
            _, index, name = key.split(".")
            part_form = kept[int(index)]
            part_form.add_error(name if name in part_form.fields else None, errors)


class BreakdownInline(admin.TabularInline):
    """Who the displaced are, by sex and age: written through the services with the figure (a change on a reviewed
    figure sends it back to review, like any change of substance)."""

    model = FigureBreakdown
    form = BreakdownForm
    formset = BreakdownFormSet
    extra = 1
    verbose_name_plural = _("Breakdown by sex and age")

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("tracker.view_displacementfigure")

    def has_change_permission(self, request, obj=None):
        permission = "change" if obj is not None else "add"
        return request.user.has_perm(f"tracker.{permission}_displacementfigure")

    has_add_permission = has_delete_permission = has_change_permission


@admin.register(DisplacementFigure)
class DisplacementFigureAdmin(RegionPickerMixin, SafeAutocompleteAdmin, ReviewViews, ReadableHistoryAdmin):
    form = FigureForm
    # the columns a reviewer scans first, narrow enough for a 1366 px screen
    list_display = ["value_display", "persons_display", "term", "category_short", "period", "place",
                    "body", "status", "role"]  # fmt: skip
    list_display_links = ["value_display"]
    list_filter = [
        "status",
        "term",
        "unit",
        "category",
        "role",
        "qualifier",
        "reporting_body",
        "event",
        "cause",
        "hazard",
        "housing_destroyed",
        RegionListFilter,
        ("period_end", admin.DateFieldListFilter),
    ]
    search_fields = ["quote", "notes", "region__name", "region__pcode", "reporting_body__name", "source__title"]
    autocomplete_fields = ["region", "reporting_body", "source", "event"]
    date_hierarchy = "period_end"
    list_select_related = ["region", "reporting_body"]
    readonly_fields = [
        "persons", "status", "entered_by", "reviewed_by", "reviewed_at", "created_at", "updated_at",
        "raw_location", "raw_reporting_body", "extraction_rule",
    ]  # fmt: skip
    actions = ["send_to_review", "verify", "reject"]
    inlines = [BreakdownInline, CorroborationInline]

    class Media:
        js = ["tracker/persons_preview.js"]

    fieldsets = [
        (_("How many"), {"fields": ["value", "value_high", "qualifier", "unit", "household_size", "persons"]}),
        (_("What happened"), {"fields": ["term", "category", "period_start", "period_end", "period_accuracy"]}),
        (_("Where and on whose word"), {"fields": ["region", "reporting_body", "event", "source"]}),
        (_("Cause and context"), {"fields": ["cause", "hazard", "housing_destroyed"]}),
        (_("Quote"), {"fields": ["quote", "quote_start", "quote_end"]}),
        (_("Review"), {"fields": ["role", "status", "entered_by", "reviewed_by", "reviewed_at", "notes"]}),
        (
            _("How it was found"),
            {"fields": ["raw_location", "raw_reporting_body", "extraction_rule"], "classes": ["collapse"]},
        ),
        (_("Record"), {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request):
        """Every page of figures (list, change, delete, history, bulk actions, exports, autocompletes) reads
        through this: another team's figure is absent, exactly as one that does not exist."""
        figures = figures_visible_to(user=request.user, queryset=super().get_queryset(request))
        return figures.annotate(document_count=Count("corroborations") + 1)

    def has_view_history_or_change_history_permission(self, request, obj):
        # simple_history falls back to the stored history of an object get_queryset does not return
        return super().has_view_history_or_change_history_permission(request, obj) and (
            figures_visible_to(user=request.user).filter(pk=obj.pk).exists()
        )

    def get_search_results(self, request, queryset, search_term):
        """The words anywhere in the quote, notes, place, body or title, or the place by any of its names."""
        found, use_distinct = super().get_search_results(request, queryset, search_term)
        regions = [r.pk for r in search_regions(term=search_term, limit=50)] if search_term.strip() else []
        if regions:
            found = found | queryset.filter(region_id__in=regions)
        return found, use_distinct

    @property
    def media(self):  # defining it replaces the one built from `Media`: add that back, then the pickers'
        return super().media + forms.Media(self.Media) + region_picker_media(self.admin_site)

    @admin.display(description=_("documents"), ordering="document_count")
    def documents(self, obj):
        return obj.document_count if obj.source_id else obj.document_count - 1

    @admin.display(description=_("review"))
    def review_link(self, obj):
        url = reverse("admin:tracker_displacementfigure_review", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("review"))

    @admin.display(description=_("persons"), ordering="persons")
    def persons_display(self, obj):
        return "—" if obj.persons is None else f"{obj.persons:,}"

    @admin.display(description=_("region"), ordering="region__name")
    def place(self, obj):
        return obj.region.name if obj.region_id else (obj.raw_location or "—")

    @admin.display(description=_("reported by"), ordering="reporting_body__name")
    def body(self, obj):
        return (
            (obj.reporting_body.acronym or obj.reporting_body.name)
            if obj.reporting_body_id
            else (obj.raw_reporting_body or "—")
        )

    @admin.display(description=_("category"), ordering="category")
    def category_short(self, obj):
        return obj.get_category_display().split(" (")[0]

    @admin.display(description=_("period"), ordering="period_end")
    def period(self, obj):
        start, end = obj.period_start, obj.period_end
        if start == end:
            return date_format(end, "j M Y")
        if (start.year, start.month) == (end.year, end.month):
            return f"{date_format(start, 'j')}–{date_format(end, 'j M Y')}"
        if start.year == end.year:
            return f"{date_format(start, 'j M')}–{date_format(end, 'j M Y')}"
        return f"{date_format(start, 'j M Y')}–{date_format(end, 'j M Y')}"

    @admin.display(description=_("reported"), ordering="value")
    def value_display(self, obj):
        return format_html("{} {}", obj.value_as_reported(), obj.get_unit_display().lower())

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.acting_user = request.user
        return form

    def get_readonly_fields(self, request, obj=None):
        return _role_readonly(request, self.readonly_fields)

    def save_form(self, request, form, change):
        """The figure as typed, unsaved: the breakdown inline checks its parts against it (save_model writes it)."""
        figure = form.save(commit=False)
        form.status_before = figure.status if change else None  # not a form field: as stored
        if change:
            construct_instance(form, figure, fields=[n for n in form._meta.fields if n in form.cleaned_data])
        return figure

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)  # the breakdown may send it back to review too
        figure = DisplacementFigure.objects.only("status").get(pk=form.instance.pk)
        note = sent_back_note(figure=figure, before=getattr(form, "status_before", None))
        if note:
            self.message_user(request, note, level=messages.WARNING)

    def save_model(self, request, obj, form, change):
        saved = save_figure_form(form, acting_user=request.user)
        obj.pk, obj.persons, obj.status = saved.pk, saved.persons, saved.status

    def save_formset(self, request, form, formset, change):
        if isinstance(formset, BreakdownFormSet):
            if formset.has_changed():
                services.update_figure(figure=form.instance, acting_user=request.user,
                                       changes={"breakdown": formset.parts})  # fmt: skip
            formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
            return
        super().save_formset(request, form, formset, change)

    def _bulk(self, request, queryset, action: str, done_text: tuple[str, str], reason: str = ""):
        outcome = services.act_on_figures(
            figures=list(queryset.select_related("source", "region")), action=action, acting_user=request.user,
            reason=reason,
        )  # fmt: skip
        if outcome.done:
            self.message_user(request, done_text[0] % {"n": _count(len(outcome.done))}, level=messages.SUCCESS)
        for figure, why in outcome.refused:
            self.message_user(
                request, done_text[1] % {"pk": figure.pk, "figure": figure, "why": why}, level=messages.WARNING
            )

    @admin.action(description=_("Send selected figures to review"), permissions=["change"])
    def send_to_review(self, request, queryset):
        self._bulk(
            request,
            queryset,
            FigureAction.SUBMIT,
            (gettext("%(n)s sent to review."), gettext("Figure %(pk)s (%(figure)s): not sent to review: %(why)s")),
        )

    @admin.action(description=_("Verify selected figures"), permissions=["verify"])
    def verify(self, request, queryset):
        self._bulk(
            request,
            queryset,
            FigureAction.VERIFY,
            (gettext("%(n)s verified."), gettext("Figure %(pk)s (%(figure)s): not verified: %(why)s")),
        )

    @admin.action(description=_("Reject selected figures"), permissions=["verify"])
    def reject(self, request, queryset):
        self._bulk(
            request,
            queryset,
            FigureAction.REJECT,
            (gettext("%(n)s rejected."), gettext("Figure %(pk)s (%(figure)s): not rejected: %(why)s")),
            reason=f"rejected in bulk by {request.user}",
        )

    def has_verify_permission(self, request):
        return request.user.has_perm("tracker.verify_displacementfigure")


@admin.register(Event)
class EventAdmin(RegionPickerMixin, SafeAutocompleteAdmin, ReadableHistoryAdmin):
    list_display = ["name", "kind", "hazard", "glide_number", "start_date", "end_date"]
    list_filter = ["kind", "hazard"]
    search_fields = ["name", "description", "glide_number", "government_id", "acled_id"]
    autocomplete_fields = ["regions"]
    date_hierarchy = "start_date"

    def save_model(self, request, obj, form, change):
        fields = {k: v for k, v in form.cleaned_data.items() if k != "regions"}
        saved = services.save_event(event=obj if change else None, regions=form.cleaned_data.get("regions"), **fields)
        obj.pk = saved.pk

    def save_related(self, request, form, formsets, change):
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)


@admin.register(HouseholdSize)
class HouseholdSizeAdmin(RegionPickerMixin, SafeAutocompleteAdmin, admin.ModelAdmin):
    list_display = ["country", "year", "size", "reference"]
    list_filter = ["year"]
    search_fields = ["country__name"]
    autocomplete_fields = ["country"]
    list_select_related = ["country"]


@admin.register(Team)
class TeamAdmin(RegionPickerMixin, SafeAutocompleteAdmin, admin.ModelAdmin):
    """Country and regional offices: who sees and changes figures where. Administrators only (superusers, or whom
    they give the team permissions)."""

    list_display = ["name", "is_global", "region_list", "member_count"]
    list_filter = ["is_global"]
    search_fields = ["name", "regions__name", "regions__pcode", "members__username"]
    autocomplete_fields = ["regions", "members"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("regions").annotate(n=Count("members", distinct=True))

    @admin.display(description="regions")
    def region_list(self, obj):
        return "everywhere" if obj.is_global else (", ".join(str(r) for r in obj.regions.all()) or "none")

    @admin.display(description="members", ordering="n")
    def member_count(self, obj):
        return obj.n
