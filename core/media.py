"""Which images, documents and pages a user may put on a page: the images and documents
in the collections where their groups hold "choose" (an office: its school's collection
and the trust's shared one; trustees and trust editors: every collection), and pages
that are live or that they may edit.

Wagtail's own choosers and media listings already keep to Wagtail's permission policies.
Two routes do not: the admin API's image and document endpoints, which list every
collection (core.wagtail_hooks replaces them), and the page form, which accepts any id
that is posted (closed here, for SitePageForm).
"""

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import policy_registry

REFUSED_REFERENCE = _(
    "This uses an image, document or page that you may not choose. Remove it, or choose "
    "one from your school's collection or the trust's."
)


def media_models():
    return (get_image_model(), get_document_model())


def choosable(model, user):
    """The images or documents (by `model`) that `user` may choose."""
    policy = policy_registry.get_by_type(model)
    return policy.instances_user_has_any_permission_for(user, ["choose"])


def references(form, instance=None):
    """{field name: {(model, id)}} for what each rich text or StreamField of `form` links
    or embeds, read from `instance`, or from the form's cleaned data if it is None."""
    found = {}
    for name in form.fields:
        try:
            field = form._meta.model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if not hasattr(field, "extract_references"):
            continue
        if instance is not None:
            value = field.value_from_object(instance)
        elif name in form.cleaned_data:
            value = form.cleaned_data[name]
        else:
            continue
        found[name] = {
            (model, str(object_id))
            for model, object_id, _path, _content_path in field.extract_references(value)
        }
    return found


def usable(user, model, ids):
    """Those of `ids` (strings, as rich text holds them) that `user` may put on a page."""
    numeric = [object_id for object_id in ids if object_id.isdigit()]
    if issubclass(model, Page):
        pages = Page.objects.filter(pk__in=numeric)
        return {
            str(page.pk)
            for page in pages
            if page.live or page.permissions_for_user(user).can_edit()
        }
    if model in media_models():
        return {
            str(pk)
            for pk in choosable(model, user).filter(pk__in=numeric).values_list("pk", flat=True)
        }
    return set(ids)


def limit_chosen_media(form, user):
    """Let each image or document field of a model form accept only what `user` may
    choose, or the value it has already (which a trust editor may have chosen), so that
    an office can still save a page the trust gave another collection's photo."""
    for name, field in form.fields.items():
        model = getattr(getattr(field, "queryset", None), "model", None)
        if model in media_models():
            field.queryset = field.queryset.filter(
                Q(pk__in=choosable(model, user)) | Q(pk=form.initial.get(name))
            )


def refuse_unusable_references(form, user, before):
    """Add an error to each rich text or StreamField of `form` that links or embeds
    something `user` may not choose and that was not there `before`."""
    for name, found in references(form).items():
        new = found - before.get(name, set())
        for model in {model for model, _id in new}:
            ids = {object_id for kind, object_id in new if kind is model}
            if ids - usable(user, model, ids):
                form.add_error(name, ValidationError(REFUSED_REFERENCE, code="not_choosable"))
                break
