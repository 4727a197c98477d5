"""Print, or write to docs/PERMISSIONS.md, who may do what in the admin
(operations.admin_routes)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from operations.admin_routes import report

REPORT_PATH = Path(settings.BASE_DIR) / "docs" / "PERMISSIONS.md"


class Command(BaseCommand):
    help = "Print who may do what in the admin; with --write, update docs/PERMISSIONS.md."

    def add_arguments(self, parser):
        parser.add_argument("--write", action="store_true", help=f"write {REPORT_PATH}")

    def handle(self, *args, write=False, **options):
        if write:
            REPORT_PATH.write_text(report(), encoding="utf-8")
            self.stdout.write(f"Wrote {REPORT_PATH}.")
        else:
            self.stdout.write(report(), ending="")
