from django.apps import AppConfig


class TrustsiteConfig(AppConfig):
    """The trust's home page and the pieces every section shares."""

    name = "trustsite"
    verbose_name = "Trust site"

    def ready(self):
        from trustsite import signals

        signals.connect()
