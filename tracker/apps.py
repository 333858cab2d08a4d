from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _sync_roles(sender, **kwargs) -> None:
    from tracker.services import sync_role_groups

    sync_role_groups()


class TrackerConfig(AppConfig):
    name = "tracker"
    verbose_name = _("Displacement tracker")

    def ready(self) -> None:
        # Groups follow the permissions of the models as they are after every migrate.
        post_migrate.connect(_sync_roles, sender=self, dispatch_uid="tracker_sync_roles")
