"""The accessibility statement and the privacy notice: their sections in every language,
contact details only where the trust has given them, what the settings really do, and a
link to both in every page's footer."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree as ET
from django.conf import settings
from django.test import SimpleTestCase, override_settings
from django.utils import timezone, translation
from django.utils.translation import gettext

from content.loader import load_translations
from core.sitetree import Node, Tree
from localisation.models import PageTranslation, TranslationState
from policies.models import AccessibilityStatementPage, ComplianceStatus, PrivacyNoticePage

STATEMENT = "/accessibility/"
PRIVACY = "/privacy/"

STATEMENT_SECTIONS = [
    "Using this website",
    "Feedback and contact information",
    "Reporting accessibility problems with this website",
    "Enforcement procedure",
    "Technical information about this website’s accessibility",
    "Non-accessible content",
    "How we tested this website",
    "Preparation of this accessibility statement",
]
PRIVACY_SECTIONS = [
    "Who is responsible for your information",
    "How to contact us about your information",
    "When you read this website",
    "When you send an enquiry",
    "If you sign in to edit the website",
    "Why we keep this information",
    "Your rights",
    "How to complain",
]


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def main(client, url):
    return soup(client.get(url)).find("main")


def text(element):
    return " ".join(element.get_text(" ").split())


def in_language(code, message):
    with translation.override(code):
        return gettext(message)


def publish(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


@pytest.fixture
def statement(trust_site):
    return AccessibilityStatementPage.objects.get()


@pytest.fixture
def privacy(trust_site):
    return PrivacyNoticePage.objects.get()


# The pages and their sections.


@pytest.mark.parametrize("code", ["en", "pl", "ar"])
def test_accessibility_statement_has_the_gov_uk_sections_in_the_readers_language(
    client, trust_site, code
):
    page = main(client, f"/{code}{STATEMENT}")
    headings = [h2.get_text() for h2 in page.find_all("h2")]
    assert headings == [in_language(code, heading) for heading in STATEMENT_SECTIONS]
    assert page.find("h3").get_text() == in_language(code, "Compliance status")
    if code != "en":
        assert "Enforcement procedure" not in headings


@pytest.mark.parametrize("code", ["en", "pl", "ar"])
def test_privacy_notice_has_its_sections_in_the_readers_language(client, trust_site, code):
    page = main(client, f"/{code}{PRIVACY}")
    headings = [h2.get_text() for h2 in page.find_all("h2")]
    assert headings == [in_language(code, heading) for heading in PRIVACY_SECTIONS]
    if code != "en":
        assert "Your rights" not in headings


DRAFTS = [("pl", load_translations("pl")), ("ar", load_translations("ar"))]


@pytest.mark.parametrize("code,strings", DRAFTS)
def test_titles_are_draft_translations(client, trust_site, code, strings):
    assert main(client, f"/{code}{STATEMENT}").h1.get_text() == strings["Accessibility statement"]
    assert main(client, f"/{code}{PRIVACY}").h1.get_text() == strings["Privacy notice"]


def test_arabic_pages_are_right_to_left(client, trust_site):
    for path in (STATEMENT, PRIVACY):
        html = soup(client.get(f"/ar{path}")).html
        assert (html["lang"], html["dir"]) == ("ar", "rtl")


def test_statement_names_the_enforcement_bodies_and_the_standard(client, trust_site):
    page = main(client, f"/en{STATEMENT}")
    assert "Equality and Human Rights Commission" in text(page)
    links = {a.get_text(): a["href"] for a in page.find_all("a")}
    assert (
        links["contact the Equality Advisory and Support Service (EASS)"]
        == "https://www.equalityadvisoryservice.com/"
    )
    assert links["Web Content Accessibility Guidelines version 2.2"] == (
        "https://www.w3.org/TR/WCAG22/"
    )


def test_statement_describes_how_the_site_is_tested(client, trust_site):
    section = main(client, f"/en{STATEMENT}").find(id="testing-heading").parent
    said = text(section)
    for tool in ("axe-core", "WCAG 2.0, 2.1 and 2.2", "Nu HTML Checker", "keyboard"):
        assert tool in said
    assert "English, Polish and Arabic" in said
    assert "has not yet been checked by an accessibility specialist" in said


def test_statement_covers_this_website(client, trust_site):
    lead = main(client, f"/en{STATEMENT}").find(class_="lead")
    assert "http://testserver/" in text(lead)


def test_statement_dates_are_the_pages_own_publication_dates(client, statement):
    AccessibilityStatementPage.objects.filter(pk=statement.pk).update(
        first_published_at=datetime.datetime(2025, 3, 3, 12, tzinfo=datetime.UTC),
        last_published_at=datetime.datetime(2025, 10, 9, 12, tzinfo=datetime.UTC),
    )
    said = text(main(client, f"/en{STATEMENT}"))
    assert "This statement was prepared on 3 March 2025." in said
    assert "It was last reviewed on 9 October 2025." in said


def test_publishing_the_statement_again_updates_its_review_date(client, statement):
    AccessibilityStatementPage.objects.filter(pk=statement.pk).update(
        first_published_at=datetime.datetime(2025, 3, 3, 12, tzinfo=datetime.UTC)
    )
    statement.refresh_from_db()
    publish(statement)
    today = timezone.localdate().strftime("%-d %B %Y")
    said = text(main(client, f"/en{STATEMENT}"))
    assert "prepared on 3 March 2025" in said
    assert f"last reviewed on {today}" in said


def test_privacy_notice_date_is_its_last_publication(client, privacy):
    PrivacyNoticePage.objects.filter(pk=privacy.pk).update(
        last_published_at=datetime.datetime(2025, 6, 1, 12, tzinfo=datetime.UTC)
    )
    assert "This notice was last updated on 1 June 2025." in text(main(client, f"/en{PRIVACY}"))


# Compliance status and known problems.


def compliance(client):
    section = main(client, f"/en{STATEMENT}").find(id="technical-heading").parent
    return text(section.find_all("p")[-1])


def test_shipped_statement_is_partially_compliant_and_says_why(client, trust_site):
    said = compliance(client)
    assert said.startswith("This website is partially compliant")
    assert "has not yet been checked in full by a person" in said


def test_known_problems_are_listed_as_non_compliances(client, statement):
    publish(statement, known_issues="<p>The timeline is hard to follow with a screen reader.</p>")
    assert "due to the non-compliances listed below" in compliance(client)
    section = main(client, f"/en{STATEMENT}").find(id="non-accessible-heading").parent
    assert "The timeline is hard to follow with a screen reader." in text(section)
    assert "We do not know of any content" not in text(section)


@pytest.mark.parametrize(
    "status,wording",
    [
        (ComplianceStatus.FULL, "This website is fully compliant"),
        (ComplianceStatus.NOT, "This website is not compliant"),
    ],
)
def test_compliance_status_follows_the_editors_choice(client, statement, status, wording):
    publish(statement, compliance_status=status)
    assert compliance(client).startswith(wording)


def test_a_manual_audit_replaces_the_not_yet_checked_sentence(client, statement):
    publish(statement, manual_testing="<p>An audit of every page template.</p>")
    said = text(main(client, f"/en{STATEMENT}").find(id="testing-heading").parent)
    assert "An audit of every page template." in said
    assert "has not yet been checked by an accessibility specialist" not in said


# Contact details: only what the trust has filled in.


def test_empty_statement_contact_is_hidden_and_says_where_to_ask(client, trust_site):
    page = main(client, f"/en{STATEMENT}")
    assert page.find("dl") is None
    assert not page.select('a[href^="mailto:"], a[href^="tel:"]')
    assert "has not yet published a contact" in text(page.find(class_="policy__missing"))
    assert "your child’s school" in text(page.find(class_="policy__missing"))


def test_filled_statement_contact_is_shown(client, statement):
    publish(
        statement,
        contact_email="access@example.org",
        contact_phone="01234 567890",
        contact_notes="Lines are open in term time.",
    )
    page = main(client, f"/en{STATEMENT}")
    assert page.find("a", href="mailto:access@example.org").get_text() == "access@example.org"
    assert page.find("a", href="tel:01234567890").get_text() == "01234 567890"
    assert "Lines are open in term time." in text(page)
    assert page.find(class_="policy__missing") is None


def test_only_the_filled_statement_contact_field_is_shown(client, statement):
    publish(statement, contact_email="access@example.org")
    page = main(client, f"/en{STATEMENT}")
    assert page.find("a", href="mailto:access@example.org") is not None
    assert not page.select('a[href^="tel:"]')
    assert [dt.get_text() for dt in page.find_all("dt")] == ["Email"]


def test_empty_privacy_contact_and_hosting_are_hidden(client, trust_site):
    page = main(client, f"/en{PRIVACY}")
    assert page.find("dl") is None
    assert page.find("address") is None
    said = text(page)
    assert "has not yet published a contact" in said
    assert "has not yet published how long these logs are kept" in said
    assert "registered with the Information Commissioner" not in said
    assert "hosted by" not in said


def test_filled_privacy_contact_and_hosting_are_shown(client, privacy):
    publish(
        privacy,
        contact_email="data@example.org",
        postal_address="The Trust Office\nSome Road",
        ico_registration_number="Z0000000",
        hosting_provider="Example Hosting Ltd",
        log_retention="two weeks",
    )
    page = main(client, f"/en{PRIVACY}")
    assert page.find("a", href="mailto:data@example.org") is not None
    assert text(page.find("address")) == "The Trust Office Some Road"
    said = text(page)
    assert "under the reference Z0000000" in said
    assert "hosted by Example Hosting Ltd" in said
    assert "The logs are kept for two weeks." in said
    assert "has not yet published" not in said


# The privacy notice says what the code does.


def cookie_rows(table):
    return {
        row.th.get_text(): [text(td) for td in row.find_all("td")]
        for row in table.tbody.find_all("tr")
    }


def test_privacy_notice_lists_the_cookies_the_settings_set(client, trust_site):
    tables = main(client, f"/en{PRIVACY}").find_all("table")
    reader = cookie_rows(tables[0])
    assert list(reader) == [settings.LANGUAGE_COOKIE_NAME, "csrftoken"]
    assert reader[settings.LANGUAGE_COOKIE_NAME][1] == "365 days"
    assert reader["csrftoken"][1] == "364 days"  # set by the enquiry form
    admin = cookie_rows(tables[1])
    assert list(admin) == ["sessionid", "csrftoken", "wagtail_sidebar_collapsed"]
    assert admin["sessionid"][1] == "14 days"
    assert admin["csrftoken"][1] == "364 days"


@override_settings(LANGUAGE_COOKIE_AGE=24 * 60 * 60, SESSION_EXPIRE_AT_BROWSER_CLOSE=True)
def test_privacy_notice_follows_the_settings(client, trust_site):
    tables = main(client, f"/en{PRIVACY}").find_all("table")
    assert cookie_rows(tables[0])[settings.LANGUAGE_COOKIE_NAME][1] == "1 day"
    assert cookie_rows(tables[1])["sessionid"][1] == "Until you close your browser"


@override_settings(AXES_ENABLED=True, AXES_DISABLE_ACCESS_LOG=False)
def test_privacy_notice_states_how_failed_sign_ins_are_kept(client, trust_site):
    section = main(client, f"/en{PRIVACY}").find(id="editors-heading").parent
    said = text(section)
    limit = settings.AXES_FAILURE_LIMIT
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    assert f"After {limit} failures for one username from one IP address" in said
    assert f"locked out for {minutes} minutes" in said
    assert "Signing in successfully deletes them at once." in said
    assert "records each successful sign-in and sign-out" in said
    assert "These records are not deleted automatically." in said


@override_settings(AXES_ENABLED=True)
def test_privacy_notice_leaves_out_sign_in_records_when_none_are_kept(client, trust_site):
    # As configured (settings/base.py): no record of successful sign-ins is kept.
    assert settings.AXES_DISABLE_ACCESS_LOG
    said = text(main(client, f"/en{PRIVACY}"))
    assert "After" in said and "failures for one username" in said
    assert "records each successful sign-in" not in said


def test_privacy_notice_says_nothing_of_failed_sign_ins_when_none_are_recorded(client, trust_site):
    # The test settings switch django-axes off, and then nothing is recorded.
    assert not settings.AXES_ENABLED
    said = text(main(client, f"/en{PRIVACY}"))
    assert "failures for one username" not in said
    assert "records each successful sign-in" not in said


def test_privacy_notice_and_the_code_agree_on_the_language_cookie(client, trust_site):
    """The notice says reading sets no cookie and switching language sets one: both true."""
    said = text(main(client, f"/en{PRIVACY}"))
    assert "Reading the website sets no cookies." in said
    first = client.get(f"/pl{PRIVACY}", HTTP_REFERER="https://www.example.org/")
    assert not first.cookies
    switch = client.get(f"/pl{PRIVACY}", HTTP_REFERER=f"http://testserver/en{PRIVACY}")
    assert list(switch.cookies) == [settings.LANGUAGE_COOKIE_NAME]


def test_privacy_notice_points_to_the_ico(client, trust_site):
    page = main(client, f"/en{PRIVACY}")
    assert page.find("a", href="https://ico.org.uk/make-a-complaint/") is not None
    assert "UK General Data Protection Regulation (UK GDPR)" in text(page)


POLICY_NUMBERS = {
    # The standards' and laws' names: WCAG 2.0, 2.1, 2.2; the (No. 2) Regulations 2018;
    # the Data Protection Act 2018.
    "0",
    "1",
    "2",
    "2018",
}


@pytest.mark.parametrize("path", [STATEMENT, PRIVACY])
def test_policy_pages_show_no_number_the_code_does_not_give(client, trust_site, path):
    page = AccessibilityStatementPage if path == STATEMENT else PrivacyNoticePage
    published = page.objects.get()
    dates = {
        part
        for moment in (published.first_published_at, published.last_published_at)
        for part in timezone.localtime(moment).strftime("%-d %Y").split()
    }
    durations = {
        str(round(seconds / 86400))
        for seconds in (
            settings.LANGUAGE_COOKIE_AGE,
            settings.SESSION_COOKIE_AGE,
            settings.CSRF_COOKIE_AGE,
        )
    }
    numbers = set(re.findall(r"\d+", text(main(client, f"/en{path}"))))
    assert numbers - POLICY_NUMBERS - dates - durations == set()


# The footer.


def footer_links(response):
    """The footer's links, on any page, a 404 included."""
    nav = BeautifulSoup(response.content, "html.parser").find("footer").find("nav")
    return [(a.get_text(), a["href"]) for a in nav.find_all("a")]


def live_page_urls(trust_site):
    from wagtail.models import Page

    return [p.url for p in Page.objects.live().descendant_of(trust_site, inclusive=True)]


def test_every_page_links_to_the_statement_and_the_notice_in_its_footer(client, trust_site):
    urls = [*live_page_urls(trust_site), "/en/search/?q=trust", "/en/no-such-page/"]
    for url in urls:
        response = client.get(url)
        assert footer_links(response) == [
            ("Contact", "/en/contact/"),
            ("Accessibility statement", "/en/accessibility/"),
            ("Privacy notice", "/en/privacy/"),
        ], url


@pytest.mark.parametrize("code,strings", DRAFTS)
def test_footer_links_are_in_the_readers_language(client, trust_site, code, strings):
    for url in (f"/{code}/", f"/{code}/schools/st-marks/", f"/{code}/no-such-page/"):
        assert footer_links(client.get(url)) == [
            (strings["Contact"], f"/{code}/contact/"),
            (strings["Accessibility statement"], f"/{code}/accessibility/"),
            (strings["Privacy notice"], f"/{code}/privacy/"),
        ], url


def test_footer_leaves_out_an_unpublished_page(client, privacy):
    privacy.unpublish()
    assert footer_links(client.get("/en/")) == [
        ("Contact", "/en/contact/"),
        ("Accessibility statement", "/en/accessibility/"),
    ]


def test_footer_has_no_links_before_the_pages_exist(
    client, trust_site, statement, privacy, page_by_path
):
    statement.delete()
    privacy.delete()
    page_by_path("contact/").delete()
    assert soup(client.get("/en/")).find("footer").find("nav") is None


class FirstOfTypeTests(SimpleTestCase):
    def node(self, id, path, url_path, content_type_id):
        return Node(
            id=id,
            path=path,
            depth=len(path) // 4,
            url_path=url_path,
            content_type_id=content_type_id,
            show_in_menus=False,
            titles={"en": url_path},
        )

    def test_finds_the_first_page_of_a_type_below_the_site_root(self):
        tree = Tree(
            [
                self.node(1, "00010001", "/home/", 1),
                self.node(2, "000100010002", "/home/privacy/", 7),
                self.node(3, "00010002", "/other/", 1),
                self.node(4, "000100020001", "/other/privacy/", 7),
            ]
        )
        assert tree.first_of_type(7, "/home/").id == 2
        assert tree.first_of_type(7, "/other/").id == 4
        assert tree.first_of_type(8, "/home/") is None


# The content command, sitemap and cost.


def test_content_command_adds_both_pages_under_home_outside_the_menu(trust_site):
    for model, slug in [
        (AccessibilityStatementPage, "accessibility"),
        (PrivacyNoticePage, "privacy"),
    ]:
        page = model.objects.get()
        assert page.get_parent().pk == trust_site.pk
        assert page.slug == slug
        assert page.live and not page.show_in_menus
        assert not any([page.contact_email, getattr(page, "contact_phone", "")])


def test_content_command_records_draft_title_translations(trust_site):
    statement = AccessibilityStatementPage.objects.get()
    assert statement.title_pl == load_translations("pl")["Accessibility statement"]
    assert statement.title_ar == load_translations("ar")["Accessibility statement"]
    states = PageTranslation.objects.filter(page=statement)
    languages = {code for code, _ in settings.LANGUAGES} - {"en"}
    assert set(states.values_list("language", flat=True)) == languages
    assert set(states.values_list("state", flat=True)) == {TranslationState.DRAFT}


def test_both_pages_are_in_the_sitemap_in_every_language(client, trust_site):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.fromstring(client.get("/sitemap.xml").content)
    locations = {loc.text for loc in root.findall("s:url/s:loc", ns)}
    for code, _name in settings.LANGUAGES:
        assert f"http://testserver/{code}{STATEMENT}" in locations
        assert f"http://testserver/{code}{PRIVACY}" in locations


@override_settings(ENQUIRY_RETENTION_DAYS=90)
def test_privacy_notice_says_what_the_enquiry_form_keeps_and_for_how_long(client, trust_site):
    section = main(client, f"/en{PRIVACY}").find(id="enquiries-heading").parent
    said = text(section)
    assert "your question, your name, how you would like an answer" in said
    assert "office staff of the school you chose" in said
    assert "An enquiry is deleted automatically 90 days after it is closed." in said
    assert "deletes each count within a day" in said
