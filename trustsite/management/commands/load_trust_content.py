"""Build the whole site tree from the trust's own words (trustsite/content.py).

Idempotent: a page or partner that already exists is left exactly as it is (an
office may have edited it), so a second run creates nothing and changes nothing.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Page, Site

from history.models import HistoryPage
from partners.models import Partner, PartnerKind, PartnersPage
from schools.models import SchoolIndexPage, SchoolPage
from trustsite import content
from trustsite.models import HomePage
from vision.models import AimsPage, VisionAudiencePage, VisionIndexPage, VisionUpdateIndexPage


def paragraph(text):
    return ("paragraph", format_html("<p>{}</p>", text))


def list_section(section):
    return ("list", section)


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
        with translation.override("en"), transaction.atomic():
            home = self.ensure_home()
            self.ensure_history(home)
            self.ensure_schools(home)
            self.ensure_partners(home)
            self.ensure_aims(home)
            self.ensure_vision(home)
        self.stdout.write(
            self.style.SUCCESS(
                f"Done: {self.created} created, {self.existing} already present (left as they are)."
            )
        )

    # The tree, top to bottom.

    def ensure_home(self):
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's own migration leaves a placeholder "Welcome" page where ours goes.
            for placeholder in root.get_children().filter(slug="home").exact_type(Page):
                self.stdout.write(f"removed Wagtail's placeholder page {placeholder.title!r}")
                placeholder.delete()
            home = HomePage(
                title=content.TRUST_NAME,
                slug="home",
                introduction=content.IDENTITY_STATEMENT,
            )
            root.add_child(instance=home)
            self.publish(home)
        else:
            self.existing += 1
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
        return home

    def ensure_history(self, home):
        paragraphs = content.HISTORY_PARAGRAPHS
        body = [
            paragraph(paragraphs[0]),
            paragraph(paragraphs[1]),
            paragraph(paragraphs[2]),
            list_section({"heading": "", "lead": "", "items": content.PARTNER_BULLETS}),
            paragraph(paragraphs[3]),
        ]
        self.ensure_page(
            home,
            HistoryPage,
            slug="history",
            title="History",
            heading=content.HISTORY_HEADING,
            body=body,
            timeline=[("event", event) for event in content.TIMELINE],
        )

    def ensure_schools(self, home):
        index = self.ensure_page(home, SchoolIndexPage, slug="schools", title="Schools")
        for school in content.SCHOOLS:
            fields = {k: v for k, v in school.items() if k != "summary"}
            fields["summary"] = "\n\n".join(school["summary"])
            self.ensure_page(index, SchoolPage, **fields)

    def ensure_partners(self, home):
        self.ensure_page(
            home,
            PartnersPage,
            slug="partners",
            title="Partners",
            intro=content.HISTORY_PARAGRAPHS[2],
            trusts_intro=content.HISTORY_PARAGRAPHS[3],
        )
        records = [(PartnerKind.ORGANISATION, p) for p in content.PARTNERS] + [
            (PartnerKind.TRUST, {"name": name}) for name in content.SISTER_TRUSTS
        ]
        for order, (kind, fields) in enumerate(records):
            fields = dict(fields)
            partner, created = Partner.objects.get_or_create(
                name=fields.pop("name"), kind=kind, defaults={**fields, "sort_order": order}
            )
            self.report(created, "partner", partner.name)

    def ensure_aims(self, home):
        self.ensure_page(
            home,
            AimsPage,
            slug="aims",
            title="Aims",
            identity_statement=content.IDENTITY_STATEMENT,
            partnerships_statement=content.PARTNERSHIPS_STATEMENT,
            body=[list_section(section) for section in content.AIMS_LISTS],
        )

    def ensure_vision(self, home):
        vision = self.ensure_page(home, VisionIndexPage, slug="vision", title="Vision")
        for (slug, sections), title in zip(AUDIENCES, content.AUDIENCE_TITLES, strict=True):
            self.ensure_page(
                vision,
                VisionAudiencePage,
                slug=slug,
                title=title,
                body=[list_section(section) for section in sections],
            )
        self.ensure_page(vision, VisionUpdateIndexPage, slug="updates", title="Vision updates")

    # Helpers.

    def ensure_page(self, parent, model, *, slug, title, **fields):
        """The child of `parent` with this slug, created and published if it is missing."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            existing = existing.specific
            if not isinstance(existing, model):
                found = type(existing).__name__
                raise CommandError(f"{existing.url_path} is a {found}, expected {model.__name__}.")
            self.report(False, model._meta.verbose_name, existing.url_path)
            return existing
        page = model(title=title, slug=slug, **fields)
        # Sections appear in the main menu; schools and audience pages are reached from them.
        page.show_in_menus = parent.depth == 2
        parent.add_child(instance=page)
        self.publish(page)
        return page

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
