"""The page editor's "Copy content from" buttons, behind the checks every admin form has.

wagtail-modeltranslation puts those buttons over each language's StreamField on the edit
screen (its copy_stream_fields.js): one posts another language's blocks to
`pages/<id>/edit/copy_translation_content/` and gets back the StreamField's form with
those blocks under this language's name, to edit before saving. The package's view
(wagtail_modeltranslation/wagtail_hooks.py, return_translation_target_field_rendered_html)
is CSRF-exempt, checks no permission, and fails with a 500 on a GET, an unknown page or a
field that is not a StreamField.

Office staff and web editors use the buttons, so the route stays, but this view answers
it (localisation.wagtail_hooks registers it ahead of the package's) and hands over to
the package's only a request the page's own edit form could have sent: a POST with a
CSRF token, from someone who may edit that page, naming the same StreamField in two
languages. The token comes from the page (localisation/js/csrf_for_jquery.js): the
package's script reads it from a cookie that no script may read here.
"""

import json

from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_POST
from modeltranslation.fields import TranslationField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail_modeltranslation.wagtail_hooks import (
    return_translation_target_field_rendered_html as package_view,
)


def is_one_stream_field_in_two_languages(page, origin, target):
    """Whether `origin` and `target` are two languages' columns of one StreamField."""
    try:
        fields = [page._meta.get_field(name) for name in (origin, target)]
    except FieldDoesNotExist:
        return False
    return (
        origin != target
        and all(isinstance(f, TranslationField) and isinstance(f, StreamField) for f in fields)
        and fields[0].translated_field.name == fields[1].translated_field.name
    )


def is_serialised_form(text):
    """Whether `text` is what the package's script posts: jQuery's serializeArray() of the
    form's inputs, a JSON list of {"name": ..., "value": ...} strings."""
    try:
        items = json.loads(text)
    except ValueError:
        return False
    return isinstance(items, list) and all(
        isinstance(item, dict)
        and set(item) == {"name", "value"}
        and all(isinstance(v, str) for v in item.values())
        for item in items
    )


@require_POST
@csrf_protect
def copy_translation_content(request, page_id):
    """The package's view, for a request its script on the page's edit form could send."""
    # The package's view renders nothing without this header (and then fails).
    if request.headers.get("X-Requested-With") != "XMLHttpRequest":
        return HttpResponseBadRequest()
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if not is_one_stream_field_in_two_languages(
        page, request.POST.get("origin_field_name", ""), request.POST.get("target_field_name", "")
    ) or not is_serialised_form(request.POST.get("serializedOriginField", "")):
        return HttpResponseBadRequest()
    try:
        return package_view(request, page_id)
    except (KeyError, ValueError):
        # The blocks are read back as the admin's own script writes them (a count, then
        # each block's type and value); blocks posted any other way cannot be read.
        return HttpResponseBadRequest()
