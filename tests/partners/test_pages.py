"""The partners page: organisations, the longest-running partnership, and sister trusts."""

from bs4 import BeautifulSoup

from partners.models import Partner, PartnerKind


def cards(client):
    page = BeautifulSoup(client.get("/en/partners/").content, "html.parser")
    return page, page.find_all("li", class_="partner-card")


def test_lists_the_six_organisations_then_the_three_trusts(client, trust_site):
    _, found = cards(client)
    assert [c.find(class_="card__title").get_text(strip=True) for c in found] == [
        "Total Coverage",
        "The WEA",
        "Solent EBP",
        "No Limits",
        "Solent University",
        "Southampton University",
        "Aspire",
        "Reach",
        "Bridge",
    ]


def test_marks_the_wea_as_the_longest_running_partnership(client, trust_site):
    _, found = cards(client)
    featured = [c for c in found if "partner-card--featured" in c["class"]]
    assert [c.find(class_="card__title").get_text(strip=True) for c in featured] == ["The WEA"]
    assert "Longest-running partnership" in featured[0].get_text()


def test_an_edited_partner_shows_at_once(client, trust_site):
    Partner.objects.create(name="New Partner", kind=PartnerKind.ORGANISATION, sort_order=99)
    _, found = cards(client)
    assert "New Partner" in [c.find(class_="card__title").get_text(strip=True) for c in found]
