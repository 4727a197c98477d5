"""Admin pages to exchange page text with translators' tools: download a language's PO
file, upload one back and see what was stored (localisation.po)."""

import tempfile

import polib
from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import to_locale
from django.views import View
from django.views.generic import FormView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from localisation.models import language_choices
from localisation.po import export_po, import_po, live_pages, translatable_languages
from localisation.translating import TranslatablePages, can_translate

MAX_UPLOAD = 5 * 1024 * 1024

REPORT_LABELS = {
    "changed": _("Stored and published"),
    "unchanged": _("Unchanged"),
    "refused": _("Refused"),
    "skipped": _("Skipped"),
    "unknown": _("Unknown page or field"),
}


def pages_of(user):
    """The live pages this person may read and translate (localisation.translating)."""
    allowed = TranslatablePages(user)
    return [page for page in live_pages() if allowed.allows(page)]


def languages_of(user):
    """(code, name) of the languages this person translates (trust editors: all)."""
    return [(code, name) for code, name in language_choices() if can_translate(user, code)]


class ImportForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"))
    file = forms.FileField(label=_("PO file"))

    def __init__(self, *args, languages, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = languages

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(_("The file is too large."))
        # polib takes a string as a path when a file of that name exists: hand it a file
        # of our own, never the upload's text, so an upload cannot name a server file.
        try:
            text = upload.read().decode("utf-8")
            with tempfile.NamedTemporaryFile("w", suffix=".po", encoding="utf-8") as file:
                file.write(text)
                file.flush()
                return polib.pofile(file.name, encoding="utf-8")
        except (UnicodeDecodeError, OSError, ValueError) as error:
            raise forms.ValidationError(_("This is not a PO file in UTF-8.")) from error


class ExchangeView(WagtailAdminTemplateMixin, FormView):
    """Download links per language and an upload form that shows the import's report,
    for the languages the person translates (a translator: theirs; trust editors: all)."""

    page_title = _("Translations as PO files")
    header_icon = "globe"
    template_name = "localisation/admin/po_exchange.html"
    form_class = ImportForm

    def dispatch(self, request, *args, **kwargs):
        self.languages = languages_of(request.user)
        if not self.languages:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "languages": self.languages}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("translations"), "label": _("Translations")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["languages"] = self.languages
        return context

    def form_valid(self, form):
        report = import_po(
            form.cleaned_data["language"],
            form.cleaned_data["file"],
            user=self.request.user,
            pages=pages_of(self.request.user),
        )
        sections = [
            (REPORT_LABELS[name], [(key, report.reasons.get(key)) for key in getattr(report, name)])
            for name in report.CATEGORIES
        ]
        return self.render_to_response(
            self.get_context_data(form=form, report=report, sections=sections)
        )


class DownloadView(View):
    """One language's PO file, as an attachment, for whoever translates it."""

    def get(self, request, language):
        if language not in translatable_languages():
            raise Http404
        if not can_translate(request.user, language):
            raise PermissionDenied
        response = HttpResponse(
            str(export_po(language, pages_of(request.user))),
            content_type="text/x-gettext-translation; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="{to_locale(language)}.po"'
        return response
