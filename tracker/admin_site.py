from django import forms
from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.utils.translation import gettext_lazy as _

from tracker.selectors import review_counts


class StaffSignInForm(AdminAuthenticationForm):
    """The admin's sign-in, saying why a right password for an account without staff pages (a partner) does not
    let one in, instead of suggesting a typo."""

    def confirm_login_allowed(self, user):
        if user.is_active and not user.is_staff:
            raise forms.ValidationError(
                _("This account has no staff pages: partners read the figures through the API, with a token."),
                code="not_staff",
            )
        super().confirm_login_allowed(user)


class TrackerAdminSite(admin.AdminSite):
    site_header = _("Displacement tracker")
    site_title = _("Displacement tracker")
    index_title = _("Figures, sources and places")
    index_template = "admin/tracker_index.html"
    # The index lists every page; the left navigation would take a quarter of a 1366 px screen from the lists.
    enable_nav_sidebar = False
    login_form = StaffSignInForm

    def autocomplete_view(self, request):
        from tracker.admin_pickers import TrackerAutocompleteJsonView

        return TrackerAutocompleteJsonView.as_view(admin_site=self)(request)

    def index(self, request, extra_context=None):
        return super().index(request, {"review_counts": review_counts(user=request.user), **(extra_context or {})})
