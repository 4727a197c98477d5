from django.apps import AppConfig


class HomeConfig(AppConfig):
    """The trust's home page: the root of the site tree."""

    name = "home"
