"""Urgent notices (a snow closure, a burst pipe): short, with a start and an end, shown
at the top of every page of their school, or of the whole site for the trust's.

A school's notices live in its "Urgent notices" folder, below the school's page; the
trust's in one below the home page. A school's office may publish its own notices
without the trustees' approval (operations' setup_permissions gives it publish on its
folder only): a notice cannot wait for a meeting, and it is safe to let an office
publish one, since it is plain text of at most 400 characters with no links, images or
markup, it shows only on its own school's pages, it ends by itself within two weeks,
every publication is in the page's history, and trust editors can unpublish it.
"""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel
from wagtail.models import Page

from core.models import SitePage

# How long a notice may run: longer than that is news, not a notice.
LONGEST_NOTICE = timedelta(days=14)


class UrgentNoticeIndexPage(SitePage):
    """A school's (or the trust's) urgent notices. Under a SchoolPage or the HomePage,
    once each; not in menus, search or the sitemap."""

    parent_page_types = ["schools.SchoolPage", "home.HomePage"]
    subpage_types = ["notices.UrgentNoticePage"]
    max_count_per_parent = 1
    in_sitemap = False

    class Meta:
        verbose_name = _("urgent notices folder")


class UrgentNoticePage(SitePage):
    """One urgent notice. Under an UrgentNoticeIndexPage."""

    message = models.TextField(
        _("message"),
        max_length=400,
        help_text=_("What parents need to know now, in a sentence or two. Plain text."),
    )
    starts_at = models.DateTimeField(_("shows from"), default=timezone.now)
    ends_at = models.DateTimeField(
        _("shows until"), help_text=_("It disappears by itself at this time.")
    )

    content_panels = [
        HelpPanel(
            content=_(
                "<p>An urgent notice shows at the top of every page of your school, in "
                "every language, from its start to its end, and then disappears by itself. "
                "Use <strong>Publish</strong>: notices do not wait for approval.</p>"
            ),
            heading=_("Urgent notice"),
        ),
        *SitePage.content_panels,
        FieldPanel("message"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
    ]

    parent_page_types = ["notices.UrgentNoticeIndexPage"]
    subpage_types = []
    in_sitemap = False

    class Meta:
        verbose_name = _("urgent notice")

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at:
            if self.ends_at <= self.starts_at:
                raise ValidationError({"ends_at": _("A notice must end after it starts.")})
            if self.ends_at - self.starts_at > LONGEST_NOTICE:
                raise ValidationError(
                    {"ends_at": _("A notice may show for two weeks at most: publish news instead.")}
                )

    @property
    def school_path(self):
        """The path of the page whose pages show this notice: its school's, or the home
        page's for the trust's (Wagtail's paths: four characters a level)."""
        return self.path[: -2 * self.steplen]

    def appears_on(self):
        """Every live page of its school, or of the whole site for the trust's."""
        return list(
            Page.objects.live().filter(path__startswith=self.school_path, depth__gt=1).specific()
        )
