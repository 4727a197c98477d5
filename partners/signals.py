"""The partners page is searched by its partners' words (PartnersPage.partner_texts). The
site's search reads them as it searches; Wagtail's search index (Page.objects.search)
stores them when the page is indexed, so a saved or deleted partner indexes it again."""

from modelsearch.tasks import insert_or_update_object_task

from .models import PartnersPage


def index_partners_page(sender, raw=False, **kwargs):
    if raw:
        return
    for pk in PartnersPage.objects.values_list("pk", flat=True):
        insert_or_update_object_task.enqueue(
            PartnersPage._meta.app_label, PartnersPage._meta.model_name, str(pk)
        )
