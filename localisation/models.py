"""Which pages are translated into which language, and whether a fluent reader has
checked each translation."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


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
    # Per field, the English its translation was made from (localisation.freshness).
    sources = models.JSONField(default=dict, blank=True, editable=False)

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

    def outdated_fields(self):
        """{field name: ISO date its English changed} for each outdated field."""
        return {
            name: source["outdated_since"]
            for name, source in self.sources.items()
            if source.get("outdated_since")
        }
