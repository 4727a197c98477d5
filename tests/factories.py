"""Factories for the trust's pages and partners (wagtail-factories)."""

import datetime

import factory
import wagtail_factories

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
