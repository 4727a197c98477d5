from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class PartnersConfig(AppConfig):
    """Partner organisations and sister trusts (snippets), and the page that lists them."""

    name = "partners"

    def ready(self):
        from core.signals import watch

        from .models import Partner, PartnersPage
        from .signals import index_partners_page

        # The partners page lists every partner: a saved partner changes that page, and
        # what Wagtail indexed of it.
        watch(Partner, shown_on=lambda partner: list(PartnersPage.objects.live()))
        post_save.connect(index_partners_page, sender=Partner, dispatch_uid="index-partners-page")
        post_delete.connect(index_partners_page, sender=Partner, dispatch_uid="index-partners-page")
