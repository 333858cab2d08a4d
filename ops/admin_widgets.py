"""The admin's autocomplete widgets, safe against a posted id that is not a number.

Django's AutocompleteSelect re-renders a bound form by querying the posted ids, so a hostile or mistyped value
("NaN") raises ValueError and the page is a 500 instead of "Select a valid choice". Mix `SafeAutocompleteAdmin`
into a ModelAdmin that has autocomplete_fields (it must come before admin.ModelAdmin).
"""

from django.contrib.admin import widgets


def _numeric(value) -> list:
    return [v for v in value if str(v).isdigit()]


class SafeAutocompleteSelect(widgets.AutocompleteSelect):
    def optgroups(self, name, value, attr=None):
        return super().optgroups(name, _numeric(value), attr)


class SafeAutocompleteSelectMultiple(widgets.AutocompleteSelectMultiple):
    def optgroups(self, name, value, attr=None):
        return super().optgroups(name, _numeric(value), attr)


class SafeAutocompleteAdmin:
    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request) and "widget" not in kwargs:
            kwargs["widget"] = SafeAutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request) and "widget" not in kwargs:
            kwargs["widget"] = SafeAutocompleteSelectMultiple(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_manytomany(db_field, request, **kwargs)
