from django.contrib.admin.apps import AdminConfig


class TrackerAdminConfig(AdminConfig):
    """The admin, with the review counts on its index page."""

    default_site = "tracker.admin_site.TrackerAdminSite"
