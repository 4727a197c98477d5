"""The organisations the trust works with, and the sister co-operative trusts.

Partners are snippets, not pages: each is a line or two of text with no page
of its own to visit, editors manage them as one ordered list, and the
partners page shows them all with a single query.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from core.models import IntroMixin, SitePage


class PartnerKind(models.TextChoices):
    ORGANISATION = "organisation", _("Partner organisation")
    TRUST = "trust", _("Co-operative schools trust")


class Partner(index.Indexed, models.Model):
    """An organisation the trust partners with, or a sister co-operative trust."""

    name = models.CharField(_("name"), max_length=255)
    kind = models.CharField(
        _("kind"), max_length=16, choices=PartnerKind.choices, default=PartnerKind.ORGANISATION
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("What the organisation is, as the trust puts it.")
    )
    longest_running = models.BooleanField(
        _("longest-running partnership"),
        default=False,
        help_text=_("Mark the trust's most long-running partnership."),
    )
    website = models.URLField(_("website"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("longest_running"),
        FieldPanel("website"),
        FieldPanel("sort_order"),
    ]

    search_fields = [index.SearchField("name"), index.SearchField("description")]

    class Meta:
        ordering = ["kind", "sort_order", "name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name


class PartnersPage(IntroMixin, SitePage):
    """The partner organisations and sister trusts, drawn from the Partner snippets."""

    trusts_intro = models.TextField(_("introduction to the co-operative trusts"), blank=True)

    content_panels = (
        SitePage.content_panels + IntroMixin.intro_panels + [FieldPanel("trusts_intro")]
    )

    search_fields = (
        SitePage.search_fields
        + IntroMixin.intro_search_fields
        + [index.SearchField("trusts_intro"), index.SearchField("partner_texts")]
    )

    # What search results call this kind of page.
    search_kind = _("Partners")
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("partners page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        partners = list(Partner.objects.all())
        context["organisations"] = [p for p in partners if p.kind == PartnerKind.ORGANISATION]
        context["trusts"] = [p for p in partners if p.kind == PartnerKind.TRUST]
        return context

    def partner_texts(self):
        """What the partner cards say, in the active language (English where a partner
        has no translation): the page is searched by its partners' words. Each
        description comes before its name, as search results quote the first passage
        that matches and a description says more."""
        return [
            text
            for partner in Partner.objects.all()
            for text in (partner.description, partner.name)
            if text
        ]
