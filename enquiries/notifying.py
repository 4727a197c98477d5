"""Telling an office that an enquiry waits for it: after the enquiry is stored, and again
by `manage.py send_enquiry_notifications` (cron) until the mail server takes it.

The email carries the reference, the school and the topic, and a link to the admin:
nothing the parent wrote and nothing about them, so a forwarded or misdirected
notification gives nothing away.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import timezone, translation

from contact.models import ContactPage

from .records import Enquiry

logger = logging.getLogger(__name__)


def trust_inbox():
    """The trust's inbox: ENQUIRIES_TRUST_EMAIL, else the Contact page's email."""
    configured = getattr(settings, "ENQUIRIES_TRUST_EMAIL", "")
    if configured:
        return configured
    contact = ContactPage.objects.live().first()
    return contact.email if contact and contact.email else ""


def recipients(enquiry):
    """The school office's email; the trust's for the trust's enquiries and for a school
    whose office has no email on its page yet."""
    if not enquiry.to_trust and enquiry.school and enquiry.school.email:
        return [enquiry.school.email]
    inbox = trust_inbox()
    return [inbox] if inbox else []


def admin_url(enquiry):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return base + reverse("enquiries:edit", args=[enquiry.pk])


def message(enquiry):
    """(subject, body), in English: the office's language."""
    with translation.override(settings.LANGUAGE_CODE):
        office = enquiry.office_name or "the trust"
        topic = enquiry.topic.name if enquiry.topic else "no topic"
        subject = f"New enquiry {enquiry.reference} for {office} ({topic})"
        body = (
            f"A parent or carer has sent an enquiry through the website for {office}, "
            f"about {topic.lower()}.\n\n"
            f"Read it and answer it in the admin (you will need to log in):\n"
            f"{admin_url(enquiry)}\n\n"
            f"Reference: {enquiry.reference}\n\n"
            "What the parent wrote and how to reach them are only in the admin, not in "
            "this email.\n"
        )
    return subject, body


def notify(enquiry_pk):
    """Send the office's email for one enquiry, if not sent yet; record what happened.
    True if it is sent."""
    enquiry = Enquiry.objects.select_related("school", "topic").filter(pk=enquiry_pk).first()
    if enquiry is None or enquiry.notified_at:
        return bool(enquiry)
    to = recipients(enquiry)
    error = ""
    if not to:
        error = "No email address: add one to the school's page or the Contact page"
    else:
        subject, body = message(enquiry)
        try:
            send_mail(subject, body, None, to, fail_silently=False)
        except Exception as e:  # the mail server is down, refuses us, times out...
            logger.warning("Enquiry %s: notification not sent: %r", enquiry.reference, e)
            error = f"{type(e).__name__}: {e}"[:200]
    Enquiry.objects.filter(pk=enquiry.pk).update(
        notify_attempts=enquiry.notify_attempts + 1,
        notify_error=error,
        notified_at=None if error else timezone.now(),
    )
    return not error


def notify_waiting():
    """Retry every enquiry whose office has not been told yet: (sent, still waiting)."""
    sent = waiting = 0
    for pk in (
        Enquiry.objects.waiting_to_notify().order_by("received_at").values_list("pk", flat=True)
    ):
        if notify(pk):
            sent += 1
        else:
            waiting += 1
    return sent, waiting
