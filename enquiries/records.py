"""What the enquiry form stores: parents' enquiries, the trust-wide place to ask for help
that its vision for families asks for.

A parent writes from the enquiry page (EnquiryPage) in any language; the enquiry is
stored before any email is tried (enquiries.receiving), and its school's office is told
that one is waiting, with a link to the admin and nothing else about the parent
(enquiries.notifying). Offices see and answer only their own school's enquiries; trust
editors see every one, answer those for the trust, and handle subject access requests.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.panels import FieldPanel

from schools.models import SchoolPage, schools_edited_by

# Crockford's base-32 digits: no I, L, O or U, so a reference read over the phone is
# not mistaken for another.
REFERENCE_DIGITS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
REFERENCE_LENGTH = 6


# How long a closed enquiry is kept, unless ENQUIRY_RETENTION_DAYS says otherwise.
DEFAULT_RETENTION_DAYS = 365


def retention_days():
    return getattr(settings, "ENQUIRY_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)


def new_reference():
    return "".join(secrets.choice(REFERENCE_DIGITS) for _ in range(REFERENCE_LENGTH))


class EnquiryTopic(models.Model):
    """What an enquiry is about (health, housing, school life...), as the form offers it.
    Trust editors keep the list (Enquiries › Topics)."""

    name = models.CharField(_("name"), max_length=80)
    handled_by_trust = models.BooleanField(
        _("the trust answers these"),
        default=False,
        help_text=_(
            "Tick to send enquiries on this topic to the trust's inbox rather than to the "
            "school's office."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(_("order on the form"), default=0)

    panels = [FieldPanel("name"), FieldPanel("handled_by_trust"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("enquiry topic")
        verbose_name_plural = _("enquiry topics")

    def __str__(self):
        return self.name


class Status(models.TextChoices):
    NEW = "new", _("New")
    IN_PROGRESS = "in_progress", _("In progress")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")


class ReplyBy(models.TextChoices):
    EMAIL = "email", _("Email")
    PHONE = "phone", _("Phone")


def reply_languages():
    """The site's languages, each in its own name, and "another" (named in the question)."""
    return [*settings.LANGUAGES, ("other", _("Another language"))]


class EnquiryQuerySet(models.QuerySet):
    def handled_by(self, user):
        """The enquiries `user` may see and answer: every one for someone who handles
        them all (trust editors), else those for the schools whose office they are."""
        if user.has_perm("enquiries.handle_every_enquiry"):
            return self
        return self.filter(school__in=schools_edited_by(user))

    def waiting_to_notify(self):
        return self.filter(notified_at__isnull=True)

    def of_person(self, email):
        """Everything one person sent from this email address (a subject access request)."""
        return self.filter(email__iexact=email.strip())


class Enquiry(models.Model):
    """One parent's enquiry, to a school's office or (no school) to the trust."""

    reference = models.CharField(_("reference"), max_length=12, unique=True, editable=False)
    received_at = models.DateTimeField(_("received"), default=timezone.now, editable=False)
    school = models.ForeignKey(
        SchoolPage,
        verbose_name=_("school"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty: for the trust."),
    )
    topic = models.ForeignKey(
        EnquiryTopic,
        verbose_name=_("topic"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="enquiries",
    )
    to_trust = models.BooleanField(
        _("for the trust"),
        default=False,
        help_text=_("Sent to the trust's inbox: no school, or a topic the trust answers."),
    )
    question = models.TextField(_("question"))
    name = models.CharField(_("name"), max_length=120)
    reply_by = models.CharField(_("answer by"), max_length=8, choices=ReplyBy.choices)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    reply_language = models.CharField(_("answer in"), max_length=16, choices=reply_languages)
    page_language = models.CharField(
        _("written from the site in"),
        max_length=16,
        editable=False,
        choices=settings.LANGUAGES,
    )

    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.NEW
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who is answering"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    notes = models.TextField(
        _("notes"), blank=True, help_text=_("For the office and the trust only: never sent.")
    )
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True, editable=False)

    # The office's email: sent once, retried by `manage.py send_enquiry_notifications`.
    notified_at = models.DateTimeField(_("office told"), null=True, editable=False)
    notify_attempts = models.PositiveSmallIntegerField(default=0, editable=False)
    notify_error = models.CharField(max_length=200, blank=True, editable=False)

    objects = EnquiryQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("enquiry")
        verbose_name_plural = _("enquiries")
        permissions = [
            (
                "handle_every_enquiry",
                "Can see and answer every school's enquiries, and answer subject access requests",
            )
        ]

    def __str__(self):
        return self.reference

    def save(self, *args, **kwargs):
        if not self.reference:
            self.reference = self.unused_reference()
        if self.status == Status.CLOSED and self.closed_at is None:
            self.closed_at = timezone.now()
        elif self.status != Status.CLOSED:
            self.closed_at = None
        super().save(*args, **kwargs)

    @classmethod
    def unused_reference(cls):
        while True:
            reference = new_reference()
            if not cls.objects.filter(reference=reference).exists():
                return reference

    @property
    def reply_language_name(self):
        """The language to answer in, in its own name; None for "another language"."""
        return dict(settings.LANGUAGES).get(self.reply_language)

    @property
    def office_name(self):
        return self.school.title if self.school and not self.to_trust else None

    def office(self):
        """Whose enquiry it is, as the admin's listing shows it."""
        return self.office_name or _("The trust")

    office.short_description = _("for")

    def notification_state(self):
        if self.notified_at:
            return _("Sent")
        if self.notify_attempts:
            return ngettext(
                "Not sent yet (%(count)s try): %(error)s",
                "Not sent yet (%(count)s tries): %(error)s",
                self.notify_attempts,
            ) % {
                "count": self.notify_attempts,
                "error": self.notify_error,
            }
        return _("Waiting")

    notification_state.short_description = _("office's email")


class RejectedReason(models.TextChoices):
    HONEYPOT = "honeypot", _("Filled in the field people cannot see")
    TOO_FAST = "too_fast", _("Sent too soon after the form was opened")
    EXPIRED = "expired", _("Form opened too long ago, or tampered with")
    TOO_MANY_FROM_ADDRESS = "address", _("Too many from one internet address")
    TOO_MANY_FROM_EMAIL = "email", _("Too many from one email address or phone number")
    TOO_LARGE = "too_large", _("Too large")


class RejectedPosts(models.Model):
    """How many posts the form turned away, per day and reason: counted, never stored."""

    day = models.DateField()
    reason = models.CharField(max_length=16, choices=RejectedReason.choices)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["day", "reason"], name="one_count_a_day")]

    def __str__(self):
        return f"{self.day}: {self.reason} × {self.count}"


class ThrottleWindow(models.Model):
    """Enquiries accepted from one client address or email address (a keyed hash, never
    the address) in one window of time. Incremented with a single conditional UPDATE, so
    that concurrent posts cannot both take the last place, on SQLite and PostgreSQL."""

    key = models.CharField(max_length=64, unique=True)
    ends_at = models.DateTimeField(db_index=True)
    count = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.count} until {self.ends_at}"
