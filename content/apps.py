from django.apps import AppConfig


class ContentConfig(AppConfig):
    """The trust's own words as data, and the command that builds the site from them."""

    name = "content"
