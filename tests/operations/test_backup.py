"""`backup_site` and `restore_site` bring back the whole site: pages, revisions,
translations, images and documents with their files. Archives are private (0600)
and checked whole before a restore changes anything; a restore that fails halfway
leaves the database and the media files as they were.

The commands dump and restore through their own connections (pg_dump and
pg_restore on PostgreSQL), so these tests commit for real: transactional, with
the migrations' own rows (Wagtail's root page, default locale) put back after.
"""

import hashlib
import io
import json
import os
import shutil
import stat
import tarfile
from collections import Counter

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, Revision

from operations.management.commands import restore_site
from schools.models import SchoolPage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

Image = get_image_model()
Document = get_document_model()

SCHOOL_URL_PATH = "/home/schools/regents-park/"
POLISH_TITLE = "Szkoła Regents Park"
POLISH_SUMMARY = "Szkoła podstawowa w sercu Southampton."
DOCUMENT_BYTES = b"Admissions policy 2025, agreed by the trust board.\n"


def run(command, *args, **options):
    out = io.StringIO()
    call_command(command, *args, stdout=out, **options)
    return out.getvalue()


def file_bytes(field_file):
    with default_storage.open(field_file.name, "rb") as handle:
        return handle.read()


def revision_counts():
    return Counter(Revision.objects.values_list("object_id", flat=True))


def site_state(media_root):
    """What a restore would change: pages, revisions and every media file's bytes."""
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "page titles": sorted(Page.objects.values_list("pk", "title")),
        "media files": {
            path.relative_to(media_root).as_posix(): path.read_bytes()
            for path in media_root.rglob("*")
            if path.is_file()
        },
    }


def warm_content_types():
    """restore_site empties the content type cache. After the test, Django reloads the
    migrations' rows in INSTALLED_APPS order, building Wagtail's default moderation
    task (a Task subclass) before the content types are back: with a cold cache its
    __init__ would create its content type anew, and the reload would then collide
    with the dumped one."""
    ContentType.objects.get_for_models(*apps.get_models())


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def rewrite(archive, target, edit):
    """A copy of `archive` whose members ({name: bytes}, or a TarInfo for a link) and
    manifest `edit(members, manifest)` has changed; the manifest goes last."""
    with tarfile.open(archive) as tar:
        members = {member.name: tar.extractfile(member).read() for member in tar}
    manifest = json.loads(members.pop("manifest.json"))
    edit(members, manifest)
    members["manifest.json"] = json.dumps(manifest).encode()
    with tarfile.open(target, "w:gz") as tar:
        for name, content in members.items():
            if isinstance(content, tarfile.TarInfo):
                tar.addfile(content)
                continue
            info = tarfile.TarInfo(name)
            info.size = len(content)
            tar.addfile(info, io.BytesIO(content))
    return target


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


@pytest.fixture
def populated_site(trust_site, media_root):
    """The trust's site plus what editors add: a Polish translation published as a
    new revision, a draft revision on top, an image (with a rendition) and a document."""
    school = SchoolPage.objects.get(url_path=SCHOOL_URL_PATH)
    school.title_pl = POLISH_TITLE
    school.summary_pl = POLISH_SUMMARY
    school.save_revision().publish()
    school.save_revision()

    image = Image.objects.create(title="Regents Park playground", file=get_test_image_file())
    image.get_rendition("fill-80x60")
    document = Document.objects.create(
        title="Admissions policy", file=ContentFile(DOCUMENT_BYTES, name="admissions.txt")
    )
    return {
        "english_title": school.title_en,
        "url_paths": sorted(Page.objects.values_list("url_path", flat=True)),
        "revisions": revision_counts(),
        "image": (image.pk, image.file.name, file_bytes(image.file)),
        "document": (document.pk, document.file.name, DOCUMENT_BYTES),
    }


@pytest.fixture
def archive(populated_site, tmp_path):
    path = tmp_path / "backups" / "site.tar.gz"
    run("backup_site", str(path))
    return path


@pytest.fixture
def changed_since_backup(populated_site, archive, media_root):
    """The site as it moved on after the backup: a school deleted, a revision saved, the
    document's file replaced and the image's file lost. A restore would undo each."""
    SchoolPage.objects.exclude(url_path=SCHOOL_URL_PATH).first().delete()
    SchoolPage.objects.get(url_path=SCHOOL_URL_PATH).save_revision()
    (media_root / populated_site["document"][1]).write_bytes(b"Admissions policy 2026.\n")
    (media_root / populated_site["image"][1]).unlink()
    state = site_state(media_root)
    assert state["pages"] != len(populated_site["url_paths"])
    return state


@pytest.fixture
def restored(populated_site, archive, media_root):
    """The site as it was, after its database and media were wiped and restored."""
    # An empty migrated database: `flush` leaves the schema, content types and
    # permissions, and nothing else, not even Wagtail's root page.
    call_command("flush", interactive=False, verbosity=0)
    shutil.rmtree(media_root)
    assert not Page.objects.exists()

    run("restore_site", str(archive), interactive=False)
    warm_content_types()
    return populated_site


def test_backup_holds_the_database_media_and_a_manifest(archive, populated_site):
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        manifest = json.load(tar.extractfile("manifest.json"))

    assert manifest["database"] in names
    assert "media/" + populated_site["image"][1] in names
    assert "media/" + populated_site["document"][1] in names
    assert manifest["media_files"] == 2


def test_the_archive_is_readable_by_its_owner_alone(populated_site, tmp_path):
    path = tmp_path / "backups" / "site.tar.gz"
    umask = os.umask(0o022)
    try:
        run("backup_site", str(path))
    finally:
        os.umask(umask)

    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_archive_is_never_readable_by_others_while_it_is_written(
    populated_site, tmp_path, monkeypatch
):
    backups = tmp_path / "backups"
    backups.mkdir()
    modes = []
    addfile = tarfile.TarFile.addfile

    def note_modes(tar, *args, **kwargs):
        modes.extend(stat.S_IMODE(path.stat().st_mode) for path in backups.iterdir())
        return addfile(tar, *args, **kwargs)

    monkeypatch.setattr(tarfile.TarFile, "addfile", note_modes)
    umask = os.umask(0o022)
    try:
        run("backup_site", str(backups / "site.tar.gz"))
    finally:
        os.umask(umask)

    assert modes
    assert set(modes) == {0o600}


def test_the_manifest_gives_the_size_and_sha256_of_every_member(archive):
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        members = {
            member.name: {"size": member.size, "sha256": sha256(tar.extractfile(member).read())}
            for member in tar
            if member.name != "manifest.json"
        }

    assert manifest["members"] == members


def test_backup_leaves_out_media_files_that_restore_would_refuse(populated_site, tmp_path):
    root = tmp_path / "media"
    (root / "documents" / "notice.html").write_bytes(b"<script>alert(1)</script>")
    (root / "notes.txt").write_bytes(b"not an upload")
    path = tmp_path / "site.tar.gz"
    err = io.StringIO()

    call_command("backup_site", str(path), stdout=io.StringIO(), stderr=err)

    with tarfile.open(path) as tar:
        names = tar.getnames()
    assert "media/documents/notice.html" not in names
    assert "media/notes.txt" not in names
    assert "documents/notice.html" in err.getvalue()
    assert "notes.txt" in err.getvalue()
    restore_site.unpack(path, tmp_path / "checked")  # restore's own check: no CommandError


def test_a_site_with_no_uploads_yet_is_backed_up(trust_site, media_root, tmp_path):
    assert not media_root.exists()
    path = tmp_path / "site.tar.gz"

    run("backup_site", str(path))

    with tarfile.open(path) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
    assert manifest["media_files"] == 0
    assert list(manifest["members"]) == [manifest["database"]]


def test_backup_leaves_out_image_renditions(archive, media_root):
    assert any((media_root / "images").iterdir())
    with tarfile.open(archive) as tar:
        assert not [name for name in tar.getnames() if name.startswith("media/images/")]


def test_restore_brings_back_every_page(restored):
    assert sorted(Page.objects.values_list("url_path", flat=True)) == restored["url_paths"]


def test_restore_brings_back_every_revision(restored):
    assert revision_counts() == restored["revisions"]


def test_restore_brings_back_translations(restored):
    school = SchoolPage.objects.get(url_path=SCHOOL_URL_PATH)

    assert school.title_pl == POLISH_TITLE
    with translation.override("pl"):
        assert school.title == POLISH_TITLE
        assert school.summary == POLISH_SUMMARY
    with translation.override("en"):
        assert school.title == restored["english_title"]


def test_restore_brings_back_images_with_their_files(restored):
    pk, name, content = restored["image"]
    image = Image.objects.get(pk=pk)

    assert image.file.name == name
    assert file_bytes(image.file) == content


def test_restored_images_make_new_renditions(restored):
    image = Image.objects.get(pk=restored["image"][0])

    rendition = image.get_rendition("fill-80x60")

    assert default_storage.exists(rendition.file.name)


def test_restore_brings_back_documents_with_their_files(restored):
    pk, name, content = restored["document"]
    document = Document.objects.get(pk=pk)

    assert document.file.name == name
    assert file_bytes(document.file) == content


def test_restore_clears_every_cache(two_caches, restored):
    assert len(caches.all()) == 2
    for cache in caches.all():
        assert cache.get("before-the-restore") is None


@pytest.fixture
def two_caches(settings):
    settings.CACHES = {
        alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": alias}
        for alias in ("default", "pages")
    }
    for cache in caches.all():
        cache.set("before-the-restore", "stale")


def change_the_document(members, manifest):
    """Same size, other bytes: only the checksum can tell."""
    name = next(name for name in members if name.startswith("media/documents/"))
    members[name] = members[name].replace(b"2025", b"2026")


def drop_the_image(members, manifest):
    del members[next(name for name in members if name.startswith("media/original_images/"))]


def add(name, content, listed=True):
    def edit(members, manifest):
        members[name] = content
        if listed:
            manifest["members"][name] = {"size": len(content), "sha256": sha256(content)}

    return edit


def add_link(name, target):
    def edit(members, manifest):
        link = tarfile.TarInfo(name)
        link.type = tarfile.SYMTYPE
        link.linkname = target
        members[name] = link
        manifest["members"][name] = {"size": 0, "sha256": sha256(b"")}

    return edit


OUTSIDE = "/tmp/trustsite-restore-test-outside.txt"  # noqa: S108 - must not be written
WEB_PAGE = b"<html><script>document.location='https://example.com/'</script></html>"


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (change_the_document, "does not match its size and SHA-256 checksum"),
        (drop_the_image, "in the manifest but not in the archive"),
        (add("media/documents/extra.pdf", b"%PDF-1.4\n", listed=False), "not in the manifest"),
        (add("media/../../escaped.txt", b"escaped"), "not a plain relative path"),
        (add(OUTSIDE, b"absolute"), "not a plain relative path"),
        (add_link("media/documents/passwords.txt", "/etc/passwd"), "link, directory or device"),
        (add("media/documents/notice.html", WEB_PAGE), "File extension .html. is not allowed"),
        (add("media/original_images/photo.png", WEB_PAGE), "Not a valid .png image"),
        (add("settings.py", b"DEBUG = True\n"), "neither the database dump nor a media file"),
    ],
    ids=[
        "a changed file",
        "a missing file",
        "a file not in the manifest",
        "a ../ member",
        "an absolute member",
        "a symbolic link",
        "an .html document",
        "a web page named .png",
        "a file outside media",
    ],
)
def test_restore_refuses_a_tampered_archive_before_anything_changes(
    edit, reason, archive, changed_since_backup, media_root, tmp_path
):
    tampered = rewrite(archive, tmp_path / "tampered.tar.gz", edit)

    with pytest.raises(CommandError, match=rf"(?s){reason}.*Nothing was changed"):
        run("restore_site", str(tampered), interactive=False)

    assert site_state(media_root) == changed_since_backup
    assert not (tmp_path / "escaped.txt").exists()
    assert not os.path.exists(OUTSIDE)


def test_restore_refuses_an_archive_without_checksums(archive, tmp_path):
    def version_1(members, manifest):
        manifest["version"] = 1
        del manifest["members"]

    unchecked = rewrite(archive, tmp_path / "v1.tar.gz", version_1)

    with pytest.raises(CommandError, match="carry no checksums"):
        run("restore_site", str(unchecked), interactive=False)
    assert Page.objects.filter(url_path=SCHOOL_URL_PATH).exists()


def test_a_media_file_failing_to_write_leaves_database_and_media_as_they_were(
    archive, changed_since_backup, media_root, monkeypatch
):
    save = FileSystemStorage._save
    saved = []

    def disk_full_on_the_second_file(storage, name, content):
        saved.append(name)
        if len(saved) == 2:
            raise OSError(28, "No space left on device")
        return save(storage, name, content)

    monkeypatch.setattr(FileSystemStorage, "_save", disk_full_on_the_second_file)

    with pytest.raises(CommandError, match="(?s)No space left on device.*Nothing was changed"):
        run("restore_site", str(archive), interactive=False)

    assert saved[0].startswith("documents/")  # written, then put back
    assert site_state(media_root) == changed_since_backup


@pytest.fixture
def database_refusing_the_restore():
    """A database on which the restore fails halfway, inside its transaction: on
    PostgreSQL a view stops pg_restore --clean dropping the revisions table; elsewhere
    a trigger refuses the revisions' rows after every table has been emptied."""
    if connection.vendor == "postgresql":
        create = "CREATE VIEW refuse_restore AS SELECT id FROM wagtailcore_revision"
        drop = "DROP VIEW refuse_restore"
    else:
        create = (
            "CREATE TRIGGER refuse_restore BEFORE INSERT ON wagtailcore_revision "
            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
        )
        drop = "DROP TRIGGER refuse_restore"
    with connection.cursor() as cursor:
        cursor.execute(create)
    yield
    with connection.cursor() as cursor:
        cursor.execute(drop)
    warm_content_types()


def test_a_failing_database_restore_puts_the_media_files_back(
    archive, changed_since_backup, media_root, database_refusing_the_restore, monkeypatch
):
    save = FileSystemStorage._save
    saved = []

    def note(storage, name, content):
        saved.append(name)
        return save(storage, name, content)

    monkeypatch.setattr(FileSystemStorage, "_save", note)

    with pytest.raises(
        CommandError,
        match="(?s)(refused by the test|other objects depend on it).*Nothing was changed",
    ):
        run("restore_site", str(archive), interactive=False)

    assert len(saved) == 3  # the document and the image written, then the document put back
    assert site_state(media_root) == changed_since_backup


def test_restore_refuses_an_archive_from_newer_code(archive, tmp_path):
    def from_the_future(members, manifest):
        manifest["migrations"].append(["schools", "9999_from_the_future"])

    newer = rewrite(archive, tmp_path / "newer.tar.gz", from_the_future)

    with pytest.raises(CommandError, match="schools.9999_from_the_future"):
        run("restore_site", str(newer), interactive=False)
    assert Page.objects.filter(url_path=SCHOOL_URL_PATH).exists()


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    not_a_backup = tmp_path / "photos.tar.gz"
    with tarfile.open(not_a_backup, "w:gz") as tar:
        tar.addfile(tarfile.TarInfo("photo.jpg"), io.BytesIO(b""))

    with pytest.raises(CommandError, match="manifest"):
        run("restore_site", str(not_a_backup), interactive=False)
