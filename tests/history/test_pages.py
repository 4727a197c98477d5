"""The history page: the story in full and its timeline."""

from bs4 import BeautifulSoup


def test_history_page_has_the_trusts_heading(client, trust_site):
    page = BeautifulSoup(client.get("/en/history/").content, "html.parser")
    assert page.find("h1").get_text() == "The History Of Southampton Co-operative Learning Trust"


def test_timeline_lists_the_milestones_in_order_with_machine_readable_years(client, trust_site):
    page = BeautifulSoup(client.get("/en/history/").content, "html.parser")
    events = page.find("ol", class_="timeline").find_all("li")
    assert [e.find(class_="timeline__when").get_text(strip=True) for e in events] == [
        "2002",
        "2011",
        "2011",
        "2012",
        "2016",
        "2016",
        "More recently",
        "Since 2011",
    ]
    assert [t["datetime"] for t in page.find("ol", class_="timeline").find_all("time")] == [
        "2002",
        "2011",
        "2011",
        "2012",
        "2016",
        "2016",
    ]
    assert "The Polygon School joined the Trust as full members in 2016." in events[4].get_text()
