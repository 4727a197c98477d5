"""Which pages are translated into which language, field by field, and whether each
translation is current and has been checked by a fluent reader."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def language_choices():
    """(code, name) of each language pages are translated into: all but English."""
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def translate_permission_codename(language):
    """The permission to translate pages into a language, e.g. translate_zh_hans."""
    return f"translate_{language.replace('-', '_')}"


class TranslationState(models.TextChoices):
    DRAFT = "draft", _("Draft: not yet checked by a fluent reader")
    REVIEWED = "reviewed", _("Reviewed")
    OUTDATED = "outdated", _("Outdated: the English changed since it was translated")


class PageTranslation(models.Model):
    """A page's translation into one language: for each translated field, the English
    it was made from, since when it is outdated (if it is) and whether a fluent reader
    has reviewed it (`sources`, kept by localisation.freshness and the translation
    screen). The page's `state` is derived from its fields on every save, never set by
    hand. No row means nothing on the page is translated into that language yet."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="translations_state"
    )
    language = models.CharField(_("language"), max_length=10, choices=language_choices())
    state = models.CharField(
        _("state"),
        max_length=10,
        choices=TranslationState.choices,
        default=TranslationState.DRAFT,
        editable=False,
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # {field name: {english, english_hash, translation, outdated_since, reviewed}}
    sources = models.JSONField(default=dict, blank=True, editable=False)

    class Meta:
        verbose_name = _("page translation")
        verbose_name_plural = _("page translations")
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="one_state_per_page_language")
        ]
        ordering = ["page__path", "language"]
        permissions = [
            (translate_permission_codename(code), f"Can translate pages into {name}")
            for code, name in language_choices()
        ]

    def __str__(self):
        return f"{self.page.title} ({self.language}): {self.get_state_display()}"

    def save(self, *args, **kwargs):
        self.state = self.derived_state()
        super().save(*args, **kwargs)

    def derived_state(self):
        """Outdated if any field is; reviewed if every field is; a draft otherwise."""
        if self.outdated_fields():
            return TranslationState.OUTDATED
        if self.sources and all(source.get("reviewed") for source in self.sources.values()):
            return TranslationState.REVIEWED
        return TranslationState.DRAFT

    def outdated_fields(self):
        """{field name: ISO date its English changed} for each outdated field."""
        return {
            name: source["outdated_since"]
            for name, source in self.sources.items()
            if source.get("outdated_since")
        }

    def has_drafts(self):
        """Whether a current (not outdated) field's translation awaits review."""
        return any(
            not source.get("reviewed") and not source.get("outdated_since")
            for source in self.sources.values()
        )

    def mark_reviewed(self, names=None):
        """Mark the fields' translations (every field by default) as reviewed. An outdated
        field is not a translation of the English of now: it is translated again, not
        reviewed."""
        for name, source in self.sources.items():
            if (names is None or name in names) and not source.get("outdated_since"):
                source["reviewed"] = True
