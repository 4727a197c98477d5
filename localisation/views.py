"""The translation screen: one page in one language, field by field, the current English
beside its translation, what changed in the English since the translation was made, and
actions to save the translation and mark it reviewed (localisation.translating)."""

import datetime
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page

from localisation.diff import word_diff
from localisation.freshness import readable_text
from localisation.models import PageTranslation, language_choices
from localisation.translating import (
    PageLocked,
    PendingChanges,
    TranslatablePages,
    can_translate,
    save_translation,
    translatable_fields,
)

REVIEWED_SUFFIX = "__reviewed"


class TranslationForm(forms.Form):
    """A field per translated part of the page, in `language` only, with the admin's own
    widget for it (a StreamField's blocks, a rich text editor, a text box), and a
    "reviewed" box for each."""

    def __init__(self, *args, page, language, names, sources, **kwargs):
        super().__init__(*args, **kwargs)
        direction = "rtl" if get_language_info(language)["bidi"] else "ltr"
        for name in names:
            column = build_localized_fieldname(name, language)
            field = page._meta.get_field(column).formfield()
            field.required = False
            field.label = capfirst(page._meta.get_field(name).verbose_name)
            field.widget.attrs.update(lang=language, dir=direction)
            self.fields[name] = field
            self.initial[name] = getattr(page, column)
            source = sources.get(name, {})
            self.fields[name + REVIEWED_SUFFIX] = forms.BooleanField(
                label=_("Reviewed by a fluent reader"), required=False
            )
            self.initial[name + REVIEWED_SUFFIX] = bool(
                source.get("reviewed") and not source.get("outdated_since")
            )

    def translations(self, names):
        return {name: self.cleaned_data.get(name) for name in names}

    def reviewed(self, names):
        return [name for name in names if self.cleaned_data.get(name + REVIEWED_SUFFIX)]


@dataclass
class Part:
    """One row of the screen: a field's English now, what changed in it since the
    translation was made, and the form's fields for its translation."""

    name: str
    label: str
    english: object  # the English as readers see it (a StreamValue renders its blocks)
    changed_since: datetime.date | None  # when the English changed, if outdated
    english_diff: str | None  # the word diff from the English translated to the English now
    field: forms.BoundField
    reviewed: forms.BoundField


class TranslateView(WagtailAdminTemplateMixin, FormView):
    """/admin/translations/<page id>/<language>/: for whoever may translate into the
    language (a "Translators: <language>" group, trust editors)."""

    template_name = "localisation/admin/translate.html"
    header_icon = "globe"

    def dispatch(self, request, page_id, language):
        names = dict(language_choices())
        if language not in names:
            raise Http404
        if not can_translate(request.user, language):
            raise PermissionDenied
        self.language = language
        self.language_name = names[language]
        self.page = get_object_or_404(Page.objects.live(), pk=page_id, depth__gte=2).specific
        if not TranslatablePages(request.user).allows(self.page):
            raise PermissionDenied
        self.names = translatable_fields(self.page)
        row = PageTranslation.objects.filter(page=self.page, language=language).first()
        self.sources = row.sources if row else {}
        self.state = row.get_state_display() if row else _("Missing")
        return super().dispatch(request, page_id, language)

    def get_page_title(self):
        return _("Translate “%(page)s” into %(language)s") % {
            "page": self.page.title_en,
            "language": self.language_name,
        }

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("translations"), "label": _("Translations")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "page": self.page,
            "language": self.language,
            "names": self.names,
            "sources": self.sources,
        }

    def get_form_class(self):
        return TranslationForm

    def parts(self, form):
        english_code = settings.LANGUAGE_CODE
        found = []
        for name in self.names:
            source = self.sources.get(name, {})
            since = source.get("outdated_since")
            since = datetime.date.fromisoformat(since) if since else None
            diff = None
            if since:
                diff = word_diff(source["english"], readable_text(self.page, name, english_code))
            found.append(
                Part(
                    name=name,
                    label=form.fields[name].label,
                    english=getattr(self.page, build_localized_fieldname(name, english_code)),
                    changed_since=since,
                    english_diff=diff,
                    field=form[name],
                    reviewed=form[name + REVIEWED_SUFFIX],
                )
            )
        return found

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        context.update(
            page=self.page,
            language=self.language,
            language_name=self.language_name,
            bidi=get_language_info(self.language)["bidi"],
            state=self.state,
            parts=self.parts(form),
            media=form.media,
        )
        return context

    def form_valid(self, form):
        reviewed = form.reviewed(self.names)
        if "action-review" in self.request.POST:
            reviewed = list(self.names)
        try:
            changed = save_translation(
                self.page,
                self.language,
                form.translations(self.names),
                reviewed=reviewed,
                user=self.request.user,
            )
        except PendingChanges:
            form.add_error(
                None,
                _(
                    "This page has English changes waiting to be approved. Translate it "
                    "once they are published, so that the translation is of the English "
                    "readers see."
                ),
            )
            return self.form_invalid(form)
        except PageLocked:
            form.add_error(
                None,
                _(
                    "Someone has locked this page while they work on it. Translate it once "
                    "they unlock it."
                ),
            )
            return self.form_invalid(form)
        if changed:
            messages.success(
                self.request,
                _("The %(language)s translation is saved and published.")
                % {"language": self.language_name},
            )
        else:
            messages.success(self.request, _("Saved: no text changed."))
        return redirect(self.request.path)
