from django.apps import AppConfig


class ContactConfig(AppConfig):
    """The trust's Contact page: its own office, and every school's."""

    name = "contact"
