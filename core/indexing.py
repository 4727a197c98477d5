"""Index many saves once: for commands that build or change a lot of content at once.

Every save of a page, revision or snippet normally updates Wagtail's reference index
and its search index (the admin's search) straight away, so building the site wrote
each page's entries ten times over. Inside `deferred_indexing()` those updates wait,
and each object saved is indexed once, when the block ends without an error.
"""

from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from modelsearch.tasks import insert_or_update_object_task
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task


@contextmanager
def deferred_indexing():
    saved = set()

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            saved.add((sender, str(instance.pk)))

    searchable = [
        model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)
    ]
    for model in searchable:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(remember, weak=False, dispatch_uid="deferred_indexing")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="deferred_indexing")
        for model in searchable:
            post_save.connect(post_save_signal_handler, sender=model)
    # The same tasks the signals would have queued, once per object.
    for model, pk in sorted(saved, key=lambda item: (item[0]._meta.label, item[1])):
        label = (model._meta.app_label, model._meta.model_name, pk)
        if model in ReferenceIndex.tracked_models:
            update_reference_index_task.enqueue(*label)
        if model in searchable:
            insert_or_update_object_task.enqueue(*label)
