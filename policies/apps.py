from django.apps import AppConfig


class PoliciesConfig(AppConfig):
    """The accessibility statement and the privacy notice."""

    name = "policies"
