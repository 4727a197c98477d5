from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Site search in the reader's language."""

    name = "search"
