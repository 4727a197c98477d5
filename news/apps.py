from django.apps import AppConfig


class NewsConfig(AppConfig):
    """News and letters for parents: an index under each school and one for the trust."""

    name = "news"
