"""No title or state of something a user cannot edit is shown to them: not in a bulk
action's confirmation, the page chooser and its search, a move's confirmation or a
workflow's cancellation (operations.admin_titles, operations.wagtail_hooks)."""

import pytest
import wagtail_factories
from django.test import Client
from wagtail.models import Collection

from tests.admin_forms import log_in_member, refused

DRAFT = "Zanzibar draft of St Marks"

pytestmark = pytest.mark.usefixtures("media_root")


@pytest.fixture
def st_marks(page_by_path):
    """St Mark's page, live, with an unpublished draft under a distinctive title."""
    page = page_by_path("schools/st-marks/")
    page.title = DRAFT
    page.save_revision()
    return page


@pytest.fixture
def banister(page_by_path):
    return page_by_path("schools/banister/")


@pytest.fixture
def editor():
    client = Client()
    log_in_member(client, "Trust editors", "editor")
    return client


def shows_nothing(response):
    """The draft title is nowhere in the answer, which refuses or lists nothing."""
    body = response.content.decode()
    assert DRAFT not in body
    return response.status_code in (403, 404) or refused(response)


@pytest.mark.parametrize("action", ["publish", "unpublish", "delete", "move"])
def test_a_page_bulk_action_names_no_page_the_office_cannot_edit(
    banister_office, editor, st_marks, banister, action
):
    url = f"/admin/bulk/wagtailcore/page/{action}/?id="
    assert shows_nothing(banister_office.get(f"{url}{st_marks.pk}", follow=True))
    assert shows_nothing(banister_office.get(f"{url}{st_marks.pk}&id={banister.pk}", follow=True))
    own = banister_office.get(f"{url}{banister.pk}")
    assert own.status_code == 200 and banister.title in own.content.decode()
    assert DRAFT in editor.get(f"{url}{st_marks.pk}").content.decode()


@pytest.mark.parametrize("kind", ["image", "document"])
@pytest.mark.parametrize("action", ["delete", "add_tags", "add_to_collection"])
def test_a_media_bulk_action_names_nothing_the_office_cannot_edit(
    banister_office, editor, banister, st_marks, kind, action
):
    factory = {
        "image": wagtail_factories.ImageFactory,
        "document": wagtail_factories.DocumentFactory,
    }
    theirs = factory[kind](
        title=DRAFT, collection=Collection.objects.get(name=live_title(st_marks))
    )
    ours = factory[kind](
        title="Banister sports day", collection=Collection.objects.get(name=banister.title_en)
    )
    app = {"image": "wagtailimages", "document": "wagtaildocs"}[kind]
    url = f"/admin/bulk/{app}/{kind}/{action}/?id="
    assert shows_nothing(banister_office.get(f"{url}{theirs.pk}", follow=True))
    own = banister_office.get(f"{url}{ours.pk}")
    assert own.status_code == 200 and "Banister sports day" in own.content.decode()
    assert DRAFT in editor.get(f"{url}{theirs.pk}").content.decode()


def test_the_page_chooser_shows_no_draft_title_of_another_school(
    banister_office, editor, st_marks, banister
):
    schools = st_marks.get_parent()
    for url in (
        f"/admin/choose-page/{schools.pk}/",
        f"/admin/choose-page/{st_marks.pk}/",
        f"/admin/choose-page/search/?q={live_title(st_marks).split()[0]}",
    ):
        assert DRAFT not in banister_office.get(url).content.decode(), url
        assert DRAFT in editor.get(url).content.decode(), url
    listing = banister_office.get(f"/admin/choose-page/{schools.pk}/").content.decode()
    assert banister.title in listing
    assert st_marks.get_parent().specific.title in listing


def test_the_page_chooser_lists_no_unpublished_page_of_another_school(
    banister_office, editor, st_marks, banister
):
    st_marks.unpublish()
    schools = st_marks.get_parent()
    listing = banister_office.get(f"/admin/choose-page/{schools.pk}/").json()["html"]
    assert DRAFT not in listing
    assert f'data-id="{st_marks.pk}"' not in listing
    assert f'data-id="{banister.pk}"' in listing
    assert (
        f'data-id="{st_marks.pk}"' in editor.get(f"/admin/choose-page/{schools.pk}/").json()["html"]
    )
    assert shows_nothing(banister_office.get(f"/admin/choose-page/{st_marks.pk}/", follow=True))
    search = f"/admin/choose-page/search/?q={live_title(st_marks).split()[0]}"
    assert f'data-id="{st_marks.pk}"' not in banister_office.get(search).content.decode()
    assert f'data-id="{st_marks.pk}"' in editor.get(search).content.decode()


def test_a_move_confirmation_names_no_page_the_office_cannot_move(
    banister_office, editor, st_marks, banister
):
    url = f"/admin/pages/{st_marks.pk}/move/{banister.pk}/confirm/"
    assert shows_nothing(banister_office.get(url, follow=True))
    assert DRAFT in editor.get(url).content.decode()


def test_a_workflow_cancellation_shows_no_other_schools_moderation_state(
    banister_office, editor, st_marks, banister
):
    workflow = st_marks.get_workflow()
    workflow.start(st_marks, st_marks.owner or editor_user())
    url = "/admin/pages/workflow/confirm_cancellation/{}/"
    other = banister_office.get(url.format(st_marks.pk), follow=True)
    assert shows_nothing(other)
    assert workflow.name not in other.content.decode()
    assert workflow.name in editor.get(url.format(st_marks.pk)).content.decode()
    banister.save_revision()
    banister.get_workflow().start(banister, editor_user())
    own = banister_office.get(url.format(banister.pk))
    assert own.status_code == 200 and workflow.name in own.content.decode()


def editor_user():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username="editor")


def live_title(page):
    return type(page).objects.get(pk=page.pk).title


def test_choosing_several_pages_names_no_draft_of_another_school(
    banister_office, editor, st_marks, banister
):
    url = f"/admin/choose-page/chosen-multiple/?id={st_marks.pk}&id={banister.pk}"
    chosen = {p["id"]: p["adminTitle"] for p in banister_office.get(url).json()["result"]}
    assert chosen == {st_marks.pk: live_title(st_marks), banister.pk: banister.title}
    assert DRAFT in editor.get(url).content.decode()
    st_marks.unpublish()
    assert DRAFT not in banister_office.get(url).content.decode()
