"""Region pickers for every admin page: Django admin's own select2 autocomplete, answering from an indexed prefix
search (tracker.selectors.search_regions) and labelling each place "name — level, parent › grandparent"."""

from django import forms
from django.contrib import admin
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.admin.widgets import AutocompleteSelect

from tracker.models import DisplacementFigure, Region
from tracker.selectors import region_labels, region_scope, search_regions

PICKER_RESULTS = 20


class TrackerAutocompleteJsonView(AutocompleteJsonView):
    """The admin's autocomplete endpoint; regions come labelled with their level and parents."""

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        self.labels = region_labels(context["object_list"]) if self.model_admin.model is Region else {}
        return context

    def get_queryset(self):
        """A figure's place, and a new place's parent, are picked among the user's teams' regions."""
        queryset = super().get_queryset()
        scoped = (DisplacementFigure._meta.get_field("region"), Region._meta.get_field("parent"))
        if self.model_admin.model is Region and self.source_field in scoped:
            queryset = region_scope(user=self.request.user).filter(queryset, prefix="")
        return queryset

    def serialize_result(self, obj, to_field_name):
        result = super().serialize_result(obj, to_field_name)
        if obj.pk in self.labels:
            result["text"] = self.labels[obj.pk]
        return result


def region_search_results(queryset, search_term: str):
    """For RegionAdmin.get_search_results when an autocomplete asks: the prefix search, best first."""
    from django.db.models import Case, IntegerField, Value, When

    if not search_term.strip():
        return queryset.filter(depth__lte=1, retired=False).order_by("path")
    found = [r.pk for r in search_regions(term=search_term, limit=PICKER_RESULTS)]
    order = Case(*[When(pk=pk, then=Value(i)) for i, pk in enumerate(found)], output_field=IntegerField())
    return queryset.filter(pk__in=found).order_by(order) if found else queryset.none()


class RegionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return region_labels([obj])[obj.pk]


class RegionMultipleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return region_labels([obj])[obj.pk]


class RegionPickerMixin:
    """For a ModelAdmin or inline: region fields (in autocomplete_fields) show the full label of their value."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.remote_field.model is Region:
            kwargs.setdefault("form_class", RegionChoiceField)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.remote_field.model is Region:
            kwargs.setdefault("form_class", RegionMultipleChoiceField)
        return super().formfield_for_manytomany(db_field, request, **kwargs)


def region_picker(admin_site, *, required: bool = False, initial: Region | None = None) -> RegionChoiceField:
    """A stand-alone region autocomplete (for filter forms): the figure's region field drives the endpoint."""
    widget = AutocompleteSelect(DisplacementFigure._meta.get_field("region"), admin_site)
    return RegionChoiceField(Region.objects.all(), required=required, widget=widget, initial=initial)


def region_picker_media(admin_site) -> forms.Media:
    """select2 (shipped with the admin) and the script that makes a filter picker reload the list."""
    return region_picker(admin_site).widget.media + forms.Media(
        js=["tracker/js/region-filter.js"], css={"all": ["tracker/css/pickers.css"]}
    )


class RegionFilterForm(forms.Form):
    def __init__(self, *args, admin_site, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"] = region_picker(admin_site)
        self.fields["region"].widget.attrs["class"] = "region-filter-picker"


class RegionListFilter(admin.SimpleListFilter):
    """The changelist's region filter: an autocomplete (not a list of every place); takes the whole subtree."""

    title = "region (with every place inside it)"
    parameter_name = "region"
    template = "admin/tracker/region_list_filter.html"

    def lookups(self, request, model_admin):
        value = self.value()
        region = Region.objects.filter(pk=value).first() if value and value.isdigit() else None
        self.picker = RegionFilterForm(initial={"region": region}, admin_site=model_admin.admin_site, prefix="filter")
        return [(str(region.pk), region_labels([region])[region.pk])] if region else []

    def queryset(self, request, queryset):
        value = self.value()
        if not value:
            return queryset
        region = Region.objects.filter(pk=value).first() if value.isdigit() else None
        if region is None:
            return queryset.none()
        return queryset.filter(region__path__startswith=region.path)


class PlaceAliasForm(forms.Form):
    """On the import preview: a place name the file uses and no region has, to be made an alias of a region."""

    name = forms.CharField(widget=forms.HiddenInput, max_length=200)

    def __init__(self, *args, admin_site, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"] = region_picker(admin_site, required=True)
