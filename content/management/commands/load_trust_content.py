"""Build the whole site tree from the trust's own words (trustsite/content.py), with the
draft translations in trustsite/translations/ filled in for every other language.

Idempotent: an existing page or partner keeps every value it has (an office may have
edited it); only translation fields that are still empty are filled. A second run
creates nothing and changes nothing.
"""

import importlib

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation
from django.utils.html import format_html
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Site

from core.indexing import deferred_indexing
from core.models import SiteIdentity
from history.models import HistoryPage
from home.models import HomePage
from localisation.models import PageTranslation, TranslationState
from partners.models import Partner, PartnerKind, PartnersPage
from policies.models import AccessibilityStatementPage, PrivacyNoticePage
from schools.models import SchoolIndexPage, SchoolPage
from trustsite import content
from vision.models import AimsPage, VisionAudiencePage, VisionIndexPage, VisionUpdateIndexPage


def english(text):
    return text


def draft_languages():
    """{language code: translate function} for each language with drafted translations."""
    languages = {}
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        try:
            module = importlib.import_module(f"trustsite.translations.{code.replace('-', '_')}")
        except ModuleNotFoundError:
            continue
        languages[code] = lambda text, strings=module.STRINGS: strings[text] if text else text
    return languages


def paragraph(text):
    return ("paragraph", format_html("<p>{}</p>", text))


def list_section(section, t):
    return (
        "list",
        {
            "heading": t(section["heading"]),
            "lead": t(section["lead"]),
            "items": [t(item) for item in section["items"]],
        },
    )


# What each page says, as a function of a translator `t` (English: the identity).


def home_fields(t):
    return {"title": t(content.TRUST_NAME), "intro": t(content.IDENTITY_STATEMENT)}


def site_identity_fields(t):
    return {"name": t(content.TRUST_NAME)}


def history_fields(t):
    paragraphs = [t(p) for p in content.HISTORY_PARAGRAPHS]
    partners = {"heading": "", "lead": "", "items": content.PARTNER_BULLETS}
    return {
        "title": t("History"),
        "heading": t(content.HISTORY_HEADING),
        "body": [
            paragraph(paragraphs[0]),
            paragraph(paragraphs[1]),
            paragraph(paragraphs[2]),
            list_section(partners, t),
            paragraph(paragraphs[3]),
        ],
        "timeline": [
            ("event", {"when": t(e["when"]), "year": e["year"], "text": t(e["text"])})
            for e in content.TIMELINE
        ],
    }


def school_fields(school):
    def fields(t):
        values = {k: v for k, v in school.items() if k not in ("summary", "title", "slug")}
        values["title"] = t(school["title"])
        values["summary"] = "\n\n".join(t(sentence) for sentence in school["summary"])
        return values

    return fields


def partners_page_fields(t):
    return {
        "title": t("Partners"),
        "intro": t(content.HISTORY_PARAGRAPHS[2]),
        "trusts_intro": t(content.HISTORY_PARAGRAPHS[3]),
    }


def aims_fields(t):
    return {
        "title": t("Aims"),
        "identity_statement": t(content.IDENTITY_STATEMENT),
        "partnerships_statement": t(content.PARTNERSHIPS_STATEMENT),
        "body": [list_section(section, t) for section in content.AIMS_LISTS],
    }


def titled(title):
    return lambda t: {"title": t(title)}


def audience_fields(title, sections):
    return lambda t: {
        "title": t(title),
        "body": [list_section(section, t) for section in sections],
    }


AUDIENCES = [
    ("staff", content.VISION_STAFF),
    ("children-and-learners", content.VISION_CHILDREN),
    ("families-and-community", content.VISION_FAMILIES),
    ("partners", content.VISION_PARTNERS),
]


class Command(BaseCommand):
    help = "Create the trust's pages and partners from its own words; leaves existing ones alone."

    def handle(self, *args, **options):
        self.created = 0
        self.existing = 0
        self.filled = 0
        self.languages = draft_languages()
        with (
            translation.override(settings.LANGUAGE_CODE),
            transaction.atomic(),
            deferred_indexing(),
        ):
            home = self.ensure_home()
            self.ensure_page(home, HistoryPage, "history", history_fields)
            index = self.ensure_page(home, SchoolIndexPage, "schools", titled("Schools"))
            for school in content.SCHOOLS:
                self.ensure_page(index, SchoolPage, school["slug"], school_fields(school))
            self.ensure_page(home, PartnersPage, "partners", partners_page_fields)
            self.ensure_partners()
            self.ensure_page(home, AimsPage, "aims", aims_fields)
            vision = self.ensure_page(home, VisionIndexPage, "vision", titled("Vision"))
            for (slug, sections), title in zip(AUDIENCES, content.AUDIENCE_TITLES, strict=True):
                self.ensure_page(vision, VisionAudiencePage, slug, audience_fields(title, sections))
            self.ensure_page(vision, VisionUpdateIndexPage, "updates", titled("Vision updates"))
            # Linked from every page's footer, not the main menu. Their fixed wording is in
            # their templates; their contact fields stay empty until the trust fills them.
            for model, slug, title in [
                (AccessibilityStatementPage, "accessibility", "Accessibility statement"),
                (PrivacyNoticePage, "privacy", "Privacy notice"),
            ]:
                self.ensure_page(home, model, slug, titled(title), in_menu=False)
        call_command("setup_permissions", stdout=self.stdout)
        self.stdout.write(
            self.style.SUCCESS(
                f"Done: {self.created} created, {self.existing} already present (left as they "
                f"are), {self.filled} translations filled in ({', '.join(self.languages)})."
            )
        )

    def ensure_home(self):
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's own migration leaves a placeholder "Welcome" page where ours goes.
            for placeholder in root.get_children().filter(slug="home").exact_type(Page):
                self.stdout.write(f"removed Wagtail's placeholder page {placeholder.pk}")
                placeholder.delete()
            home = HomePage(slug="home", **home_fields(english))
            self.translate(home, home_fields)
            root.add_child(instance=home)
            self.publish(home)
        else:
            self.report(False, home._meta.verbose_name, home.url_path)
            self.fill_translations(home, home_fields)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name=content.TRUST_NAME,
            )
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.site_name = content.TRUST_NAME
            site.save()
        self.ensure_site_identity(site or Site.objects.get(is_default_site=True))
        return home

    def ensure_site_identity(self, site):
        """The site's name in every language (Settings › Site identity), where empty."""
        identity = SiteIdentity.for_site(site)
        if not identity.name:
            identity.name = content.TRUST_NAME
        self.translate(identity, site_identity_fields)
        identity.save()

    def ensure_page(self, parent, model, slug, build, in_menu=None):
        """The child of `parent` with this slug, created and published if it is missing.
        Sections (children of the home page) are in the main menu unless in_menu says not."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            existing = existing.specific
            if not isinstance(existing, model):
                found = type(existing).__name__
                raise CommandError(f"{existing.url_path} is a {found}, expected {model.__name__}.")
            self.report(False, model._meta.verbose_name, existing.url_path)
            self.fill_translations(existing, build)
            return existing
        page = model(slug=slug, **build(english))
        self.translate(page, build)
        # Sections appear in the main menu; schools and audience pages are reached from them.
        page.show_in_menus = parent.depth == 2 if in_menu is None else in_menu
        parent.add_child(instance=page)
        self.publish(page)
        return page

    def ensure_partners(self):
        records = [(PartnerKind.ORGANISATION, p) for p in content.PARTNERS] + [
            (PartnerKind.TRUST, {"name": name}) for name in content.SISTER_TRUSTS
        ]
        for order, (kind, fields) in enumerate(records):

            def build(t, fields=fields):
                return {"name": t(fields["name"]), "description": t(fields.get("description", ""))}

            partner = Partner.objects.filter(name_en=fields["name"], kind=kind).first()
            if partner is None:
                partner = Partner(
                    kind=kind,
                    longest_running=fields.get("longest_running", False),
                    sort_order=order,
                    **build(english),
                )
                self.translate(partner, build)
                partner.save()
                self.report(True, "partner", partner.name)
            else:
                self.report(False, "partner", partner.name)
                if self.translate(partner, build):
                    partner.save()

    # Translations.

    def translate(self, instance, build):
        """Fill each empty translated field of `instance` from the drafts; the number filled."""
        names = translator.get_options_for_model(type(instance)).get_field_names()
        filled = 0
        for code, t in self.languages.items():
            for name, value in build(t).items():
                if name not in names or not value:
                    continue
                localized = build_localized_fieldname(name, code)
                if not getattr(instance, localized):
                    setattr(instance, localized, value)
                    filled += 1
        self.filled += filled
        return filled

    def fill_translations(self, page, build):
        if self.translate(page, build):
            self.publish(page, verb="translated")
        else:
            self.record_translation_state(page)

    def record_translation_state(self, page):
        for code in self.languages:
            PageTranslation.objects.get_or_create(
                page=page, language=code, defaults={"state": TranslationState.DRAFT}
            )

    # Output.

    def publish(self, page, verb="created"):
        page.save_revision().publish()
        self.record_translation_state(page)
        if verb == "created":
            self.report(True, page._meta.verbose_name, page.url_path)
        else:
            self.stdout.write(f"{verb} {page._meta.verbose_name}: {page.url_path}")

    def report(self, created, kind, name):
        if created:
            self.created += 1
            self.stdout.write(f"created {kind}: {name}")
        else:
            self.existing += 1
            self.stdout.write(f"exists  {kind}: {name}")
