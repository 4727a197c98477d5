"""What a parent sees on the schools index and a school's page."""

from bs4 import BeautifulSoup

from core.sitetree import memo
from schools.models import Phase
from tests.factories import SchoolPageFactory


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def group(page, membership):
    section = page.find("section", attrs={"aria-labelledby": f"group-{membership}"})
    return [h.get_text(strip=True) for h in section.find_all("h3")]


def test_index_groups_member_and_partner_schools(client, trust_site):
    page = soup(client.get("/en/schools/"))
    assert group(page, "member") == [
        "Regent’s Park",
        "Foundry Lane Primary",
        "Banister",
        "St John’s Primary and Nursery",
        "The Polygon School",
    ]
    assert group(page, "partner") == ["Freemantle Primary", "St Mark’s"]


def test_index_filters_by_phase(client, trust_site):
    page = soup(client.get("/en/schools/?phase=secondary"))
    assert [h.get_text(strip=True) for h in page.find("main").find_all("h3")] == ["Regent’s Park"]
    current = page.find("nav", class_="filter").find(attrs={"aria-current": "true"})
    assert current.get_text() == "Secondary"


def filters(page):
    return [a.get_text() for a in page.find("nav", class_="filter").find_all("a")]


def test_index_offers_only_the_phases_the_trust_schools_are_in(client, trust_site):
    page = soup(client.get("/en/schools/"))
    assert filters(page) == ["All schools", "Primary", "Secondary", "All-through"]


def test_index_offers_exactly_the_phases_its_schools_are_in(client, page_by_path):
    index = page_by_path("schools/")
    for school in index.get_children():
        school.delete()
    SchoolPageFactory(parent=index, title="Little Acorns", phase=Phase.NURSERY)
    SchoolPageFactory(parent=index, title="Harbour View", phase=Phase.SPECIAL)
    SchoolPageFactory(parent=index, title="Bay House", phase=Phase.SPECIAL)
    SchoolPageFactory(parent=index, title="No Phase Given", phase="")
    page = soup(client.get("/en/schools/"))
    assert filters(page) == ["All schools", "Nursery", "Special"]
    shown = {
        a.get_text(): [h.get_text(strip=True) for h in soup(client.get(a["href"])).find_all("h3")]
        for a in page.find("nav", class_="filter").find_all("a")[1:]
    }
    assert shown == {"Nursery": ["Little Acorns"], "Special": ["Harbour View", "Bay House"]}


def test_index_shows_every_school_for_a_phase_no_school_is_in(client, trust_site):
    """An old link to a filter no longer offered lists every school, as "All schools"."""
    page = soup(client.get("/en/schools/?phase=nursery"))
    assert len(page.find("main").find_all("h3")) == 7
    current = page.find("nav", class_="filter").find(attrs={"aria-current": "true"})
    assert current.get_text() == "All schools"


def test_index_ignores_an_unknown_phase(client, trust_site):
    page = soup(client.get("/en/schools/?phase=<script>"))
    assert len(page.find("main").find_all("h3")) == 7
    assert b"<script>" not in client.get("/en/schools/?phase=<script>").content


def test_school_page_shows_what_the_trust_says_of_it(client, trust_site):
    page = soup(client.get("/en/schools/st-marks/"))
    facts = {
        dt.get_text(): dt.find_next_sibling("dd").get_text(strip=True)
        for dt in page.find("dl", class_="facts").find_all("dt")
    }
    assert facts == {
        "Membership": "Partner school",
        "Partner of the trust since": "2012",
        "Phase": "All-through",
        "Age range": "3-16",
        "Church": "Church of England school",
    }
    assert "rebuilt as an all-through 3-16 school" in page.find("main").get_text()


def test_school_page_hides_contact_details_nobody_has_filled_in(client, trust_site):
    page = soup(client.get("/en/schools/regents-park/"))
    assert page.find(id="contact-heading") is None
    assert "Age range" not in page.get_text()


def test_school_page_shows_contact_details_once_the_office_fills_them_in(client, page_by_path):
    school = SchoolPageFactory(
        parent=page_by_path("schools/"),
        title="Example School",
        headteacher="A. Head",
        phone="023 8000 0000",
        email="office@example.org",
        website="https://example.org/",
    )
    page = soup(client.get(school.url))
    contact = page.find("section", class_="contact")
    assert contact.find("h2").get_text() == "Contact the school"
    assert contact.find("a", href="tel:02380000000").get_text() == "023 8000 0000"
    assert contact.find("a", href="mailto:office@example.org")
    assert "A. Head" in contact.get_text()
    assert "Address" not in contact.get_text()


def test_a_member_school_says_when_it_joined(client, trust_site):
    page = soup(client.get("/en/schools/the-polygon-school/"))
    terms = [dt.get_text() for dt in page.find("dl", class_="facts").find_all("dt")]
    assert "Joined the trust" in terms
    assert "Partner of the trust since" not in terms


# The list of schools is read once per content generation and kept in each process
# (schools.models.live_schools): a change shows at once, and what one request does to
# its copies (English in place of an outdated translation) never reaches another.


def test_a_school_published_or_renamed_shows_on_the_lists_at_once(client, page_by_path):
    index = page_by_path("schools/")
    assert "Harbour View" not in client.get("/en/").content.decode()  # the list is kept
    school = SchoolPageFactory(parent=index, title="Harbour View")
    assert "Harbour View" in client.get("/en/").content.decode()
    assert "Harbour View" in client.get("/en/schools/").content.decode()
    school.title_en = "Harbour View School"
    school.save_revision().publish()
    assert "Harbour View School" in client.get("/en/").content.decode()
    school.unpublish()
    assert "Harbour View" not in client.get("/en/schools/").content.decode()


def card_title(response, href):
    return soup(response).find("main").find("a", href=href)


def test_an_outdated_title_in_one_language_leaves_the_others_as_they_are(client, page_by_path):
    school = page_by_path("schools/banister/")
    school.title_pl = "Szkoła Banister"
    school.title_fa = "مدرسه بنیستر"
    school.save_revision().publish()
    # The English title changes after both were translated: the Polish one is outdated
    # too, but only because it is older; the Persian is brought up to date again.
    school.title_en = "Banister School"
    school.save_revision().publish()
    school.title_fa = "مدرسه بنیستر جدید"
    school.save_revision().publish()

    polish = card_title(client.get("/pl/schools/"), "/pl/schools/banister/")
    assert polish.get_text(strip=True) == "Banister School"
    assert polish["lang"] == "en"
    persian = card_title(client.get("/fa/schools/"), "/fa/schools/banister/")
    assert persian.get_text(strip=True) == "مدرسه بنیستر جدید"
    assert "lang" not in persian.attrs
    again = card_title(client.get("/pl/"), "/pl/schools/banister/")
    assert again.get_text(strip=True) == "Banister School"
    # The Polish requests' English stayed on their own copies of the kept list.
    (kept,) = [value for (_, name), value in memo.values.items() if name == "schools"]
    assert {s.title_pl for s in kept if s.slug == "banister"} == {"Szkoła Banister"}
