"""`load_trust_content` builds the whole tree once, and a second run changes nothing."""

import io

from django.core.management import call_command
from wagtail.models import Page, Revision, Site

from home.models import HomePage
from partners.models import Partner


def load():
    out = io.StringIO()
    call_command("load_trust_content", stdout=out)
    return out.getvalue()


def snapshot():
    pages = list(
        Page.objects.order_by("path").values_list(
            "path", "title", "url_path", "live", "latest_revision_id"
        )
    )
    partners = list(Partner.objects.order_by("pk").values_list("pk", "name", "description"))
    return pages, partners, Revision.objects.count()


def test_builds_the_site_tree_and_says_what_it_created(empty_site):
    output = load()
    assert "created home page: /home/" in output
    assert "created school page: /home/schools/st-marks/" in output
    assert "Done: 62 created, 0 already present" in output
    home = HomePage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert list(home.get_children().live().in_menu().values_list("slug", flat=True)) == [
        "history",
        "schools",
        "partners",
        "aims",
        "vision",
    ]
    assert Page.objects.type(HomePage).count() == 1
    assert not Page.objects.filter(depth=2).exclude(pk=home.pk).exists()


def test_a_second_run_creates_nothing_and_changes_nothing(empty_site):
    load()
    before = snapshot()
    output = load()
    assert snapshot() == before
    assert "Done: 0 created, 62 already present" in output


def test_leaves_an_office_edit_alone(empty_site):
    load()
    school = Page.objects.get(url_path="/home/schools/banister/").specific
    school.phone = "023 0000 0000"
    school.save_revision().publish()
    load()
    school.refresh_from_db()
    assert school.phone == "023 0000 0000"


def test_pages_have_english_titles_and_a_published_revision(empty_site):
    load()
    pages = Page.objects.filter(depth__gte=2)
    assert not pages.filter(title_en__isnull=True).exists()
    assert all(page.live and page.latest_revision_id for page in pages)


def test_the_built_site_is_in_the_admins_search_and_reference_index(trust_site):
    from wagtail.models import Page, ReferenceIndex

    found = Page.objects.live().search("Polygon")
    assert "The Polygon School" in [page.title for page in found]

    # The same references Wagtail's own rebuild finds, no more and no fewer (the built
    # site's pages link no images or documents, so today that is none).
    def references():
        return sorted(
            ReferenceIndex.objects.values_list(
                "content_type_id", "object_id", "to_content_type_id", "to_object_id", "content_path"
            )
        )

    built = references()
    call_command("rebuild_references_index", stdout=io.StringIO())
    assert built == references()


def test_saves_after_the_command_are_indexed_straight_away_again(trust_site):
    from wagtail.models import Page

    from schools.models import SchoolPage

    school = SchoolPage.objects.get(slug="banister")
    school.title = "Banister Renamed Zebrafinch"
    school.save()
    assert [page.title for page in Page.objects.search("Zebrafinch")] == [school.title]
