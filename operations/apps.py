from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """Running the site: backups, restore, permissions, health probes, the local admin."""

    name = "operations"
