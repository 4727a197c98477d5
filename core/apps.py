from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every section shares: page base classes, blocks, the tree snapshot, routing,
    navigation, the page cache and the tags for meta data."""

    name = "core"

    def ready(self):
        from core import signals

        signals.connect()
