"""Build the whole site tree from the trust's own words (content/data/site.yaml), with the
draft translations in content/data/translations/ filled in for every other language.

Pages are built in English, then their translations are imported from the PO files
through the same code as a translator's upload (localisation.po.import_catalogues),
which records each as a draft made from the English of its msgid: a draft of English
fixed since (a typo in site.yaml) is stored, and outdated, rather than refused.

Idempotent: an existing page or partner keeps every value it has (an office may have
edited it); only translation fields that are still empty are filled. A second run
creates nothing and changes nothing.
"""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Site

from content.build import (
    Untranslated,
    english,
    enquiry_topics,
    field_values,
    page_fields,
    page_model,
    partners,
    translated_field_names,
    translator,
)
from content.loader import load_catalogue, load_site, load_translations
from core.indexing import deferred_indexing
from core.models import SiteIdentity
from enquiries.models import EnquiryTopic
from localisation.models import PageTranslation, TranslationState
from localisation.po import import_catalogues
from partners.models import Partner

# The first part of the msgctxt of the PO files' texts that are not a page's.
NOT_PAGES = ("partner", "site", "enquiry-topic")


def draft_languages():
    """{language code: translate function} for each language with drafted translations."""
    languages = {}
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        strings = load_translations(code)
        if strings:
            languages[code] = translator(strings)
    return languages


class Command(BaseCommand):
    help = "Create the trust's pages and partners from its own words; leaves existing ones alone."

    def handle(self, *args, **options):
        self.created = 0
        self.existing = 0
        self.filled = 0
        self.languages = draft_languages()
        site = load_site()
        with (
            translation.override(settings.LANGUAGE_CODE),
            transaction.atomic(),
            deferred_indexing(),
        ):
            home = self.ensure_home(site)
            self.ensure_children(home, site["home"])
            self.ensure_partners(site)
            self.ensure_enquiry_topics(site)
            self.import_page_translations()
        call_command("setup_permissions", stdout=self.stdout)
        self.stdout.write(
            self.style.SUCCESS(
                f"Done: {self.created} created, {self.existing} already present (left as they "
                f"are), {self.filled} translations filled in ({', '.join(self.languages)})."
            )
        )

    def ensure_home(self, site):
        data = site["home"]
        model = page_model(data)
        home = model.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's own migration leaves a placeholder "Welcome" page where ours goes.
            for placeholder in root.get_children().filter(slug=data["slug"]).exact_type(Page):
                self.stdout.write(f"removed Wagtail's placeholder page {placeholder.pk}")
                placeholder.delete()
            home = self.new_page(data)
            root.add_child(instance=home)
            self.publish(home)
        else:
            self.report(False, home._meta.verbose_name, home.url_path)
        default = Site.objects.filter(is_default_site=True).first()
        if default is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name=site["site_name"],
            )
        elif default.root_page_id != home.pk:
            default.root_page = home
            default.site_name = site["site_name"]
            default.save()
        self.ensure_site_identity(default or Site.objects.get(is_default_site=True), site)
        return home

    def ensure_site_identity(self, default, site):
        """The site's name in every language (Settings › Site identity), where empty."""
        identity = SiteIdentity.for_site(default)
        fields = {"name": site["site_name"]}
        if not identity.name:
            identity.name = site["site_name"]
        self.translate(identity, fields)
        identity.save()

    def ensure_children(self, parent, data):
        for child in data.get("children", []):
            page = self.ensure_page(parent, child)
            self.ensure_children(page, child)

    def ensure_page(self, parent, data):
        """The child of `parent` with this page's slug, created and published if missing."""
        model = page_model(data)
        existing = parent.get_children().filter(slug=data["slug"]).first()
        if existing is not None:
            existing = existing.specific
            if not isinstance(existing, model):
                found = type(existing).__name__
                raise CommandError(f"{existing.url_path} is a {found}, expected {model.__name__}.")
            self.report(False, model._meta.verbose_name, existing.url_path)
            return existing
        page = self.new_page(data)
        parent.add_child(instance=page)
        self.publish(page)
        return page

    def new_page(self, data):
        model = page_model(data)
        fields = page_fields(data)
        page = model(slug=data["slug"], **field_values(model, fields, english))
        page.show_in_menus = data.get("in_menu", False)
        return page

    def ensure_partners(self, site):
        for order, kind, fields in partners(site):
            partner = Partner.objects.filter(name_en=fields["name"], kind=kind).first()
            if partner is None:
                partner = Partner(
                    kind=kind, sort_order=order, **field_values(Partner, fields, english)
                )
                self.translate(partner, fields)
                partner.save()
                self.report(True, "partner", partner.name)
            else:
                self.report(False, "partner", partner.name)
                if self.translate(partner, fields):
                    partner.save()

    def ensure_enquiry_topics(self, site):
        for order, fields in enquiry_topics(site):
            topic = EnquiryTopic.objects.filter(name_en=fields["name"]).first()
            if topic is None:
                topic = EnquiryTopic(
                    sort_order=order, **field_values(EnquiryTopic, fields, english)
                )
                self.translate(topic, fields)
                topic.save()
                self.report(True, "enquiry topic", topic.name)
            else:
                self.report(False, "enquiry topic", topic.name)
                if self.translate(topic, fields):
                    topic.save()

    # Translations.

    def translate(self, instance, fields):
        """Fill each empty translated field of `instance` from the drafts; the number filled.
        A field with a text that has no translation stays empty (readers get the English)."""
        model = type(instance)
        names = translated_field_names(model)
        filled = 0
        for code, t in self.languages.items():
            for name, value in fields.items():
                if name not in names:
                    continue
                try:
                    [translated] = field_values(model, {name: value}, t).values()
                except Untranslated:
                    continue
                localized = build_localized_fieldname(name, code)
                if translated and not getattr(instance, localized):
                    setattr(instance, localized, translated)
                    filled += 1
        self.filled += filled
        return filled

    def import_page_translations(self):
        """The pages' drafts, from each language's PO file: only into empty fields."""
        catalogues = {code: load_catalogue(code) for code in self.languages}
        reports = import_catalogues(catalogues, shipped=True)
        for code, report in reports.items():
            self.filled += len(report.changed)
            for key in report.unknown:
                if key[0] in NOT_PAGES:
                    continue  # translated with their partner or the site identity
                self.stdout.write(f"{code}: no such page text (left out): {' '.join(key)}")
        outdated = PageTranslation.objects.filter(state=TranslationState.OUTDATED)
        for row in outdated.select_related("page"):
            for name in row.outdated_fields():
                self.stdout.write(
                    f"{row.language}: draft of English that has changed since, shown in "
                    f"English until translated again: {row.page.url_path} {name}"
                )

    # Output.

    def publish(self, page):
        page.save_revision().publish()
        self.report(True, page._meta.verbose_name, page.url_path)

    def report(self, created, kind, name):
        if created:
            self.created += 1
            self.stdout.write(f"created {kind}: {name}")
        else:
            self.existing += 1
            self.stdout.write(f"exists  {kind}: {name}")
