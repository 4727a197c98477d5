"""Write the site's page text in one language as a PO file for translators' tools."""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from localisation.po import export_po, translatable_languages


def school_pages(slug):
    """The school page called `slug` and every live page below it."""
    school = Page.objects.filter(url_path__endswith=f"/schools/{slug}/").first()
    if school is None:
        raise CommandError(f"No school page with the slug {slug!r}.")
    return school.get_descendants(inclusive=True).live().order_by("path").specific()


class Command(BaseCommand):
    help = "Export the pages' text in a language as a PO file (msgid English, msgstr translation)."

    def add_arguments(self, parser):
        parser.add_argument("language", choices=translatable_languages())
        parser.add_argument("--school", help="only this school's pages (its slug)")
        parser.add_argument("-o", "--output", help="the file to write (default: standard output)")

    def handle(self, language, school=None, output=None, **options):
        pages = school_pages(school) if school else None
        po = export_po(language, pages)
        if output:
            po.save(output)
            self.stderr.write(f"{len(po)} entries written to {output}")
        else:
            self.stdout.write(str(po))
