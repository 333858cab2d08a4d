from django.contrib.admin.apps import AdminConfig


class TrackerAdminConfig(AdminConfig):
    """The admin, with the review counts on its index page."""

    default_site = "tracker.admin_site.TrackerAdminSite"

    def ready(self):
        # before the admin modules are imported (super().ready() autodiscovers them) and build their forms
        from tracker.model_names import translate_model_names

        translate_model_names()
        super().ready()
