"""The site in eight languages: stored translations, honest notices, alternates, sitemap."""

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree as ET
from django.conf import settings

from content.loader import find_page, load_site, load_translations
from localisation.models import PageTranslation, TranslationState
from tests.factories import VisionUpdatePageFactory, mark_translations_reviewed

LANGUAGE_CODES = [code for code, _ in settings.LANGUAGES]


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def page_paths(trust_site):
    from wagtail.models import Page

    return [
        p.url_path[len("/home") :]
        for p in Page.objects.live().descendant_of(trust_site, inclusive=True)
    ]


def test_every_page_in_every_language_has_the_right_lang_and_dir(client, trust_site):
    for path in page_paths(trust_site):
        for code in LANGUAGE_CODES:
            html = soup(client.get(f"/{code}{path}")).html
            expected = "rtl" if code in ("ar", "fa") else "ltr"
            assert (html["lang"], html["dir"]) == (code, expected), f"/{code}{path}"


@pytest.mark.parametrize("code", ["pl", "ar"])
def test_polish_and_arabic_pages_show_translated_content(client, trust_site, code):
    site = load_site()
    strings = load_translations(code)
    partnerships_statement = find_page(site, "aims")["partnerships_statement"]
    main = soup(client.get(f"/{code}/aims/")).find("main")
    assert strings[partnerships_statement] in main.get_text()
    assert partnerships_statement not in main.get_text()
    history = soup(client.get(f"/{code}/history/")).find("h1").get_text()
    assert history == strings[find_page(site, "history")["heading"]]


@pytest.mark.parametrize("code", ["pl", "ar"])
def test_draft_translations_say_so_and_link_to_the_english(client, trust_site, code):
    notice = soup(client.get(f"/{code}/schools/st-marks/")).find("aside", class_="notice--draft")
    assert notice is not None
    assert notice.find("a", hreflang="en")["href"] == "/en/schools/st-marks/"


def test_reviewed_translations_carry_no_notice(client, trust_site, page_by_path):
    page = page_by_path("schools/st-marks/")
    mark_translations_reviewed(page=page, language="pl")
    assert soup(client.get("/pl/schools/st-marks/")).find("aside", class_="notice") is None


def test_english_pages_carry_no_notice(client, trust_site):
    assert soup(client.get("/en/schools/st-marks/")).find("aside", class_="notice") is None


def test_a_page_without_translation_shows_english_with_a_notice(client, trust_site, page_by_path):
    VisionUpdatePageFactory(
        parent=page_by_path("vision/updates/"), title="Summer report", slug="summer-report"
    )
    page = soup(client.get("/pl/vision/updates/summer-report/"))
    assert page.find("h1").get_text() == "Summer report"
    notice = page.find("aside", class_="notice--missing")
    assert "Polski" in notice.get_text()
    # The English text is marked as English for screen readers; the notice as Polish.
    assert page.find("main")["lang"] == "en"
    assert notice["lang"] == "pl"


def test_every_page_has_hreflang_alternates_for_every_language_and_x_default(client, trust_site):
    for path in page_paths(trust_site):
        links = soup(client.get(f"/pl{path}")).find_all("link", rel="alternate")
        hreflangs = {link["hreflang"]: link["href"] for link in links if link.get("hreflang")}
        assert sorted(hreflangs) == sorted([*LANGUAGE_CODES, "x-default"])
        assert hreflangs["ar"] == f"http://testserver/ar{path}"
        assert hreflangs["x-default"] == f"http://testserver/en{path}"


def test_sitemap_lists_every_page_in_every_language_with_alternates(client, trust_site):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = ET.fromstring(response.content).findall("s:url", ns)
    # Not the urgent notices folders: notices come and go within days.
    paths = [path for path in page_paths(trust_site) if not path.endswith("/notices/")]
    assert len(urls) == len(paths) * len(LANGUAGE_CODES) == 38 * 8
    locations = {u.find("s:loc", ns).text for u in urls}
    assert "http://testserver/fa/schools/banister/" in locations
    for url in urls:
        assert len(url.findall("x:link", ns)) == len(LANGUAGE_CODES) + 1


def test_switching_language_on_the_site_is_remembered_for_the_front_door(client, trust_site):
    response = client.get("/pl/schools/", HTTP_REFERER="http://testserver/en/schools/")
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "pl"
    again = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert again["Location"] == "/pl/"


def test_a_first_visit_sets_no_cookie(client, trust_site):
    response = client.get("/pl/schools/", HTTP_REFERER="https://www.example.org/")
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


def test_content_command_records_each_translation_as_a_draft(trust_site):
    from wagtail.models import Page

    pages = Page.objects.filter(depth__gte=2).count()
    drafts = PageTranslation.objects.filter(state=TranslationState.DRAFT)
    assert drafts.count() == pages * (len(LANGUAGE_CODES) - 1)


def test_admin_report_lists_missing_and_draft_translations(admin_client, trust_site, page_by_path):
    VisionUpdatePageFactory(parent=page_by_path("vision/updates/"), title="Summer report")
    response = admin_client.get("/admin/reports/translations/")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    row = next(
        tr
        for tr in page.find("table", class_="translation-report").tbody.find_all("tr")
        if tr.th.get_text(strip=True) == "Summer report"
    )
    cells = row.find_all("td")
    assert len(cells) == 7
    assert all("Missing" in cell.get_text() for cell in cells)
    assert "title" in cells[0].get_text()
    st_marks = next(
        tr
        for tr in page.find("table", class_="translation-report").tbody.find_all("tr")
        if tr.th.get_text(strip=True) == "St Mark’s"
    )
    assert all("Draft" in cell.get_text() for cell in st_marks.find_all("td"))


def test_each_report_cell_links_to_where_its_translation_is_done(admin_client, page_by_path):
    """Every cell, whatever its state, opens the page's translation screen in its
    language, where the translation is written and marked reviewed."""
    update = VisionUpdatePageFactory(parent=page_by_path("vision/updates/"), title="Summer report")
    st_marks = page_by_path("schools/st-marks/")
    page = BeautifulSoup(admin_client.get("/admin/reports/translations/").content, "html.parser")
    rows = {
        tr.th.get_text(strip=True): tr for tr in page.select("table.translation-report tbody tr")
    }

    polish = rows["St Mark’s"].find_all("td")[0].a
    assert polish["href"] == f"/admin/translations/{st_marks.pk}/pl/"
    assert polish["aria-label"] == "Draft: St Mark’s, Polski"
    form = admin_client.get(polish["href"])
    assert form.status_code == 200
    missing = rows["Summer report"].find_all("td")[-1].a
    assert missing["href"] == f"/admin/translations/{update.pk}/ar/"
    assert admin_client.get(missing["href"]).status_code == 200


def test_translate_menu_on_every_page_leads_to_the_same_page_in_each_language(client, trust_site):
    for path in page_paths(trust_site):
        response = client.get(f"/en{path}")
        page_id = response.context["page"].pk
        menu = soup(response).find("details", class_="lang-menu")
        links = {a["hreflang"]: a["href"] for a in menu.find_all("a")}
        assert sorted(links) == sorted(LANGUAGE_CODES)
        for code, href in links.items():
            followed = client.get(href)
            assert followed.status_code == 200, href
            assert followed.context["page"].pk == page_id, href
            assert soup(followed).html["lang"] == code


def test_the_draft_notice_is_in_the_readers_language(client, trust_site):
    english = soup(client.get("/en/aims/"))
    assert english.find("aside", class_="notice") is None
    for code in ("pl", "ar"):
        notice = soup(client.get(f"/{code}/aims/")).find("aside", class_="notice--draft")
        assert "has not yet been checked" not in notice.get_text()
        assert notice["aria-label"] != "About this translation"


def test_the_report_filters_by_language_part_of_the_site_and_state(admin_client, page_by_path):
    schools = page_by_path("schools/")
    banister = page_by_path("schools/banister/")
    banister.summary_en += "\n\nOur office is open from 8am."
    banister.save_revision().publish()

    def report(**filters):
        response = admin_client.get("/admin/reports/translations/", filters)
        assert response.status_code == 200
        page = BeautifulSoup(response.content, "html.parser")
        table = page.find("table", class_="translation-report")
        columns = [th.get_text(strip=True) for th in table.thead.find_all("th")][1:]
        rows = [tr.th.get_text(strip=True) for tr in table.tbody.find_all("tr")]
        return columns, rows

    columns, rows = report(language="pl", under=schools.pk)
    assert columns == ["Polski"]
    assert rows[0] == "Schools" and "Banister" in rows and "History" not in rows
    assert report(state="outdated") == (
        ["Polski", "Română", "中文", "Português", "Español", "فارسی", "العربية"],
        ["Banister"],
    )
    # Below Banister, its news index, calendar and notices folder, whose titles are
    # shipped drafts.
    assert report(language="ar", under=banister.pk, state="draft")[1] == [
        "News and letters",
        "Term dates and events",
        "Urgent notices",
    ]
