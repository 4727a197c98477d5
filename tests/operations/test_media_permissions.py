"""Office staff see and use only their own school's collection and the trust's shared
one: in the admin's lists and choosers, its API, and the ids a page form accepts."""

import json

import pytest
import wagtail_factories
from django.contrib.auth.models import Group
from wagtail.models import Collection, GroupCollectionPermission, Page

from tests.admin_forms import admin_form_data, log_in_member, refused

pytestmark = pytest.mark.usefixtures("media_root")


@pytest.fixture
def office(banister_office):
    return banister_office


def collection(name):
    return Collection.objects.get(name=name)


@pytest.fixture
def media(trust_site, page_by_path):
    """An image and a document in Banister's collection, St Mark's and the trust's."""
    owners = {
        "own": page_by_path("schools/banister/").title,
        "other": page_by_path("schools/st-marks/").title,
        "trust": "Trust",
    }
    return {
        owner: {
            "image": wagtail_factories.ImageFactory(
                title=f"Photo of {owner}", collection=collection(name)
            ),
            "document": wagtail_factories.DocumentFactory(
                title=f"Letter of {owner}", collection=collection(name)
            ),
        }
        for owner, name in owners.items()
    }


def api_titles(client, kind):
    response = client.get(f"/admin/api/main/{kind}s/")
    assert response.status_code == 200
    return {item["title"] for item in response.json()["items"]}


# The trust's shared collection


def test_every_office_may_choose_from_the_trusts_shared_collection(trust_site):
    trust = collection("Trust")
    assert trust.get_parent() == Collection.get_first_root_node()
    for office in Group.objects.filter(name__startswith="Office staff: "):
        codenames = set(
            GroupCollectionPermission.objects.filter(group=office, collection=trust).values_list(
                "permission__codename", flat=True
            )
        )
        assert codenames == {"choose_image", "choose_document"}


# Finding 1: listing and downloading


@pytest.mark.parametrize("kind", ["image", "document"])
def test_the_admin_api_lists_only_the_offices_own_and_the_trusts_media(office, media, kind):
    assert api_titles(office, kind) == {
        media["own"][kind].title,
        media["trust"][kind].title,
    }


@pytest.mark.parametrize("kind", ["image", "document"])
def test_the_admin_api_will_not_show_another_schools_media_by_id(office, media, kind):
    other = media["other"][kind]
    # The API's 404 is followed by the language middleware's redirect to /en/..., another
    # 404: either way, nothing about the object.
    response = office.get(f"/admin/api/main/{kind}s/{other.pk}/", follow=True)
    assert response.status_code == 404
    assert other.title not in response.content.decode()


@pytest.mark.parametrize("kind", ["image", "document"])
def test_the_admin_api_still_lists_every_collection_for_trust_editors(client, media, kind):
    log_in_member(client, "Trust editors", "editor")
    assert api_titles(client, kind) == {media[owner][kind].title for owner in media}


@pytest.mark.parametrize(
    "url",
    [
        "/admin/images/chooser/",
        "/admin/images/chooser/results/",
        "/admin/images/chooser/results/?q=Photo",
        "/admin/documents/chooser/",
        "/admin/documents/chooser/results/",
        "/admin/documents/chooser/results/?q=Letter",
    ],
)
def test_the_choosers_offer_the_offices_own_and_the_trusts_media(office, media, url):
    content = office.get(url).content.decode()
    kind = "image" if "images" in url else "document"
    assert media["own"][kind].title in content
    assert media["trust"][kind].title in content
    assert media["other"][kind].title not in content


@pytest.mark.parametrize("url", ["/admin/images/", "/admin/documents/"])
def test_the_media_listings_show_only_the_offices_own_collection(office, media, url):
    content = office.get(url).content.decode()
    kind = "image" if "images" in url else "document"
    assert media["own"][kind].title in content
    assert media["other"][kind].title not in content


@pytest.mark.parametrize(
    "url",
    [
        "/admin/images/{image}/",
        "/admin/images/usage/{image}/",
        "/admin/images/{image}/generate_url/",
        "/admin/images/chooser/{image}/",
        "/admin/images/chooser/{image}/select_format/",
        "/admin/documents/edit/{document}/",
        "/admin/documents/usage/{document}/",
        "/admin/documents/chooser/{document}/",
    ],
)
def test_office_staff_cannot_open_another_schools_media(office, media, url):
    other = media["other"]
    response = office.get(
        url.format(image=other["image"].pk, document=other["document"].pk), follow=True
    )
    content = response.content.decode()
    assert other["image"].title not in content
    assert other["document"].title not in content
    assert response.status_code in (403, 404) or refused(response)


def test_anyone_may_download_a_document_by_its_link(client, media):
    """Document files are public by link, as images' files are: a letter linked from a
    public page must open for every reader. What the collections keep private is the
    admin's lists, titles and choosers."""
    document = media["own"]["document"]
    response = client.get(document.url)
    assert response.status_code == 200


# Finding 2: another collection's ids on the office's own page


def paragraph(document):
    """A body paragraph as the rich text editor posts it, linking `document`."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "text": "Read the letter",
                    "type": "unstyled",
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 15, "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {
                "0": {
                    "type": "DOCUMENT",
                    "mutability": "MUTABLE",
                    "data": {"id": document.pk, "url": document.url},
                }
            },
        }
    )


def with_body_paragraph(data, document):
    body = {key: value for key, value in data.items() if not key.startswith("body_en-")}
    body.update(
        {
            "body_en-count": "1",
            "body_en-0-type": "paragraph",
            "body_en-0-value": paragraph(document),
            "body_en-0-deleted": "",
            "body_en-0-order": "0",
            "body_en-0-id": "",
        }
    )
    return body


def edit_data(client, school, **changes):
    return admin_form_data(client.get(f"/admin/pages/{school.pk}/edit/"), **changes)


def latest(school):
    return Page.objects.get(pk=school.pk).specific.get_latest_revision_as_object()


def test_office_staff_cannot_give_their_page_another_schools_image(office, media, page_by_path):
    school = page_by_path("schools/banister/")
    data = edit_data(office, school, image=str(media["other"]["image"].pk))
    response = office.post(f"/admin/pages/{school.pk}/edit/", data)
    assert response.status_code == 200
    assert "image" in response.context["form"].errors
    assert latest(school).image_id != media["other"]["image"].pk


def test_the_preview_refuses_another_schools_image(office, media, page_by_path):
    school = page_by_path("schools/banister/")
    data = edit_data(office, school, image=str(media["other"]["image"].pk))
    response = office.post(f"/admin/pages/{school.pk}/edit/preview/", data)
    assert response.json() == {"is_valid": False, "is_available": False}


@pytest.mark.parametrize("owner", ["own", "trust"])
def test_office_staff_may_give_their_page_their_own_or_the_trusts_image(
    office, media, page_by_path, owner
):
    school = page_by_path("schools/banister/")
    data = edit_data(office, school, image=str(media[owner]["image"].pk))
    response = office.post(f"/admin/pages/{school.pk}/edit/", data)
    assert response.status_code == 302
    assert latest(school).image_id == media[owner]["image"].pk


def test_an_image_the_trust_put_on_a_schools_page_stays_when_the_office_saves(
    office, media, page_by_path
):
    school = page_by_path("schools/banister/")
    school.image = media["other"]["image"]
    school.save_revision().publish()
    response = office.post(f"/admin/pages/{school.pk}/edit/", edit_data(office, school))
    assert response.status_code == 302
    assert latest(school).image_id == media["other"]["image"].pk


def test_office_staff_cannot_link_another_schools_document_in_their_text(
    office, media, page_by_path
):
    school = page_by_path("schools/banister/")
    data = with_body_paragraph(edit_data(office, school), media["other"]["document"])
    response = office.post(f"/admin/pages/{school.pk}/edit/", data)
    assert response.status_code == 200
    assert "body_en" in response.context["form"].errors
    assert f'id="{media["other"]["document"].pk}"' not in str(latest(school).body_en)


def test_the_preview_refuses_another_schools_document_link(office, media, page_by_path):
    school = page_by_path("schools/banister/")
    data = with_body_paragraph(edit_data(office, school), media["other"]["document"])
    response = office.post(f"/admin/pages/{school.pk}/edit/preview/", data)
    assert response.json() == {"is_valid": False, "is_available": False}


@pytest.mark.parametrize("owner", ["own", "trust"])
def test_office_staff_may_link_their_own_or_the_trusts_document(office, media, page_by_path, owner):
    school = page_by_path("schools/banister/")
    data = with_body_paragraph(edit_data(office, school), media[owner]["document"])
    response = office.post(f"/admin/pages/{school.pk}/edit/", data)
    assert response.status_code == 302
    assert f'id="{media[owner]["document"].pk}"' in str(latest(school).body_en.raw_data)
