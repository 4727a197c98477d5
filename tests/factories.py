"""Factories for the trust's pages, partners and calendar entries (wagtail-factories)."""

import datetime
import uuid

import factory
import wagtail_factories

from enquiries.models import Enquiry, EnquiryTopic
from events.blocks import TermDateKind
from events.models import CalendarPage
from history.models import HistoryPage
from home.models import HomePage
from news.models import NewsIndexPage, NewsItemPage, NewsKind
from partners.models import Partner, PartnerKind, PartnersPage
from schools.models import Membership, SchoolIndexPage, SchoolPage
from vision.models import (
    AimsPage,
    VisionAudiencePage,
    VisionIndexPage,
    VisionUpdateIndexPage,
    VisionUpdatePage,
)


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Southampton Co-operative Learning Trust"

    class Meta:
        model = HomePage


class HistoryPageFactory(wagtail_factories.PageFactory):
    title = "History"
    show_in_menus = True

    class Meta:
        model = HistoryPage


class SchoolIndexPageFactory(wagtail_factories.PageFactory):
    title = "Schools"
    show_in_menus = True

    class Meta:
        model = SchoolIndexPage


class SchoolPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Test School {n}")
    membership = Membership.MEMBER
    joined_year = 2011

    class Meta:
        model = SchoolPage


class PartnersPageFactory(wagtail_factories.PageFactory):
    title = "Partners"
    show_in_menus = True

    class Meta:
        model = PartnersPage


class PartnerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Partner Organisation {n}")
    kind = PartnerKind.ORGANISATION
    description = factory.LazyAttribute(lambda o: f"{o.name}, a test partner")

    class Meta:
        model = Partner


class AimsPageFactory(wagtail_factories.PageFactory):
    title = "Aims"
    show_in_menus = True

    class Meta:
        model = AimsPage


class VisionIndexPageFactory(wagtail_factories.PageFactory):
    title = "Vision"
    show_in_menus = True

    class Meta:
        model = VisionIndexPage


class VisionAudiencePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Vision for audience {n}")

    class Meta:
        model = VisionAudiencePage


class VisionUpdateIndexPageFactory(wagtail_factories.PageFactory):
    title = "Vision updates"

    class Meta:
        model = VisionUpdateIndexPage


class VisionUpdatePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Progress report {n}")
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    summary = factory.LazyAttribute(lambda o: f"Summary of {o.title}")

    class Meta:
        model = VisionUpdatePage
        skip_postgeneration_save = True  # the audiences hook saves when it sets any

    @factory.post_generation
    def audiences(self, create, extracted, **kwargs):
        if create and extracted:
            self.audiences.set(extracted)
            self.save()


class CalendarPageFactory(wagtail_factories.PageFactory):
    title = "Term dates and events"

    class Meta:
        model = CalendarPage


def term_date(first, last=None, kind=TermDateKind.TERM, name="", block_id=None):
    """A term date block as a calendar page stores it (events.blocks.TermDateBlock)."""
    return {
        "type": "term_date",
        "id": block_id or str(uuid.uuid4()),
        "value": {
            "kind": str(kind),
            "name": name,
            "start_date": first.isoformat(),
            "end_date": last.isoformat() if last else None,
        },
    }


def event(title, day, start=None, end=None, end_day=None, place="", description="", block_id=None):
    """An event block as a calendar page stores it (events.blocks.EventBlock)."""
    return {
        "type": "event",
        "id": block_id or str(uuid.uuid4()),
        "value": {
            "title": title,
            "start_date": day.isoformat(),
            "start_time": start.strftime("%H:%M:%S") if start else None,
            "end_date": end_day.isoformat() if end_day else None,
            "end_time": end.strftime("%H:%M:%S") if end else None,
            "place": place,
            "description": description,
        },
    }


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News and letters"

    class Meta:
        model = NewsIndexPage


class NewsItemPageFactory(wagtail_factories.PageFactory):
    """A published news item (a letter needs a body: pass kind=NewsKind.LETTER and one)."""

    title = factory.Sequence(lambda n: f"School news {n}")
    kind = NewsKind.NEWS
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    summary = factory.LazyAttribute(lambda o: f"Summary of {o.title}")

    class Meta:
        model = NewsItemPage


def mark_translations_reviewed(**filters):
    """Mark every field of the matching page translations reviewed, as a fluent reader
    does on the translation screen; the pages' states follow."""
    from localisation.models import PageTranslation

    for row in PageTranslation.objects.filter(**filters):
        row.mark_reviewed()
        row.save()


class EnquiryTopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")

    class Meta:
        model = EnquiryTopic


class EnquiryFactory(factory.django.DjangoModelFactory):
    """An enquiry as the form stores it (to a school unless `school` is None)."""

    topic = factory.SubFactory(EnquiryTopicFactory)
    question = "When does the breakfast club open?"
    name = factory.Sequence(lambda n: f"Parent {n}")
    reply_by = "email"
    email = factory.Sequence(lambda n: f"parent{n}@example.org")
    reply_language = "en"
    page_language = "en"
    to_trust = factory.LazyAttribute(lambda o: o.school is None)

    class Meta:
        model = Enquiry
