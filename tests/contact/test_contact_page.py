"""The Contact page and a school's contact details, as a parent finds them on a phone:
the footer of every page, the top of the school's page, in their language."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from operations.management.commands.setup_permissions import office_staff_group_name
from tests.admin_forms import admin_form_data, log_in_member, refused
from tests.factories import SchoolPageFactory, mark_translations_reviewed
from tests.reading import search_result_links

LANGUAGES = ("en", "pl", "ar")


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def fill_in(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


@pytest.fixture
def banister(page_by_path):
    return fill_in(
        page_by_path("schools/banister/"),
        phone="023 8000 0001",
        email="office@banister.example.org",
        office_hours_en="Monday to Friday, 8:30 to 16:00",
        senco_name="A. Senco",
        senco_email="senco@banister.example.org",
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_links_the_contact_page_in_its_footer(client, page_by_path, language):
    for path in ("", "schools/banister/", "history/"):
        page = soup(client.get(f"/{language}/{path}"))
        footer = page.find("nav", class_="footer-nav")
        assert footer.find("a", href=f"/{language}/contact/"), path


@pytest.mark.parametrize("language", ("pl", "ar"))
def test_a_parent_finds_a_schools_phone_in_two_taps_from_the_home_page(client, banister, language):
    home = soup(client.get(f"/{language}/"))
    school_link = home.find("a", href=f"/{language}/schools/banister/")  # tap one
    school = soup(client.get(school_link["href"]))
    contact = school.find("section", class_="contact")
    # The first thing under the school's name.
    assert school.find("h1").find_next("section") is contact
    phone = contact.find("a", href="tel:02380000001")  # tap two: the phone rings
    assert phone.get_text() == "023 8000 0001"


def test_the_contact_page_lists_every_schools_office(client, banister):
    page = soup(client.get("/en/contact/"))
    offices = page.find("ul", class_="office-list").find_all("li", class_="office")
    names = [office.find("h3").get_text(strip=True) for office in offices]
    assert len(names) == 7
    assert names == sorted(names)
    banister_office = offices[names.index("Banister")]
    assert banister_office.find("a", href="tel:02380000001")
    assert banister_office.find("a", href="mailto:office@banister.example.org")
    assert "Monday to Friday, 8:30 to 16:00" in banister_office.get_text()
    other = offices[names.index("Regent’s Park")]
    assert "has not published its contact details here yet" in other.get_text()
    assert other.find("a", href=lambda href: href and href.startswith("tel:")) is None


def test_the_trusts_own_details_show_once_filled_in(client, page_by_path):
    assert soup(client.get("/en/contact/")).find(id="trust-heading") is None
    fill_in(page_by_path("contact/"), phone="023 8000 0099", company_number="01234567")
    section = soup(client.get("/en/contact/")).find(id="trust-heading").parent
    assert section.find("a", href="tel:02380000099")
    assert "01234567" in section.get_text()
    assert "Registered office" not in section.get_text()


def test_the_school_page_shows_the_senco(client, banister):
    contact = soup(client.get("/en/schools/banister/")).find("section", class_="contact")
    assert "A. Senco" in contact.get_text()
    assert contact.find("a", href="mailto:senco@banister.example.org")
    assert contact.find("abbr", title="Special educational needs co-ordinator")


def test_office_hours_whose_english_changed_are_read_in_english(client, banister):
    banister.office_hours_pl = "Od poniedziałku do piątku, 8:30–16:00"
    banister.save_revision().publish()
    mark_translations_reviewed(page=banister)
    assert "8:30–16:00" in client.get("/pl/contact/").content.decode()
    banister.office_hours_en = "Closed on Fridays"
    banister.save_revision().publish()
    office = soup(Client().get("/pl/contact/")).find("a", href="/pl/schools/banister/")
    hours = office.find_parent("li").find("dd", lang="en")
    assert hours.get_text(strip=True) == "Closed on Fridays"


def test_the_contact_page_costs_the_same_queries_with_more_schools(
    client, banister, page_by_path, django_assert_max_num_queries
):
    client.get("/en/contact/")  # caches warm
    with django_assert_max_num_queries(8) as seven:
        client.get("/en/contact/?one")
    for i in range(20):
        SchoolPageFactory(parent=page_by_path("schools/"), title=f"School {i}", phone="1")
    client.get("/en/contact/")
    with django_assert_max_num_queries(8) as twenty_seven:
        client.get("/en/contact/?two")
    assert len(twenty_seven.captured_queries) == len(seven.captured_queries)


def test_another_schools_office_may_not_change_banisters_contact_details(
    client, banister, page_by_path
):
    log_in_member(client, office_staff_group_name(page_by_path("schools/st-marks/")), "st-marks")
    edit = f"/admin/pages/{banister.pk}/edit/"
    assert refused(client.get(edit, follow=True))
    revisions = banister.revisions.count()
    client.post(edit, {"title_en": banister.title, "slug": banister.slug, "phone": "0"})
    assert banister.revisions.count() == revisions


def test_a_schools_office_changes_its_contact_details_as_a_draft(banister_office, banister, client):
    edit = f"/admin/pages/{banister.pk}/edit/"
    data = admin_form_data(
        banister_office.get(edit), phone="023 8000 0002", senco_phone="023 8000 0003"
    )
    assert banister_office.post(edit, data).status_code == 302
    banister.refresh_from_db()
    draft = banister.get_latest_revision_as_object()
    assert (draft.phone, draft.senco_phone) == ("023 8000 0002", "023 8000 0003")
    assert "023 8000 0002" not in Client().get("/en/schools/banister/").content.decode()


@pytest.mark.parametrize(
    "language,words", [("en", "phone"), ("en", "office hours"), ("pl", "telefon"), ("ar", "الهاتف")]
)
def test_searching_for_a_phone_number_finds_the_contact_page(client, trust_site, language, words):
    assert f"/{language}/contact/" in search_result_links(client, language, words)
