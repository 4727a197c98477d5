"""Store a translator's work on one page in one language: the translated fields are
published (and only they: never the English, never another language), and the fields'
reviewed marks are set (localisation.freshness records what each was made from)."""

from functools import cached_property

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import StreamField
from wagtail.models import PageViewRestriction
from wagtail.permission_policies.pages import PagePermissionPolicy

from localisation.freshness import current_english_record, readable_text, tracked_fields
from localisation.models import PageTranslation, translate_permission_codename
from localisation.text import normalise, normalise_stream
from localisation.units import strip_ids


def locked_for(page, user):
    """Whether someone else has locked the page: nobody else publishes it meanwhile."""
    return page.locked and (user is None or page.locked_by_id != user.pk)


class PageLocked(Exception):
    """Someone else has locked the page while they work on it."""


class PendingChanges(Exception):
    """The page has English changes waiting for approval: publishing a translation now
    would cancel that approval, so the translation waits until they are published."""


def can_translate(user, language):
    return user.has_perm(f"localisation.{translate_permission_codename(language)}")


class TranslatablePages:
    """Which pages a person may read in English and translate: the pages the public
    reads, live and under no view restriction (a password, a login, a group). A page
    under a restriction, its own or an ancestor's, is only for those who may edit it
    (trust editors): a translator may be a parent given one language, and its English
    is not theirs to read. Pages that are not live are never translated (there is no
    published English)."""

    def __init__(self, user):
        self.user = user
        self.restricted = list(PageViewRestriction.objects.values_list("page__path", flat=True))

    @cached_property
    def editable(self):
        """The ids of the pages the person may edit."""
        return set(
            PagePermissionPolicy()
            .instances_user_has_permission_for(self.user, "change")
            .values_list("pk", flat=True)
        )

    def allows(self, page):
        if not page.live:
            return False
        if not any(page.path.startswith(path) for path in self.restricted):
            return True
        return page.pk in self.editable

    def shown(self, page):
        """Whether the page may be listed at all (by title, in the report): one the
        person translates or edits."""
        return page.pk in self.editable or self.allows(page)


def translatable_fields(page):
    """The page's tracked fields that have English to translate: the title first, then
    the others in the model's order."""
    names = [
        name
        for name in tracked_fields(type(page))
        if readable_text(page, name, settings.LANGUAGE_CODE)
    ]
    return sorted(names, key=lambda name: name != "title")


def stored_form(page, name, value):
    """A field's value as it would be stored, for comparing: normalised text, or a
    StreamField's blocks without their ids."""
    field = page._meta.get_field(name)
    if isinstance(field, StreamField):
        blocks = normalise_stream(field.get_prep_value(value) if value else [])
        return [strip_ids(block) for block in blocks or []]
    return normalise(str(value or "")) or ""


def save_translation(page, language, values, reviewed, user):
    """Publish `values` ({field name: value}) as the page's `language` text and mark the
    fields named in `reviewed` as reviewed (the others as drafts). Returns the names of
    the fields whose text changed. Raises PendingChanges if the page has English changes
    waiting to be published and a text changed."""
    if language == settings.LANGUAGE_CODE or language not in dict(settings.LANGUAGES):
        raise ValueError(f"Not a language pages are translated into: {language!r}")
    allowed = set(tracked_fields(type(page)))
    changed = []
    for name, value in values.items():
        if name not in allowed:
            raise ValueError(f"Not a translated field of {type(page).__name__}: {name!r}")
        column = build_localized_fieldname(name, language)
        if stored_form(page, name, value) != stored_form(page, name, getattr(page, column)):
            changed.append(name)
    if changed:
        if locked_for(page, user):
            raise PageLocked
        if page.has_unpublished_changes:
            raise PendingChanges
        for name in changed:
            value = values[name]
            if not isinstance(page._meta.get_field(name), StreamField):
                value = normalise(str(value or "")) or None
            setattr(page, build_localized_fieldname(name, language), value)
        revision = page.save_revision(user=user, log_action=True)
        # The translator's own permission was checked by the caller (can_translate);
        # Wagtail's is for publishing the page as a whole, which they never do.
        revision.publish(user=user, skip_permission_checks=True)
    row = PageTranslation.objects.filter(page=page, language=language).first()
    if row is not None:
        for name in values:
            source = row.sources.get(name)
            if source is None:
                continue
            source["reviewed"] = name in reviewed
            if name in reviewed and source.get("outdated_since"):
                # A fluent reader read the new English and kept the translation: it is
                # a translation of the English of now.
                source.update(current_english_record(page, name), outdated_since=None)
        row.save()
    return changed
