from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    """The trust's words as data (content/data/) and the command that builds the site."""

    name = "content"
    verbose_name = _("Trust content")
