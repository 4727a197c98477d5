"""Aims, the four audience pages, and the trustees' vision updates."""

from bs4 import BeautifulSoup

from tests.factories import VisionUpdatePageFactory


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_vision_index_links_the_four_audiences_and_the_updates(client, trust_site):
    main = soup(client.get("/en/vision/")).find("main")
    assert [a["href"] for a in main.find_all("a")] == [
        "/en/vision/staff/",
        "/en/vision/children-and-learners/",
        "/en/vision/families-and-community/",
        "/en/vision/partners/",
        "/en/vision/updates/",
    ]


def test_staff_vision_is_made_of_its_five_themed_lists(client, trust_site):
    main = soup(client.get("/en/vision/staff/")).find("main")
    assert [h.get_text() for h in main.find_all("h2")] == [
        "Pedagogy",
        "Staffing",
        "Mental Health and Wellbeing Support",
        "Professional Development",
        "Resources - Networks in place",
    ]
    lists = main.find_all("section", class_="list-section")
    assert [len(s.find_all("li")) for s in lists] == [1, 2, 1, 7, 5]


def test_aims_page_lists_four_shared_aims_and_seven_key_aims(client, trust_site):
    main = soup(client.get("/en/aims/")).find("main")
    lists = main.find_all("section", class_="list-section")
    assert [s.find("h2").get_text() for s in lists] == [
        "Together we seek to:",
        "The key aims of our Trust are:",
    ]
    assert [len(s.find_all("li")) for s in lists] == [4, 7]


def test_updates_index_says_plainly_when_there_are_none(client, trust_site):
    main = soup(client.get("/en/vision/updates/")).find("main")
    assert "No vision updates have been published yet." in main.get_text()


def test_a_published_update_appears_on_the_index_home_and_its_audience_pages(
    client, trust_site, page_by_path
):
    staff, families = page_by_path("vision/staff/"), page_by_path("vision/families-and-community/")
    VisionUpdatePageFactory(
        parent=page_by_path("vision/updates/"), title="Coaching network launched", audiences=[staff]
    )
    for url in ("/en/vision/updates/", "/en/", "/en/vision/staff/"):
        assert "Coaching network launched" in soup(client.get(url)).find("main").get_text(), url
    assert "Coaching network launched" not in soup(client.get(families.url)).get_text()


def test_updates_index_is_newest_first_and_paginated(client, trust_site, page_by_path):
    index = page_by_path("vision/updates/")
    for _ in range(12):
        VisionUpdatePageFactory(parent=index)
    first = soup(client.get("/en/vision/updates/")).find("main")
    dates = [t["datetime"] for t in first.find_all("time")]
    assert len(dates) == 10
    assert dates == sorted(dates, reverse=True)
    second = soup(client.get("/en/vision/updates/?page=2")).find("main")
    assert len(second.find_all("time")) == 2
    assert "Page 2 of 2" in second.get_text()


def test_updates_index_survives_a_bad_page_number(client, trust_site):
    for value in ("999", "abc", "-1"):
        assert client.get(f"/en/vision/updates/?page={value}").status_code == 200


def test_update_page_links_the_parts_of_the_vision_it_concerns(client, trust_site, page_by_path):
    staff = page_by_path("vision/staff/")
    update = VisionUpdatePageFactory(parent=page_by_path("vision/updates/"), audiences=[staff])
    main = soup(client.get(update.url)).find("main")
    assert main.find("a", href="/en/vision/staff/").get_text() == "Vision for staff"
