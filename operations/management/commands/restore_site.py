"""Restore a site from a `backup_site` archive: the database and the media.

The database is replaced as a whole (PostgreSQL through `pg_restore --clean`,
other engines by emptying every table and loading the dump), in one
transaction, so a failed restore leaves the database as it was. Media files
from the archive are written back under their own names; files the archive
does not have are left alone. Stop the web processes first, and restore into a
database migrated by the same code as made the backup, or newer.
"""

import json
import shutil
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.core.management.color import no_style
from django.core.management.sql import emit_post_migrate_signal, sql_flush
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.utils import translation

from .backup_site import (
    FORMAT,
    FORMAT_VERSION,
    JSON_DUMP_NAME,
    MANIFEST,
    MEDIA_PREFIX,
    PG_DUMP_NAME,
    is_postgresql,
    run_pg,
)


class Command(BaseCommand):
    help = "Replace the database and restore the media from a backup_site archive."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="A .tar.gz written by backup_site.")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation.",
        )

    def handle(self, *args, archive, database, interactive, **options):
        connection = connections[database]
        if connection.in_atomic_block:
            raise CommandError("Cannot restore inside a transaction: run it on its own.")
        archive = Path(archive)
        if not archive.is_file():
            raise CommandError(f"No such archive: {archive}")

        with tarfile.open(archive, "r:gz") as tar:
            manifest = read_manifest(tar)
            self.check_compatible(manifest, connection)
            if interactive and not self.confirm(connection):
                raise CommandError("Restore cancelled.")
            with tempfile.TemporaryDirectory(prefix="trustsite-restore-") as workdir:
                dump = Path(workdir) / Path(manifest["database"]).name
                with tar.extractfile(manifest["database"]) as source, dump.open("wb") as target:
                    shutil.copyfileobj(source, target)
                if manifest["database"] == PG_DUMP_NAME:
                    self.restore_pg_dump(connection, dump)
                else:
                    self.restore_json_dump(connection, dump)
            restored_files = self.restore_media(tar)

        # Whatever was cached describes the site as it was before the restore.
        ContentType.objects.clear_cache()
        for alias in settings.CACHES:
            caches[alias].clear()

        self.stdout.write(
            self.style.SUCCESS(
                f"Restored the {connection.vendor} database {connection.settings_dict['NAME']!s} "
                f"and {restored_files} media files from {archive} "
                f"(backed up {manifest['created']})."
            )
        )
        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            self.stdout.write("The backup predates some of this code's migrations: run `migrate`.")

    def check_compatible(self, manifest, connection):
        if manifest["database"] not in (PG_DUMP_NAME, JSON_DUMP_NAME):
            raise CommandError(f"Unknown database dump {manifest['database']!r}.")
        # A JSON dump loads into any engine (that is how a SQLite trial moves to
        # PostgreSQL); a pg_dump archive only into PostgreSQL.
        if manifest["database"] == PG_DUMP_NAME and not is_postgresql(connection):
            raise CommandError(f"This is a PostgreSQL backup; the database is {connection.vendor}.")
        on_disk = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
        unknown = sorted(".".join(m) for m in manifest["migrations"] if tuple(m) not in on_disk)
        if unknown:
            raise CommandError(
                "The backup was made by newer code; deploy that code first. "
                f"Unknown migrations: {', '.join(unknown)}"
            )

    def confirm(self, connection):
        answer = input(
            f"This replaces everything in the database {connection.settings_dict['NAME']!s} "
            "and overwrites media files of the same names. Type 'yes' to continue: "
        )
        return answer.strip().lower() == "yes"

    def restore_pg_dump(self, connection, dump):
        # Close our own connection: its prepared statements point at the tables
        # pg_restore is about to replace, and the next query opens a fresh one.
        connection.close()
        run_pg(
            "pg_restore",
            connection,
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            str(dump),
        )

    def restore_json_dump(self, connection, dump):
        # Empty every table first, so the result is the backup exactly, not the
        # backup merged into what was here (Wagtail's own root page and site, say).
        with transaction.atomic(using=connection.alias):
            statements = sql_flush(no_style(), connection, reset_sequences=True)
            connection.ops.execute_sql_flush(statements)
            ContentType.objects.clear_cache()
            with translation.override(settings.LANGUAGE_CODE):
                call_command("loaddata", str(dump), database=connection.alias, verbosity=0)
        # Models newer than the backup get their content types and permissions,
        # as `migrate` would give them; the search index is rebuilt from the pages.
        emit_post_migrate_signal(verbosity=0, interactive=False, db=connection.alias)
        call_command("update_index", verbosity=0)

    def restore_media(self, tar):
        count = 0
        for member in tar:
            if not (member.isfile() and member.name.startswith(MEDIA_PREFIX)):
                continue
            name = member.name.removeprefix(MEDIA_PREFIX)
            # Storage.save() refuses absolute names and "..", so an archive cannot
            # write outside the media storage.
            if default_storage.exists(name):
                default_storage.delete(name)
            with tar.extractfile(member) as source:
                saved = default_storage.save(name, File(source, name=Path(name).name))
            if saved != name:
                raise CommandError(f"Media file {name} was stored as {saved}.")
            count += 1
        return count


def read_manifest(tar):
    try:
        manifest = json.load(tar.extractfile(MANIFEST))
    except (KeyError, json.JSONDecodeError) as exc:
        raise CommandError("Not a backup_site archive: no readable manifest.json.") from exc
    if manifest.get("format") != FORMAT or manifest.get("version") != FORMAT_VERSION:
        raise CommandError(
            f"Unsupported archive: {manifest.get('format')} version {manifest.get('version')}."
        )
    return manifest
