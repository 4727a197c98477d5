from django.apps import AppConfig


class PartnersConfig(AppConfig):
    """Partner organisations and sister trusts (snippets), and the page that lists them."""

    name = "partners"

    def ready(self):
        from core.signals import watch

        from .models import Partner

        # The partners page lists every partner: a saved partner changes that page.
        watch(Partner)
