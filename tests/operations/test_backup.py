"""`backup_site` and `restore_site` bring back the whole site: pages, revisions,
translations, images and documents with their files.

The commands dump and restore through their own connections (pg_dump and
pg_restore on PostgreSQL), so these tests commit for real: transactional, with
the migrations' own rows (Wagtail's root page, default locale) put back after.
"""

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
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, Revision

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
def restored(populated_site, archive, media_root):
    """The site as it was, after its database and media were wiped and restored."""
    # An empty migrated database: `flush` leaves the schema, content types and
    # permissions, and nothing else, not even Wagtail's root page.
    call_command("flush", interactive=False, verbosity=0)
    shutil.rmtree(media_root)
    assert not Page.objects.exists()

    run("restore_site", str(archive), interactive=False)
    # restore_site empties the content type cache. After the test, Django reloads
    # the migrations' rows in INSTALLED_APPS order, building Wagtail's default
    # moderation task (a Task subclass) before the content types are back: with
    # a cold cache its __init__ would create its content type anew, and the reload
    # would then collide with the dumped one.
    ContentType.objects.get_for_models(*apps.get_models())
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


def test_restore_refuses_an_archive_from_newer_code(archive, tmp_path):
    newer = tmp_path / "newer.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(newer, "w:gz") as target:
        for member in source:
            data = source.extractfile(member).read()
            if member.name == "manifest.json":
                manifest = json.loads(data)
                manifest["migrations"].append(["schools", "9999_from_the_future"])
                data = json.dumps(manifest).encode()
                member.size = len(data)
            target.addfile(member, io.BytesIO(data))

    with pytest.raises(CommandError, match="schools.9999_from_the_future"):
        run("restore_site", str(newer), interactive=False)
    assert Page.objects.filter(url_path=SCHOOL_URL_PATH).exists()


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    not_a_backup = tmp_path / "photos.tar.gz"
    with tarfile.open(not_a_backup, "w:gz") as tar:
        tar.addfile(tarfile.TarInfo("photo.jpg"), io.BytesIO(b""))

    with pytest.raises(CommandError, match="manifest"):
        run("restore_site", str(not_a_backup), interactive=False)
