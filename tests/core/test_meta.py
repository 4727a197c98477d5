"""What pages tell search engines and link previews: meta tags, JSON-LD, feed, robots.txt."""

import json
from pathlib import Path

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import SimpleTestCase
from PIL import Image

from core.meta import json_ld
from core.models import summarise
from tests.admin_forms import admin_form_data
from tests.factories import SchoolPageFactory

# One URL per page type of the shipped site.
PAGES = [
    "",
    "history/",
    "schools/",
    "schools/st-marks/",
    "partners/",
    "aims/",
    "vision/",
    "vision/staff/",
    "vision/updates/",
]


def head(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").head


def json_ld_of(response):
    scripts = head(response).find_all("script", attrs={"type": "application/ld+json"})
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


class SummariseTests(SimpleTestCase):
    def test_short_text_is_kept_whole(self):
        assert summarise("  The Trust\n came into being.  ") == "The Trust came into being."

    def test_long_text_is_cut_at_a_word(self):
        text = "word " * 100
        summary = summarise(text, 50)
        assert len(summary) <= 50
        assert summary.endswith("word…")


class JsonLdTests(SimpleTestCase):
    def test_text_cannot_close_the_script(self):
        html = json_ld({"name": "</script><script>alert(1)</script> & <!--"})
        assert html.count("</script>") == 1
        body = html.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
        assert json.loads(body)["name"] == "</script><script>alert(1)</script> & <!--"


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("language", ["en", "pl", "ar"])
def test_every_page_has_one_canonical_and_one_description(client, trust_site, path, language):
    url = f"/{language}/{path}"
    page = head(client.get(url))
    canonicals = page.find_all("link", rel="canonical")
    descriptions = page.find_all("meta", attrs={"name": "description"})
    assert [link["href"] for link in canonicals] == [f"http://testserver{url}"]
    assert len(descriptions) == 1
    assert descriptions[0]["content"].strip()
    assert len(descriptions[0]["content"]) <= 160


def test_the_search_page_has_one_canonical_and_one_description(client, trust_site):
    page = head(client.get("/pl/search/", {"q": "szkoła"}))
    assert [link["href"] for link in page.find_all("link", rel="canonical")] == [
        "http://testserver/pl/search/"
    ]
    assert len(page.find_all("meta", attrs={"name": "description"})) == 1
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex, follow"


def description(client, url):
    return head(client.get(url)).find("meta", attrs={"name": "description"})["content"]


def test_a_polish_page_is_described_in_polish(client, trust_site, page_by_path):
    school = page_by_path("schools/the-polygon-school/")
    assert description(client, "/pl/schools/the-polygon-school/") == school.summary_pl
    assert description(client, "/en/schools/the-polygon-school/") == school.summary_en
    assert school.summary_pl != school.summary_en


@pytest.mark.parametrize("path", PAGES)
def test_every_page_is_described_in_polish_at_pl(client, trust_site, path):
    """The page's own Polish words where it has them, else the interface's Polish."""
    assert description(client, f"/pl/{path}") != description(client, f"/en/{path}")


def test_the_search_description_comes_first(client, trust_site, page_by_path):
    school = page_by_path("schools/banister/")
    school.search_description_pl = "Szkoła podstawowa w Southampton."
    school.save_revision().publish()
    assert description(client, "/pl/schools/banister/") == "Szkoła podstawowa w Southampton."
    assert description(client, "/en/schools/banister/") == summarise(school.summary_en)


def test_the_title_is_in_the_readers_language(client, trust_site):
    assert head(client.get("/pl/schools/")).title.string.startswith("Szkoły | ")


@pytest.mark.parametrize(
    ("language", "locale"),
    [("en", "en_GB"), ("pl", "pl_PL"), ("ar", "ar_AR"), ("zh-hans", "zh_CN")],
)
def test_open_graph_names_the_locale_and_its_alternates(client, trust_site, language, locale):
    page = head(client.get(f"/{language}/schools/banister/"))
    assert page.find("meta", property="og:locale")["content"] == locale
    alternates = [m["content"] for m in page.find_all("meta", property="og:locale:alternate")]
    assert len(alternates) == len(settings.LANGUAGES) - 1
    assert locale not in alternates


def test_open_graph_and_twitter_describe_the_page(client, trust_site):
    page = head(client.get("/pl/schools/the-polygon-school/"))

    def meta(**attrs):
        return page.find("meta", attrs=attrs)["content"]

    assert meta(property="og:title") == "The Polygon School"
    assert meta(property="og:url") == "http://testserver/pl/schools/the-polygon-school/"
    assert meta(property="og:type") == "website"
    assert meta(property="og:description") == meta(name="description")
    assert meta(property="og:image") == "http://testserver/static/img/og-default.png"
    assert meta(name="twitter:card") == "summary_large_image"
    assert meta(name="twitter:title") == "The Polygon School"
    assert meta(name="twitter:image") == meta(property="og:image")


def test_the_default_image_is_on_brand_and_served(client):
    path = Path(settings.BASE_DIR) / "static" / "img" / "og-default.png"
    with Image.open(path) as image:
        assert image.size == (1200, 630)
        assert image.convert("RGB").getpixel((10, 10)) == (0x0B, 0x5D, 0x4B)
    assert client.get("/static/img/og-default.png").status_code == 200


def test_home_page_json_ld_is_the_trust_and_its_schools(client, trust_site):
    data = json_ld_of(client.get("/en/"))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "EducationalOrganization"
    assert data["name"] == "Southampton Co-operative Learning Trust"
    assert data["url"] == "http://testserver/en/"
    assert "address" not in data
    assert "telephone" not in data
    schools = data["subOrganization"]
    assert {school["@type"] for school in schools} == {"School"}
    assert {school["name"] for school in schools} == {
        "Regent’s Park",
        "Foundry Lane Primary",
        "Banister",
        "St John’s Primary and Nursery",
        "The Polygon School",
    }
    assert all(school["url"].startswith("http://testserver/en/schools/") for school in schools)


def test_school_json_ld_has_only_what_is_filled_in(client, trust_site):
    data = json_ld_of(client.get("/pl/schools/banister/"))
    assert data["@type"] == "School"
    assert data["name"] == "Banister"
    assert data["url"] == "http://testserver/pl/schools/banister/"
    assert data["parentOrganization"] == {
        "@type": "EducationalOrganization",
        "name": "Southampton Co-operative Learning Trust",
        "url": "http://testserver/pl/",
    }
    for absent in ("address", "telephone", "email", "sameAs", "image"):
        assert absent not in data


def test_school_json_ld_carries_the_contact_details(client, trust_site, page_by_path):
    SchoolPageFactory(
        parent=page_by_path("schools/"),
        title="Test </script> School",
        slug="test-school",
        address="1 High Street\nSouthampton\n",
        phone="023 8000 0000",
        email="office@example.org",
        website="https://school.example.org/",
    )
    data = json_ld_of(client.get("/en/schools/test-school/"))
    assert data["name"] == "Test </script> School"
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "1 High Street, Southampton",
    }
    assert data["telephone"] == "023 8000 0000"
    assert data["email"] == "office@example.org"
    assert data["sameAs"] == ["https://school.example.org/"]


def test_a_school_image_is_the_preview_image(client, trust_site, page_by_path):
    image = wagtail_factories.ImageFactory(title="The school gates", description="")
    SchoolPageFactory(
        parent=page_by_path("schools/"), title="Pictured", slug="pictured", image=image
    )
    response = client.get("/en/schools/pictured/")
    og_image = head(response).find("meta", property="og:image")["content"]
    assert og_image.startswith("http://testserver/media/images/")
    assert head(response).find("meta", property="og:image:alt")["content"] == "The school gates"
    assert json_ld_of(response)["image"] == og_image


def test_a_new_school_page_can_be_previewed(admin_client, trust_site, page_by_path):
    index = page_by_path("schools/")
    add = f"/admin/pages/add/schools/schoolpage/{index.pk}/"
    data = admin_form_data(
        admin_client.get(add),
        title_en="Preview School",
        slug="preview-school",
        membership="member",
        summary_en="A school not yet saved.",
    )
    assert admin_client.post(f"{add}preview/", data).json()["is_valid"]
    preview = admin_client.get(f"{add}preview/")
    assert preview.status_code == 200
    data = json_ld_of(preview)
    assert data["name"] == "Preview School"
    assert data["description"] == "A school not yet saved."


def test_the_updates_feed_is_advertised_in_the_readers_language(client, trust_site):
    for url in ["/pl/", "/pl/schools/banister/", "/pl/search/?q=x", "/pl/no-such-page/"]:
        response = client.get(url)
        soup = BeautifulSoup(response.content, "html.parser")
        feeds = soup.head.find_all("link", rel="alternate", type="application/atom+xml")
        # A school's page announces its own news feed as well (tests/news/test_pages.py).
        site_wide = [link for link in feeds if "/news/" not in link["href"]]
        assert [link["href"] for link in site_wide] == ["/pl/vision/updates/feed/"], url
        assert site_wide[0]["title"]


def test_no_feed_is_advertised_without_an_updates_index(client, trust_site, page_by_path):
    page_by_path("vision/updates/").unpublish()
    soup = BeautifulSoup(client.get("/en/").content, "html.parser")
    assert soup.head.find("link", type="application/atom+xml") is None


def test_robots_txt_points_at_the_sitemap(client, trust_site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /pl/search/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
