"""The trust's home page: the root of the site tree."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import ContentBlocks


class HomePage(Page):
    """The trust's front door. Lives at the site root; every section hangs below it."""

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("Who the trust is, in a sentence or two.")
    )
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]

    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "history.HistoryPage",
        "schools.SchoolIndexPage",
        "partners.PartnersPage",
        "vision.AimsPage",
        "vision.VisionIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from schools.models import SchoolPage
        from trustsite.sitetree import get_tree
        from vision.models import VisionUpdatePage

        context = super().get_context(request, *args, **kwargs)
        # The home page is its site's root, so a section's URL is its url_path below it.
        context["sections"] = [
            (node.title, reverse("wagtail_serve", args=[node.url_path[len(self.url_path) :]]))
            for node in get_tree(request).menu_children(self.url_path)
        ]
        context["schools"] = SchoolPage.objects.live().descendant_of(self).order_by("path")
        context["latest_updates"] = VisionUpdatePage.objects.live().order_by(
            "-date", "-first_published_at"
        )[:3]
        return context


class TranslationState(models.TextChoices):
    DRAFT = "draft", _("Draft: not yet checked by a fluent reader")
    REVIEWED = "reviewed", _("Reviewed")


class PageTranslation(models.Model):
    """Whether a page has been translated into a language, and whether that translation has
    been reviewed. No row means the page has no translation in that language yet."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="translations_state"
    )
    language = models.CharField(
        _("language"), max_length=10, choices=[c for c in settings.LANGUAGES if c[0] != "en"]
    )
    state = models.CharField(
        _("state"), max_length=10, choices=TranslationState.choices, default=TranslationState.DRAFT
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels = [FieldPanel("page"), FieldPanel("language"), FieldPanel("state")]

    class Meta:
        verbose_name = _("page translation")
        verbose_name_plural = _("page translations")
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="one_state_per_page_language")
        ]
        ordering = ["page__path", "language"]

    def __str__(self):
        return f"{self.page.title} ({self.language}): {self.get_state_display()}"
