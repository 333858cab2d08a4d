"""The figure form the admin pages share. It validates exactly as the services do, so that every rule a save
would break comes back as a field error on the page, with what was typed kept; saving goes through the services."""

from django import forms
from django.contrib.admin.widgets import AdminTextareaWidget
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms.models import construct_instance
from django.utils.translation import gettext as _

from tracker import services
from tracker.choices import REVIEWED_STATUSES, FigureStatus
from tracker.models import DisplacementFigure


class FigureForm(forms.ModelForm):
    acting_user = None  # set per request by the admin (FigureAdmin.get_form)
    source_override = None  # set when the form is an inline of a source's page

    class Meta:
        model = DisplacementFigure
        fields = [
            "value", "value_high", "qualifier", "unit", "household_size", "term", "category", "period_start",
            "period_end", "period_accuracy", "region", "reporting_body", "event", "cause", "hazard",
            "housing_destroyed", "source", "quote", "quote_start", "quote_end", "role", "notes",
        ]  # fmt: skip
        # the source's own words read in their own direction on a right-to-left page (an English quote in Arabic)
        widgets = {"quote": AdminTextareaWidget(attrs={"dir": "auto"})}

    def changes(self) -> dict:
        data = {name: self.cleaned_data[name] for name in services.EDITABLE_FIGURE_FIELDS if name in self.cleaned_data}
        if self.source_override is not None:
            data["source"] = self.source_override
        return data

    def _post_clean(self):
        # The model's own full_clean is replaced by the services' validation, which knows the lifecycle.
        if self.errors:
            return
        if not self.instance.pk:  # what was typed, for the admin's log and messages (the service builds its own)
            self.instance = construct_instance(self, self.instance, self._meta.fields, self._meta.exclude)
        try:
            if self.instance.pk:
                services.figure_change_errors(
                    figure=self.instance, changes=self.changes(), acting_user=self.acting_user
                )
            else:
                services.new_figure_errors(acting_user=self.acting_user, **self.changes())
        except ValidationError as exc:
            for name, messages in exc.message_dict.items():
                if name in self.fields:
                    self.add_error(name, messages)
                else:
                    label = "" if name == "__all__" else f"{name.replace('_', ' ').capitalize()}: "
                    self.add_error(None, [f"{label}{message}" for message in messages])
        except PermissionDenied as exc:
            self.add_error(None, str(exc))


def save_figure_form(form: FigureForm, *, acting_user) -> DisplacementFigure:
    if form.instance.pk:
        return services.update_figure(figure=form.instance, acting_user=acting_user, changes=form.changes())
    return services.record_figure(acting_user=acting_user, **form.changes())


def sent_back_note(*, figure: DisplacementFigure, before: str | None) -> str | None:
    """What to tell the person whose change sent a verified or rejected figure back to review (the save said only
    "changed successfully", and a figure partners saw had left the verified ones unnoticed); None otherwise."""
    if before not in REVIEWED_STATUSES or figure.status != FigureStatus.IN_REVIEW:
        return None
    note = _("Figure %(pk)s was %(status)s: this change sent it back to review, where a reviewer decides on it again.")
    return note % {"pk": figure.pk, "status": FigureStatus(before).label.lower()}
