"""Each page type can be created only where the site's structure allows."""

import io

from django.core.management import call_command
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from contact.models import ContactPage
from events.models import CalendarPage
from history.models import HistoryPage
from home.models import HomePage
from news.models import NewsIndexPage, NewsItemPage
from notices.models import UrgentNoticeIndexPage, UrgentNoticePage
from partners.models import PartnersPage
from policies.models import AccessibilityStatementPage, PrivacyNoticePage
from schools.models import SchoolIndexPage, SchoolPage
from vision.models import (
    AimsPage,
    VisionAudiencePage,
    VisionIndexPage,
    VisionUpdateIndexPage,
    VisionUpdatePage,
)

# The pages that live directly under the home page.
SECTIONS = (
    HistoryPage,
    SchoolIndexPage,
    PartnersPage,
    AimsPage,
    VisionIndexPage,
    AccessibilityStatementPage,
    PrivacyNoticePage,
    ContactPage,
)


class TreeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_and_holds_the_sections(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage, {*SECTIONS, UrgentNoticeIndexPage, CalendarPage, NewsIndexPage}
        )

    def test_section_pages_live_under_the_home_page_only(self):
        for model in SECTIONS:
            with self.subTest(model=model.__name__):
                self.assertAllowedParentPageTypes(model, {HomePage})

    def test_leaf_pages_have_no_children(self):
        for model in (
            HistoryPage,
            PartnersPage,
            AimsPage,
            VisionAudiencePage,
            AccessibilityStatementPage,
            PrivacyNoticePage,
            ContactPage,
            UrgentNoticePage,
        ):
            with self.subTest(model=model.__name__):
                self.assertAllowedSubpageTypes(model, set())
        self.assertAllowedSubpageTypes(VisionUpdatePage, set())
        self.assertAllowedSubpageTypes(NewsItemPage, set())

    def test_schools_live_under_the_school_index(self):
        self.assertAllowedParentPageTypes(SchoolPage, {SchoolIndexPage})
        self.assertAllowedSubpageTypes(SchoolIndexPage, {SchoolPage})
        self.assertAllowedSubpageTypes(
            SchoolPage, {NewsIndexPage, CalendarPage, UrgentNoticeIndexPage}
        )
        self.assertCanNotCreateAt(HomePage, SchoolPage)
        self.assertCanNotCreateAt(VisionIndexPage, SchoolPage)

    def test_calendars_live_under_a_school_or_the_home_page(self):
        self.assertAllowedParentPageTypes(CalendarPage, {SchoolPage, HomePage})
        self.assertAllowedSubpageTypes(CalendarPage, set())
        self.assertCanNotCreateAt(VisionIndexPage, CalendarPage)

    def test_news_and_letters_live_under_a_school_or_the_home_page(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {SchoolPage, HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsItemPage})
        self.assertAllowedParentPageTypes(NewsItemPage, {NewsIndexPage})
        self.assertCanNotCreateAt(SchoolPage, NewsItemPage)
        self.assertCanNotCreateAt(HomePage, NewsItemPage)

    def test_vision_section_holds_audiences_and_one_updates_index(self):
        self.assertAllowedSubpageTypes(VisionIndexPage, {VisionAudiencePage, VisionUpdateIndexPage})
        self.assertAllowedParentPageTypes(VisionAudiencePage, {VisionIndexPage})
        self.assertAllowedParentPageTypes(VisionUpdateIndexPage, {VisionIndexPage})

    def test_vision_updates_live_under_the_updates_index(self):
        self.assertAllowedParentPageTypes(VisionUpdatePage, {VisionUpdateIndexPage})
        self.assertCanNotCreateAt(VisionIndexPage, VisionUpdatePage)
        self.assertCanNotCreateAt(HomePage, VisionUpdatePage)


class SingletonTests(WagtailPageTestCase):
    """Sections exist once: a second history or schools index cannot be added, nor a
    second news index under a school or the home page."""

    def test_singletons_cannot_be_added_twice(self):

        call_command("load_trust_content", stdout=io.StringIO())
        home = HomePage.objects.get()
        vision = VisionIndexPage.objects.get()
        for parent, model in [
            (home, HistoryPage),
            (home, SchoolIndexPage),
            (home, PartnersPage),
            (home, AimsPage),
            (home, VisionIndexPage),
            (vision, VisionUpdateIndexPage),
            (home, AccessibilityStatementPage),
            (home, PrivacyNoticePage),
            (home, NewsIndexPage),
            (SchoolPage.objects.get(slug="banister"), NewsIndexPage),
        ]:
            with self.subTest(model=model.__name__):
                self.assertFalse(model.can_create_at(parent))
        self.assertTrue(SchoolPage.can_create_at(SchoolIndexPage.objects.get()))
        self.assertTrue(VisionAudiencePage.can_create_at(vision))
        self.assertTrue(NewsItemPage.can_create_at(NewsIndexPage.objects.child_of(home).get()))

    def test_a_school_and_the_trust_have_one_calendar_each(self):
        call_command("load_trust_content", stdout=io.StringIO())
        self.assertFalse(CalendarPage.can_create_at(HomePage.objects.get()))
        for school in SchoolPage.objects.all():
            with self.subTest(school=school.title):
                self.assertFalse(CalendarPage.can_create_at(school))
