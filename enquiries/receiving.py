"""Receiving an enquiry from the public form: turn away what is not a parent's (counted,
never stored), store the rest in one transaction, and tell the office after it commits.

Checks, cheapest first: the size of the post; the honeypot field; the form's own
validation (a post with mistakes is shown again, not counted); the signed time the form
was shown (too soon to be a person, or not our form); then the throttles per client
address and per email address (ENQUIRY_LIMITS), which count only enquiries that would
be stored, so a parent who corrects a mistake is not held back by it.

The form page is never cached, by the site or by a shared cache: it carries a CSRF token
and the signed time it was shown, both per visitor, and it must work without
JavaScript, so they cannot be fetched into a cached page by a script.
"""

import hashlib
import hmac
import time
from datetime import UTC, datetime
from functools import partial

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.navigation import first_pages_of
from policies.models import PrivacyNoticePage
from schools.models import SchoolPage

from .forms import EnquiryForm, seconds_since_start, signed_start
from .notifying import notify
from .records import Enquiry, EnquiryTopic, RejectedPosts, RejectedReason, ThrottleWindow

# What a post may weigh: a question of QUESTION_MAX characters in any script, encoded,
# with every other field at its longest, fits several times over.
MAX_POST_BYTES = 64 * 1024
# Enquiries stored per client address and per email address: (how many, in seconds).
DEFAULT_LIMITS = {"address": (10, 60 * 60), "email": (5, 24 * 60 * 60)}
# Faster than this from showing the form to sending it is not a person typing.
DEFAULT_MIN_SECONDS = 3


def limits():
    return {**DEFAULT_LIMITS, **getattr(settings, "ENQUIRY_LIMITS", {})}


def count_rejected(reason):
    """One more post turned away today for this reason."""
    day = timezone.localdate()
    RejectedPosts.objects.get_or_create(day=day, reason=reason)
    RejectedPosts.objects.filter(day=day, reason=reason).update(count=F("count") + 1)


def take_place(kind, value):
    """Count one enquiry against the throttle for this client address, or this email
    address (the phone number for an answer by phone); False if its window is full. The
    value is stored only as a keyed hash."""
    allowed, seconds = limits()[kind]
    window = int(time.time() // seconds)
    key = hmac.new(
        settings.SECRET_KEY.encode(), f"{kind}:{value}:{window}".encode(), hashlib.sha256
    ).hexdigest()
    ends_at = datetime.fromtimestamp((window + 1) * seconds, tz=UTC)
    ThrottleWindow.objects.get_or_create(key=key, defaults={"ends_at": ends_at})
    # One conditional UPDATE: of two posts racing for the last place, one gets it.
    taken = ThrottleWindow.objects.filter(key=key, count__lt=allowed).update(count=F("count") + 1)
    return taken == 1


def store(form, request):
    """The enquiry, stored; the office's email is sent once the transaction commits."""
    school = form.chosen_school()
    topic = form.chosen_topic()
    data = form.cleaned_data
    with transaction.atomic():
        enquiry = Enquiry.objects.create(
            school=school,
            topic=topic,
            to_trust=school is None or topic.handled_by_trust,
            question=data["question"],
            name=data["name"],
            reply_by=data["reply_by"],
            email=data["email"],
            phone=data["phone"],
            reply_language=data["reply_language"],
            page_language=get_language(),
        )
        transaction.on_commit(partial(notify, enquiry.pk))
    return enquiry


class Refusal(Exception):
    """A post turned away: counted under `reason`, answered with `status` and `message`."""

    def __init__(self, reason, status, message):
        super().__init__(message)
        self.reason = reason
        self.status = status
        self.message = message


def check_post(request, form):
    """Raise Refusal for a post too large to be an enquiry, or from a robot."""
    try:
        size = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        size = MAX_POST_BYTES + 1
    if size > MAX_POST_BYTES:
        raise Refusal(RejectedReason.TOO_LARGE, 413, _("Your enquiry is too long to send."))
    if request.POST.get("website"):
        raise Refusal(
            RejectedReason.HONEYPOT, 400, _("We could not send your enquiry. Please try again.")
        )


def check_timing(request):
    """Raise Refusal for a complete post that came back sooner than a person could have
    filled the form in, or with a start time we did not sign."""
    age = seconds_since_start(request.POST.get("started", ""))
    if age is None:
        raise Refusal(
            RejectedReason.EXPIRED,
            400,
            _("This form was open for a long time. Check your answers and send it again."),
        )
    if age < getattr(settings, "ENQUIRY_MIN_SECONDS", DEFAULT_MIN_SECONDS):
        raise Refusal(
            RejectedReason.TOO_FAST, 400, _("Check your answers and send the form again.")
        )


def check_throttles(request, form):
    busy = _(
        "Too many enquiries have been sent from this connection, or with this email "
        "address or phone number. Please try again later, or phone the school office."
    )
    if not take_place("address", get_client_ip_address(request) or "unknown"):
        raise Refusal(RejectedReason.TOO_MANY_FROM_ADDRESS, 429, busy)
    contact = form.cleaned_data["email"] or form.cleaned_data["phone"]
    if not take_place("email", contact.strip().lower()):
        raise Refusal(RejectedReason.TOO_MANY_FROM_EMAIL, 429, busy)


def serve_enquiry_page(page, request):
    """The enquiry form (GET), or what became of a post: the confirmation, or the form
    again with what to put right. Never cached."""
    schools = SchoolPage.objects.live().public().order_by("title")
    topics = EnquiryTopic.objects.all()
    status = 200
    template = page.get_template(request)
    context = page.get_context(request)
    if request.method == "POST":
        form = EnquiryForm(request.POST, schools=schools, topics=topics)
        try:
            check_post(request, form)
            if form.is_valid():
                check_timing(request)
                check_throttles(request, form)
                context["enquiry"] = store(form, request)
                template = "enquiries/enquiry_sent.html"
            else:
                status = 400
        except Refusal as refusal:
            count_rejected(refusal.reason)
            status = refusal.status
            form.is_valid()  # its own errors too, if any
            form.add_error(None, refusal.message)
        if status != 200:
            # Kept as the parent wrote it, with a new start time for the next try.
            form.data = form.data.copy()
            form.data["started"] = signed_start()
    else:
        school = request.GET.get("school", "")
        initial = {"school": school} if school in {str(s.pk) for s in schools} else {}
        form = EnquiryForm(initial=initial, schools=schools, topics=topics)
    context["form"] = form
    context["privacy_url"] = next(
        (url for _model, _node, url in first_pages_of(request, [PrivacyNoticePage])), None
    )
    response = TemplateResponse(request, template, context, status=status)
    add_never_cache_headers(response)
    return response
