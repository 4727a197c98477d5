"""Store the translations of a PO file that translators returned, and say what happened."""

import polib
from django.core.management.base import BaseCommand, CommandError

from localisation.po import import_po, translatable_languages


def report_lines(report):
    counts = report.counts()
    yield ", ".join(f"{name}: {count}" for name, count in counts.items())
    for name in ("changed", "refused", "skipped", "unknown"):
        for key in getattr(report, name):
            reason = report.reasons.get(key)
            yield f"  {name}: {key[0]} {key[1]}" + (f" ({reason})" if reason else "")


class Command(BaseCommand):
    help = "Import a PO file of page translations; each changed page is published."

    def add_arguments(self, parser):
        parser.add_argument("language", choices=translatable_languages())
        parser.add_argument("file")

    def handle(self, language, file, **options):
        try:
            po = polib.pofile(file)
        except (OSError, ValueError) as error:
            raise CommandError(f"Cannot read {file}: {error}") from error
        report = import_po(language, po)
        for line in report_lines(report):
            self.stdout.write(line)
