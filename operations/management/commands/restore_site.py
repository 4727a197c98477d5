"""Restore a site from a `backup_site` archive: the database and the media.

Nothing is touched until the whole archive has been unpacked into a private
temporary directory and checked: every member is a regular file with a plain
relative name that the format expects, its size and SHA-256 are the manifest's,
and every media file passes the upload rules (`backup_site.media_problem`).

Then the media files are written first, keeping a copy of each file they
replace, and the database is replaced last, as a whole and in one transaction
(PostgreSQL through `pg_restore --clean --single-transaction`, other engines by
emptying every table and loading the dump). If the database part fails, the
media files are put back, so either everything is restored or nothing changed.
Media files the archive does not have are left alone. Every cache is cleared
afterwards. Stop the web processes first, and restore into a database migrated
by the same code as made the backup, or newer.
"""

import gzip
import json
import shutil
import tarfile
import tempfile
import zlib
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
    HashingReader,
    is_plain_path,
    is_postgresql,
    media_problem,
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

        with tempfile.TemporaryDirectory(prefix="trustsite-restore-") as workdir:
            staging = Path(workdir) / "archive"
            manifest = unpack(archive, staging)
            self.check_compatible(manifest, connection)
            if interactive and not self.confirm(connection):
                raise CommandError("Restore cancelled.")

            media = MediaWriter(default_storage, Path(workdir) / "replaced")
            try:
                media.write(staging, manifest["members"])
                self.restore_database(connection, staging / manifest["database"])
            except BaseException as exc:
                not_put_back = media.undo()
                if not isinstance(exc, Exception):
                    raise
                if not_put_back:
                    # Pages may now name files that are not there: drop what was cached.
                    self.clear_caches()
                    raise CommandError(
                        f"Restore failed: {exc}\nThe database is as it was, but these media "
                        f"files could not be put back: {', '.join(not_put_back)}"
                    ) from exc
                raise CommandError(
                    f"Restore failed: {exc}\nNothing was changed: the database and the media "
                    "files are as they were."
                ) from exc

        # Whatever was cached describes the site as it was before the restore.
        self.clear_caches()
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored the {connection.vendor} database {connection.settings_dict['NAME']!s} "
                f"and {manifest['media_files']} media files ({media.written} written, the rest "
                f"already there) from {archive} (backed up {manifest['created']})."
            )
        )
        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            self.stdout.write("The backup predates some of this code's migrations: run `migrate`.")

    def check_compatible(self, manifest, connection):
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

    def restore_database(self, connection, dump):
        if dump.name == PG_DUMP_NAME:
            self.restore_pg_dump(connection, dump)
        else:
            self.restore_json_dump(connection, dump)

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
        # All of it in one transaction, the search index too: a failure at any
        # step leaves the database as it was.
        try:
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
        except BaseException:
            # Content types cached while loading are the backup's, not the database's.
            ContentType.objects.clear_cache()
            raise

    def clear_caches(self):
        ContentType.objects.clear_cache()
        for cache in caches.all():
            cache.clear()


class MediaWriter:
    """Writes staged media files into `storage`, keeping in `keep_dir` a copy of each
    file it replaces, so that `undo` can put the storage back as it was. Files that
    are already as in the backup are not touched."""

    def __init__(self, storage, keep_dir):
        self.storage = storage
        self.keep_dir = keep_dir
        self.journal = []  # (name written, copy of what it replaced or None), in order
        self.written = 0

    def write(self, staging, members):
        for member, entry in members.items():
            if not member.startswith(MEDIA_PREFIX):
                continue
            name = member.removeprefix(MEDIA_PREFIX)
            kept = self.keep(name, entry["sha256"]) if self.storage.exists(name) else None
            if kept is False:
                continue
            self.journal.append((name, kept))
            if kept:
                self.storage.delete(name)
            with (staging / member).open("rb") as source:
                saved = self.storage.save(name, File(source, name=Path(name).name))
            if saved != name:
                self.journal.append((saved, None))
                raise CommandError(f"Media file {name} was stored as {saved}.")
            self.written += 1

    def keep(self, name, sha256):
        """Copy the stored file `name` aside and return the copy, or False when it is
        the backup's file already."""
        kept = self.keep_dir / name
        kept.parent.mkdir(parents=True, exist_ok=True)
        with self.storage.open(name, "rb") as stored, kept.open("wb") as copy:
            reader = HashingReader(stored)
            shutil.copyfileobj(reader, copy)
        if reader.sha256.hexdigest() == sha256:
            kept.unlink()
            return False
        return kept

    def undo(self):
        """Put back what `write` changed, newest first; return the names it could not."""
        failed = []
        for name, kept in reversed(self.journal):
            try:
                if self.storage.exists(name):
                    self.storage.delete(name)
                if kept:
                    with kept.open("rb") as source:
                        saved = self.storage.save(name, File(source, name=Path(name).name))
                    if saved != name:
                        failed.append(name)
            except Exception:  # noqa: BLE001 - put back every other file, then report
                failed.append(name)
        self.journal = []
        return failed


def refuse(archive, problem):
    return CommandError(f"Refused {archive}: {problem.rstrip('.')}. Nothing was changed.")


def unpack(archive, staging):
    """Unpack `archive` into `staging`, check all of it against its manifest and the
    upload rules, and return the manifest. Nothing is written outside `staging`."""
    found = {}  # member name: its size and SHA-256, as read
    try:
        with tarfile.open(archive, "r:gz") as tar:
            for member in tar:
                # A name is checked before anything is written under it.
                if not is_plain_path(member.name):
                    raise refuse(archive, f"{member.name!r} is not a plain relative path")
                if not member.isreg():
                    raise refuse(archive, f"{member.name!r} is a link, directory or device")
                if member.name in found:
                    raise refuse(archive, f"{member.name!r} appears twice")
                target = staging / member.name
                target.parent.mkdir(parents=True, exist_ok=True)
                with tar.extractfile(member) as source, target.open("xb") as copy:
                    reader = HashingReader(source)
                    shutil.copyfileobj(reader, copy)
                found[member.name] = {"size": member.size, "sha256": reader.sha256.hexdigest()}
    except (tarfile.TarError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise CommandError(f"Not a readable .tar.gz archive: {archive} ({exc}).") from exc
    except OSError as exc:
        raise CommandError(f"Cannot unpack {archive} into {staging}: {exc}") from exc

    if MANIFEST not in found:
        raise CommandError("Not a backup_site archive: it has no manifest.json.")
    manifest = read_manifest(staging / MANIFEST)
    check_members(archive, staging, manifest, found)
    return manifest


def check_members(archive, staging, manifest, found):
    """Refuse the archive unless its members are the manifest's, byte for byte, a
    database dump and media files that the upload forms would take."""
    members = manifest["members"]
    unlisted = sorted(found.keys() - members.keys() - {MANIFEST})
    if unlisted:
        raise refuse(archive, f"not in the manifest: {', '.join(map(repr, unlisted))}")
    missing = sorted(members.keys() - found.keys())
    if missing:
        raise refuse(archive, f"in the manifest but not in the archive: {', '.join(missing)}")
    if manifest.get("database") not in (PG_DUMP_NAME, JSON_DUMP_NAME):
        raise refuse(archive, f"unknown database dump {manifest.get('database')!r}")
    if manifest["database"] not in members:
        raise refuse(archive, f"the database dump {manifest['database']!r} is missing")
    for name, entry in members.items():
        if found[name] != {"size": entry.get("size"), "sha256": entry.get("sha256")}:
            raise refuse(
                archive,
                f"{name!r} does not match its size and SHA-256 checksum in the manifest: "
                "the archive is damaged or was altered",
            )
        if name == manifest["database"]:
            continue
        if not name.startswith(MEDIA_PREFIX):
            raise refuse(archive, f"{name!r} is neither the database dump nor a media file")
        with (staging / name).open("rb") as handle:
            problem = media_problem(name.removeprefix(MEDIA_PREFIX), handle)
        if problem:
            raise refuse(archive, f"the media file {name!r} is not allowed: {problem}")


def read_manifest(path):
    try:
        with path.open("rb") as handle:
            manifest = json.load(handle)
    except ValueError as exc:
        raise CommandError("Not a backup_site archive: its manifest.json is not JSON.") from exc
    if not isinstance(manifest, dict):
        raise CommandError("Not a backup_site archive: its manifest.json is not an object.")
    if manifest.get("format") != FORMAT or manifest.get("version") != FORMAT_VERSION:
        earlier = (
            " Archives of version 1 carry no checksums, so nothing in them can be checked."
            if manifest.get("format") == FORMAT and manifest.get("version") == 1
            else ""
        )
        raise CommandError(
            f"Unsupported archive: {manifest.get('format')} version {manifest.get('version')}."
            + earlier
        )
    members = manifest.get("members")
    if not isinstance(members, dict) or not all(isinstance(e, dict) for e in members.values()):
        raise CommandError("The archive's manifest.json lists no members with their checksums.")
    return manifest
