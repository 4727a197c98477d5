"""Back up the whole site, database and media, into one .tar.gz archive.

The archive holds the database (`database.pgdump` from pg_dump on PostgreSQL,
`database.json` from dumpdata elsewhere), `media/`, every uploaded file except
image renditions, which Wagtail recreates on demand, and last `manifest.json`:
what made it, from which schema, and the size and SHA-256 of every other member.
It holds password hashes, so it is created readable by its owner alone (0600).
`restore_site` reads it back.

The helpers below define that format; restore_site imports them.
"""

import glob
import hashlib
import io
import json
import os
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

import django
import wagtail
from django.apps import apps
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import FileExtensionValidator
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.postgresql.client import DatabaseClient
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone, translation
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField

FORMAT = "trustsite-backup"
# Version 2: the manifest comes last and gives every member's size and SHA-256.
FORMAT_VERSION = 2
MANIFEST = "manifest.json"
MEDIA_PREFIX = "media/"
PG_DUMP_NAME = "database.pgdump"
JSON_DUMP_NAME = "database.json"

# Wagtail keeps renditions in images/ and originals in original_images/.
RENDITIONS_DIR = "images"
# Where Wagtail keeps uploads, and the kind of upload each directory holds: a file
# anywhere else in media, or one its upload form would refuse, is never restored.
MEDIA_DIRS = {"original_images": "image", "avatar_images": "image", "documents": "document"}


def rendition_model():
    return get_image_model().get_rendition_model()


def excluded_tables():
    """Tables whose rows are not worth keeping: renditions (their files are not
    backed up either) and sessions (live login tokens have no place in a backup)."""
    return [rendition_model()._meta.db_table, Session._meta.db_table]


# dumpdata keeps every primary key as it is, content types and permissions
# included, so ids stored inside revisions and StreamField (images, page links)
# stay right. Natural keys would not help: Wagtail keeps log entries of deleted
# pages, and Page's natural key makes dumpdata look those pages up. Sessions and
# renditions are left out as on PostgreSQL, and the search index too: restore
# rebuilds it with `update_index`.
DUMPDATA_EXCLUDE_APPS = {"sessions", "wagtailsearch"}
# Content types load first: building a Page or Task subclass on load looks up
# its content type, and would create it under a new id before the dumped one.
DUMPDATA_FIRST = ["contenttypes", "auth"]


def dumpdata_labels():
    rest = [config.label for config in apps.get_app_configs() if config.models_module]
    return [
        label
        for label in dict.fromkeys([*DUMPDATA_FIRST, *rest])
        if label not in DUMPDATA_EXCLUDE_APPS
    ]


def is_postgresql(connection):
    return connection.vendor == "postgresql"


def pg_tool(name):
    """The path of a PostgreSQL client program: on PATH, or the newest in Debian's
    /usr/lib/postgresql/<version>/bin."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
        key=lambda path: int(Path(path).parts[-3]) if Path(path).parts[-3].isdigit() else 0,
    )
    if candidates:
        return candidates[-1]
    raise CommandError(f"{name} not found: install the PostgreSQL client programs.")


def pg_command(tool, connection, *options):
    """Arguments and environment to run pg_dump or pg_restore against `connection`,
    built the way `dbshell` builds them, the password passed in the environment."""
    settings_dict = connection.settings_dict
    if not settings_dict.get("NAME"):
        raise CommandError("DATABASES gives this database no NAME.")
    # dbshell's argument list ends with the database name: "--dbname" in front of
    # it makes the same list valid for pg_dump and pg_restore.
    args, env = DatabaseClient.settings_to_cmd_args_env(
        settings_dict, ["--no-password", *options, "--dbname"]
    )
    args[0] = pg_tool(tool)
    return args, {**os.environ, **(env or {})}


def run_pg(tool, connection, *options):
    args, env = pg_command(tool, connection, *options)
    result = subprocess.run(args, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise CommandError(f"{tool} failed ({result.returncode}):\n{result.stderr.strip()}")
    return result


def media_files(storage, directory=""):
    """Every file name in `storage` below `directory`, renditions left out."""
    try:
        dirs, files = storage.listdir(directory)
    except FileNotFoundError:
        return  # MEDIA_ROOT is made by the first upload: a new site has none
    for name in sorted(files):
        yield f"{directory}/{name}" if directory else name
    for sub in sorted(dirs):
        path = f"{directory}/{sub}" if directory else sub
        if path != RENDITIONS_DIR:
            yield from media_files(storage, path)


def is_plain_path(name):
    """True for a relative POSIX path with no empty, "." or ".." part and no backslash:
    joined to a directory, it names something inside that directory."""
    return (
        bool(name)
        and "\\" not in name
        and "\0" not in name
        and all(part not in ("", ".", "..") for part in name.split("/"))
    )


def media_problem(name, handle):
    """Why restore_site refuses the media file `name` (relative to the storage), or
    None. The rules are the upload forms': documents by WAGTAILDOCS_EXTENSIONS, images
    by WAGTAILIMAGES_EXTENSIONS and by their real format, read from `handle` (which is
    left at its start). The size and pixel limits are left out: they guard the upload
    form, and a backup rightly holds files uploaded under earlier limits."""
    if not is_plain_path(name):
        return "not a plain relative path"
    kind = MEDIA_DIRS.get(name.split("/", 1)[0]) if "/" in name else None
    if kind is None:
        return f"outside the upload directories ({', '.join(sorted(MEDIA_DIRS))})"
    try:
        if kind == "document":
            # As Wagtail's Document.clean: no setting allows every extension.
            extensions = getattr(settings, "WAGTAILDOCS_EXTENSIONS", None)
            if extensions:
                FileExtensionValidator(extensions)(File(None, name=name))
        else:
            field = WagtailImageField()
            field.max_upload_size = field.max_image_pixels = None
            field.to_python(File(io.BytesIO(handle.read()), name=name))
            handle.seek(0)
    except ValidationError as exc:
        return " ".join(exc.messages)
    return None


def applied_migrations(connection):
    return sorted([app, name] for app, name in MigrationRecorder(connection).applied_migrations())


class Command(BaseCommand):
    help = "Back up the database and uploaded media into one .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument(
            "archive",
            nargs="?",
            help="Where to write the archive (default: trustsite-backup-<timestamp>.tar.gz).",
        )
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, archive=None, database=DEFAULT_DB_ALIAS, **options):
        connection = connections[database]
        stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
        archive = Path(archive or f"trustsite-backup-{stamp}.tar.gz").resolve()
        archive.parent.mkdir(parents=True, exist_ok=True)

        with tempfile.TemporaryDirectory(prefix="trustsite-backup-") as workdir:
            # The database first, then media: files uploaded meanwhile are extra,
            # never missing, for the rows in the dump.
            dump_name, dump_path = self.dump_database(connection, Path(workdir))
            manifest = {
                "format": FORMAT,
                "version": FORMAT_VERSION,
                "created": timezone.now().isoformat(),
                "engine": connection.vendor,
                "database": dump_name,
                "migrations": applied_migrations(connection),
                "django": django.get_version(),
                "wagtail": wagtail.__version__,
            }
            # Write next to the target, then rename: never leave half an archive. The
            # file is created 0600, so not one byte is ever readable by others.
            partial = archive.with_name(archive.name + ".partial")
            partial.unlink(missing_ok=True)
            try:
                fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with (
                    open(fd, "wb") as target,
                    tarfile.open(fileobj=target, mode="w:gz", compresslevel=6) as tar,
                ):
                    left_out = write_members(tar, dump_name, dump_path, manifest)
            except BaseException:
                partial.unlink(missing_ok=True)
                raise
            partial.replace(archive)

        for line in left_out:
            # In the archive, it would make restore_site refuse the whole backup.
            self.stderr.write(f"Left out, as restore_site would refuse it: {line}")
        size = archive.stat().st_size / 1_000_000
        self.stdout.write(
            self.style.SUCCESS(
                f"Backed up the {connection.vendor} database {connection.settings_dict['NAME']!s} "
                f"and {manifest['media_files']} media files to {archive} ({size:.1f} MB)."
            )
        )

    def dump_database(self, connection, workdir):
        if is_postgresql(connection):
            path = workdir / PG_DUMP_NAME
            exclude = [f"--exclude-table-data={table}" for table in excluded_tables()]
            run_pg("pg_dump", connection, "--format=custom", f"--file={path}", *exclude)
            return PG_DUMP_NAME, path
        path = workdir / JSON_DUMP_NAME
        # In one fixed language, so modeltranslation's untranslated columns are
        # read the same way every time; each language's own column is dumped too.
        with translation.override(settings.LANGUAGE_CODE):
            call_command(
                "dumpdata",
                *dumpdata_labels(),
                exclude=[rendition_model()._meta.label_lower],
                use_base_manager=True,
                database=connection.alias,
                output=str(path),
                verbosity=0,
            )
        return JSON_DUMP_NAME, path


def write_members(tar, dump_name, dump_path, manifest):
    """Write the database dump, the media files and, last, the manifest with every
    other member's size and SHA-256. Return the media files left out, with why."""
    members = {}
    with dump_path.open("rb") as dump:
        members[dump_name] = add_member(tar, dump_name, dump, dump_path.stat().st_size)
    left_out = []
    for name in media_files(default_storage):
        with default_storage.open(name, "rb") as handle:
            problem = media_problem(name, handle)
            if problem:
                left_out.append(f"{name}: {problem}")
                continue
            members[MEDIA_PREFIX + name] = add_member(
                tar,
                MEDIA_PREFIX + name,
                handle,
                default_storage.size(name),
                default_storage.get_modified_time(name),
            )
    manifest["media_files"] = sum(name.startswith(MEDIA_PREFIX) for name in members)
    manifest["members"] = members
    data = json.dumps(manifest, indent=2).encode()
    add_member(tar, MANIFEST, io.BytesIO(data), len(data))
    return left_out


class HashingReader:
    """Reads through to `handle`, keeping the SHA-256 of what was read."""

    def __init__(self, handle):
        self.handle = handle
        self.sha256 = hashlib.sha256()

    def read(self, size=-1):
        data = self.handle.read(size)
        self.sha256.update(data)
        return data


def add_member(tar, name, handle, size, modified=None):
    """Add `size` bytes from `handle` as the regular file `name`; return its manifest entry."""
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o600
    info.mtime = int((modified or timezone.now()).timestamp())
    reader = HashingReader(handle)
    tar.addfile(info, reader)
    return {"size": size, "sha256": reader.sha256.hexdigest()}
