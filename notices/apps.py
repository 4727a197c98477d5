from django.apps import AppConfig


class NoticesConfig(AppConfig):
    """Urgent notices: a closure or a burst pipe, at the top of every page of a school."""

    name = "notices"
