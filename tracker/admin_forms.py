"""The figure form the admin pages share; saving goes through the services."""

from django import forms

from tracker import services
from tracker.models import DisplacementFigure
from tracker.selectors import household_size_for


class FigureForm(forms.ModelForm):
    class Meta:
        model = DisplacementFigure
        fields = [
            "value", "value_high", "qualifier", "unit", "household_size", "term", "category", "period_start",
            "period_end", "period_accuracy", "region", "reporting_body", "event", "source", "quote", "quote_start",
            "quote_end", "role", "notes",
        ]  # fmt: skip

    def clean(self):
        data = super().clean()
        # Households need a size: take the country's default before the model's constraints are checked.
        if data.get("unit") == "household" and data.get("household_size") is None and data.get("region"):
            when = data.get("period_end") or data.get("period_start")
            if when:
                data["household_size"] = household_size_for(region=data["region"], year=when.year)
        return data


def save_figure_form(request, form, *, source=None) -> DisplacementFigure:
    changes = {name: form.cleaned_data[name] for name in services.EDITABLE_FIGURE_FIELDS if name in form.cleaned_data}
    if source is not None:
        changes["source"] = source
    if form.instance.pk:
        return services.update_figure(figure=form.instance, changed_by=request.user, changes=changes)
    return services.record_figure(entered_by=request.user, **changes)
