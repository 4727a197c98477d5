"""An admin report of what is missing or still a draft, per page and language."""

import datetime
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page

from localisation.freshness import tracked_fields
from localisation.models import PageTranslation, TranslationState, language_choices
from localisation.translating import TranslatablePages, can_translate


@dataclass
class Cell:
    state: str  # "missing", "draft" or "reviewed"
    untranslated: list  # labels of fields with English text but none in this language
    url: str  # where the work is done: the state to mark reviewed, or the page's editor
    language_name: str
    since: datetime.date | None = None  # outdated: the first day its English changed

    @property
    def label(self):
        return STATE_LABELS[self.state]


STATE_LABELS = {
    "missing": _("Missing"),
    "draft": _("Draft"),
    "reviewed": _("Reviewed"),
    "outdated": _("Outdated"),
}


def translation_cells(page, languages, states):
    """One Cell per language for a page: its state (derived from its fields), which fields
    lack text, and a link to the page's translation screen in that language. `states`
    maps (page id, language) to its row."""
    names = tracked_fields(type(page))
    language_names = dict(settings.LANGUAGES)
    cells = []
    for code in languages:
        untranslated = [
            str(page._meta.get_field(name).verbose_name)
            for name in names
            if getattr(page, build_localized_fieldname(name, settings.LANGUAGE_CODE))
            and not getattr(page, build_localized_fieldname(name, code))
        ]
        url = (
            reverse("translate_page", args=[page.pk, code])
            if page.live
            else reverse("wagtailadmin_pages:edit", args=[page.pk])  # nothing published yet
        )
        row = states.get((page.pk, code))
        if row is None:
            cell = Cell("missing", untranslated, url, language_names[code])
        elif row.state == TranslationState.OUTDATED:
            since = datetime.date.fromisoformat(min(row.outdated_fields().values()))
            cell = Cell("outdated", untranslated, url, language_names[code], since)
        else:
            cell = Cell(row.state, untranslated, url, language_names[code])
        cells.append(cell)
    return cells


class ReportFilters(forms.Form):
    """Which cells the report shows: one language, one part of the site (a section or a
    school, with the pages below it), one state."""

    language = forms.ChoiceField(label=_("Language"), required=False)
    under = forms.TypedChoiceField(label=_("Part of the site"), coerce=int, required=False)
    state = forms.ChoiceField(label=_("State"), required=False)

    def __init__(self, *args, languages, parts, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        self.fields["language"].choices = everything + languages
        self.fields["under"].choices = everything + [
            (page.pk, f"{'– ' * (page.depth - 3)}{page.title}") for page in parts
        ]
        self.fields["state"].choices = everything + list(STATE_LABELS.items())


class TranslationReportView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """Pages × languages: missing, draft, reviewed or outdated, and which fields still
    need text. For those who look after translations (trust editors), not office staff."""

    permission_required = "localisation.view_pagetranslation"

    page_title = _("Translations")
    header_icon = "globe"
    template_name = "localisation/admin/translation_report.html"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        # Each person sees the languages they translate (trust editors: all of them).
        all_languages = [
            (code, name) for code, name in language_choices() if can_translate(user, code)
        ]
        # Only the pages this person translates or edits: a translator never sees the
        # title of a page the public cannot read (a draft, one under a view restriction).
        allowed = TranslatablePages(user)
        # Sections and the pages directly below them (schools, audiences) to filter by.
        parts = [
            page
            for page in Page.objects.filter(depth__in=(3, 4)).order_by("path")
            if allowed.shown(page)
        ]
        filters = ReportFilters(self.request.GET or None, languages=all_languages, parts=parts)
        wanted = filters.cleaned_data if filters.is_valid() else {}
        languages = [code for code, _name in all_languages]
        if wanted.get("language"):
            languages = [wanted["language"]]
        pages = Page.objects.filter(depth__gte=2).order_by("path")
        if wanted.get("under"):
            pages = pages.descendant_of(Page.objects.get(pk=wanted["under"]), inclusive=True)
        states = {(row.page_id, row.language): row for row in PageTranslation.objects.all()}
        # The page's name opens its editor for whoever may edit it (not translators).
        rows = [
            (page, page.pk in allowed.editable, translation_cells(page, languages, states))
            for page in pages.specific()
            if allowed.shown(page)
        ]
        if wanted.get("state"):
            rows = [
                (p, edit, cells)
                for p, edit, cells in rows
                if any(c.state == wanted["state"] for c in cells)
            ]
        context.update(
            filters=filters,
            languages=[(code, dict(settings.LANGUAGES)[code]) for code in languages],
            rows=rows,
            needs_work=sum(1 for *_page, cells in rows for c in cells if c.state != "reviewed"),
        )
        return context
