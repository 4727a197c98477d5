"""What an office may upload: real photos of a sensible size, into its school's collection.
Anything else is refused with a message and nothing is stored."""

import io
import os
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from tests.admin_forms import refused

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def png(width, height, noise=False):
    """A PNG of this size: flat colour compresses to almost nothing, noise hardly at all."""
    if noise:
        image = PILImage.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    else:
        image = PILImage.new("1", (width, height))
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=1)
    return out.getvalue()


def stored_files(media_root):
    return [path for path in Path(media_root).rglob("*") if path.is_file()]


@pytest.fixture
def office(banister_office):
    return banister_office


def add_image(client, name, content, **extra):
    return client.post(
        "/admin/images/add/",
        {"title": "Sports day", "file": SimpleUploadedFile(name, content), **extra},
    )


def form_errors(response):
    assert response.status_code == 200  # the form again, not a redirect to the new image
    return " ".join(str(e) for e in response.context["form"].errors.get("file", []))


def test_a_photo_goes_into_the_schools_own_collection(office, media_root, page_by_path):
    st_marks = Collection.objects.get(name=page_by_path("schools/st-marks/").title)
    response = add_image(office, "sports-day.png", png(40, 30), collection=str(st_marks.pk))
    assert response.status_code == 302
    image = get_image_model().objects.get()
    assert image.collection.name == "Banister"
    assert [p.parent.name for p in stored_files(media_root)] == ["original_images"]


def test_a_renamed_pdf_is_refused_as_an_image_and_nothing_is_stored(office, media_root):
    response = add_image(office, "sports-day.jpg", PDF)
    assert "Upload a valid image" in form_errors(response)
    assert not get_image_model().objects.exists()
    assert stored_files(media_root) == []


def test_the_bulk_uploader_refuses_a_renamed_pdf_too(office, media_root):
    response = office.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile("sports-day.png", PDF)},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    result = response.json()
    assert result["success"] is False
    assert "Upload a valid image" in result["error_message"]
    assert not get_image_model().objects.exists()
    assert stored_files(media_root) == []


def test_a_file_of_another_type_is_refused_by_its_extension(office, media_root):
    response = add_image(office, "sports-day.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>')
    assert "Not a supported image format" in form_errors(response)
    assert stored_files(media_root) == []


def test_a_photo_over_10_mb_is_refused(office, media_root):
    content = png(2000, 1800, noise=True)
    assert len(content) > 10 * 1024 * 1024
    assert "This file is too big" in form_errors(add_image(office, "huge.png", content))
    assert not get_image_model().objects.exists()
    assert stored_files(media_root) == []


def test_a_photo_over_40_megapixels_is_refused(office, media_root):
    content = png(8000, 5001)
    assert len(content) < 1024 * 1024
    assert "This file has too many pixels" in form_errors(add_image(office, "wide.png", content))
    assert stored_files(media_root) == []


def test_a_document_over_20_mb_is_refused(office, media_root):
    response = office.post(
        "/admin/documents/add/",
        {
            "title": "Prospectus",
            "file": SimpleUploadedFile("prospectus.pdf", PDF + b"\0" * (20 * 1024 * 1024)),
        },
    )
    assert response.status_code == 200
    assert "This file is too big" in str(response.context["form"].errors["file"])
    assert not get_document_model().objects.exists()
    assert stored_files(media_root) == []


def test_an_office_sees_only_its_own_schools_photos(office, media_root, page_by_path):
    def photo(title, school):
        return get_image_model().objects.create(
            title=title,
            file=SimpleUploadedFile("photo.png", png(40, 30)),
            collection=Collection.objects.get(name=school.title),
        )

    ours = photo("Our library", page_by_path("schools/banister/"))
    theirs = photo("Their hall", page_by_path("schools/st-marks/"))
    listing = office.get("/admin/images/").content.decode()
    assert "Our library" in listing
    assert "Their hall" not in listing
    assert office.get(f"/admin/images/{ours.pk}/").status_code == 200
    assert refused(office.get(f"/admin/images/{theirs.pk}/", follow=True))
