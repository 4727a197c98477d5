"""What every page shares (its intro, what it tells search engines) and the site's
identity, which editors change under Settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from core.media import limit_chosen_media, references, refuse_unusable_references
from core.request_state import serving_state
from localisation.text import normalise, normalise_stream

DESCRIPTION_LENGTH = 160


def summarise(text, length=DESCRIPTION_LENGTH):
    """The text with whitespace collapsed, cut at a word boundary to at most `length`
    characters (an ellipsis marks a cut)."""
    text = " ".join((text or "").split())
    if len(text) <= length:
        return text
    cut = text.rfind(" ", 0, length)
    return text[: cut if cut > 0 else length - 1].rstrip(" ,;:–-") + "…"


def stream_text(page, name):
    """The readable text of a page's StreamField, as Wagtail's search index sees it."""
    value = getattr(page, name, None)
    if not value:
        return ""
    return " ".join(type(page)._meta.get_field(name).get_searchable_content(value))


def reviews_only(page, user):
    """Whether `user` reaches this page's editor only as a reviewer of the change waiting
    on it (Wagtail opens the editor to a task's reviewers), without permission to edit
    the page: a trustee on a school's page."""
    if user.is_superuser:
        return False
    permissions = getattr(page.permissions_for_user(user), "permissions", set())
    return "change" not in permissions and not ("add" in permissions and page.owner_id == user.pk)


def may_approve(page, user):
    """Whether `user` may approve the change waiting on this page."""
    task = page.current_workflow_task
    return task is not None and any(
        name == "approve" for name, _label, _modal in task.get_actions(page, user)
    )


class SitePageForm(WagtailAdminPageForm):
    """The page editor's form, with what the user may not change shown read-only
    (disabled: what is posted for it is ignored).

    - A reviewer without permission to edit the page (a trustee approving an office's
      change) changes nothing but "this change does not affect translations".
    - Someone who may not publish the page does not change the trust's facts about it
      (the page type's `publisher_fields`).
    - "Does not affect translations" starts unticked on every edit, so that a change
      outdates the translations unless the publisher says so. Only someone who may
      publish or approve the page says it (an editor publishing, a trustee approving an
      office's change): an office member who submits a change does not."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page, user = self.instance, self.for_user
        if user is not None:
            limit_chosen_media(self, user)
        # What the page links to already stays, whoever chose it.
        self.references_before = references(self, page)
        if page.pk is None or user is None:
            self.fields.pop("translations_unaffected", None)
            return
        may_publish = page.permissions_for_user(user).can_publish()
        if may_publish or may_approve(page, user):
            if "translations_unaffected" in self.fields:
                self.initial["translations_unaffected"] = False
        else:
            self.fields.pop("translations_unaffected", None)
        if reviews_only(page, user):
            read_only = set(self.fields) - {"translations_unaffected"}
        elif not may_publish:
            read_only = set(page.publisher_fields) & set(self.fields)
        else:
            read_only = set()
        for name in read_only:
            self.fields[name].disabled = True

    def clean(self):
        """Refuse an image, document or page posted by its id that the user may not
        choose: the choosers offer only those, but a form can be posted by hand."""
        cleaned_data = super().clean()
        if self.for_user is not None:
            refuse_unusable_references(self, self.for_user, self.references_before)
        return cleaned_data


class SitePage(Page):
    """The base of every page type on the site: what it tells search engines and link
    previews, and whether a change affects its translations. A page type overrides
    `own_description`, `og_type` or `structured_data`."""

    translations_unaffected = models.BooleanField(
        _("this change does not affect translations"),
        default=False,
        help_text=_(
            "Tick only for a change that leaves the meaning as it was, such as a typo fix: "
            "the translations stay current. Otherwise each changed part is shown in English "
            "to readers of other languages until it is translated again."
        ),
    )

    base_form_class = SitePageForm
    settings_panels = Page.settings_panels + [FieldPanel("translations_unaffected")]

    # What search results call this kind of page (translated); None: not named.
    search_kind = None
    # Open Graph type (https://ogp.me/#types).
    og_type = "website"
    # Linked from every page's footer, in this order (None: not in the footer).
    footer_order = None
    # Fields only someone who may publish the page changes: the trust's facts about it.
    publisher_fields = ()
    # The query parameters the page reads. The page cache (core.page_cache) ignores all
    # others; a page that reads one also sets `RequestState.reader_query`.
    query_parameters = ()
    # Page types ("app_label.Model") whose pages this page lists or links to beyond its
    # own subtree: a change to one of them changes this page (core.purging).
    shows_pages_of = ()

    class Meta:
        abstract = True

    def clean(self):
        """Store every text normalised (localisation.text), in every language: a save
        that changes one English sentence changes nothing else."""
        super().clean()
        # A translated field's own name reads and writes the active language, with
        # English as its fallback: only its per-language columns are normalised.
        translated = set(translator.get_options_for_model(type(self)).get_field_names())
        for field in self._meta.concrete_fields:
            if field.name in translated:
                continue
            value = getattr(self, field.attname)
            if isinstance(field, StreamField):
                stored = field.get_prep_value(value) if value else None
                if stored and normalise_stream(stored) != stored:
                    setattr(self, field.attname, normalise_stream(stored))
            elif isinstance(value, str):
                # CharField, TextField, EmailField, URLField... and RichTextField. A
                # translation no one has written is stored as nothing (NULL), whether
                # the page editor posted it empty or the content command never set it.
                stored = None if field.null and not normalise(value) else normalise(value)
                if stored != value:
                    setattr(self, field.attname, stored)

    def get_view_restrictions(self):
        """The view restrictions on this page and its ancestors. Wagtail asks every page
        it serves (two queries: the ancestors' aliases, then their restrictions). The tree
        snapshot of the request being served (core.sitetree) knows every restricted page
        and every alias: with neither at or above this page, there are none to ask for."""
        state = serving_state()
        tree = state.tree if state is not None else None
        if tree is not None and self.pk in tree.by_id and not tree.may_be_restricted(self.path):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def own_description(self):
        """The page's own words that best describe it, in the active language."""
        return ""

    def appears_on(self):
        """Other live pages that show this one, beyond those core.purging finds by the
        tree and by `shows_pages_of` (an urgent notice: every page of its school)."""
        return []

    def description(self):
        """The page's description for search engines and previews: its search
        description or, failing that, its own words; in the active language."""
        return summarise(self.search_description) or summarise(self.own_description())

    def structured_data(self, request, context):
        """JSON-LD (https://schema.org) for this page, as a dict; None for none."""
        return None


class IntroMixin(models.Model):
    """A short introduction under the page's heading, with its panel and search field."""

    intro = models.TextField(_("introduction"), blank=True)

    intro_panels = [FieldPanel("intro")]
    intro_search_fields = [index.SearchField("intro")]

    class Meta:
        abstract = True

    def own_description(self):
        return self.intro


@register_setting(icon="site")
class SiteIdentity(BaseSiteSetting):
    """The site's name as readers see it, in every language: in each page's title, the
    header, the footer and what the site tells search engines."""

    name = models.CharField(
        _("site name"),
        max_length=255,
        help_text=_("The trust's name, as it should appear at the top of every page."),
    )

    panels = [FieldPanel("name")]

    class Meta:
        verbose_name = _("site identity")
