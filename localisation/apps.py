from django.apps import AppConfig


class LocalisationConfig(AppConfig):
    """Which pages are translated into which language, and how far."""

    name = "localisation"

    def ready(self):
        from localisation import signals

        signals.connect()
