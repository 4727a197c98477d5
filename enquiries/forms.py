"""The public enquiry form: labels, hints and errors a parent reads in their language,
on the GOV.UK pattern (one question per field, a specific message for each mistake)."""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.validators import RegexValidator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

# The choice for "not sure, or for the trust" in the school question.
TRUST = "trust"
# Longest question, in characters: about two pages; enough for anything an office can
# answer, and a bound on what a post can make us store.
QUESTION_MAX = 3000
STARTED_SALT = "enquiries.form.started"
# A form shown longer ago than this (seconds) is sent again with a new start time.
OPEN_FOR = 24 * 60 * 60


def other_language_choice():
    return ("other", _("Another language (say which in your question)"))


def language_choices():
    """The site's languages, each in its own name, and "another"."""
    return [
        *settings.LANGUAGES,
        other_language_choice(),
    ]


def signed_start():
    """When the form was shown, signed: a post that comes back sooner than a person
    could fill it in (or that never came from our form) is turned away."""
    return signing.dumps(time.time(), salt=STARTED_SALT)


def seconds_since_start(value):
    """Seconds since the form was shown, or None if the value is not one we signed or
    is older than a day."""
    try:
        age = time.time() - float(signing.loads(value, salt=STARTED_SALT, max_age=OPEN_FOR))
    except (signing.BadSignature, TypeError, ValueError):
        return None
    return age if age <= OPEN_FOR else None


phone_characters = RegexValidator(
    r"^\+?[0-9 ()-]{6,40}$", _("Enter a phone number, like 01632 960 001 or +44 808 157 0192")
)


class EnquiryForm(forms.Form):
    school = forms.TypedChoiceField(
        label=_("Which school is it about?"),
        help_text=_("Choose “Not sure” if it is about more than one, or none."),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a school, or “Not sure”")},
    )
    topic = forms.TypedChoiceField(
        label=_("What is your question about?"),
        widget=forms.RadioSelect,
        coerce=int,
        error_messages={"required": _("Choose what your question is about")},
    )
    question = forms.CharField(
        label=_("Your question"),
        help_text=_(
            "Write in any language. Do not include medical details we do not need to answer you."
        ),
        max_length=QUESTION_MAX,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _("Write your question"),
            "max_length": _("Your question must be %(limit_value)d characters or fewer"),
        },
    )
    name = forms.CharField(
        label=_("Your name"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={
            "required": _("Enter your name"),
            "max_length": _("Your name must be %(limit_value)d characters or fewer"),
        },
    )
    reply_by = forms.ChoiceField(
        label=_("How would you like an answer?"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose email or phone")},
    )
    email = forms.EmailField(
        label=_("Email address"),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "invalid": _("Enter an email address in the correct format, like name@example.com"),
            "max_length": _("Your email address must be %(limit_value)d characters or fewer"),
        },
    )
    phone = forms.CharField(
        label=_("Phone number"),
        required=False,
        max_length=40,
        validators=[phone_characters],
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
        error_messages={
            "max_length": _("Your phone number must be %(limit_value)d characters or fewer")
        },
    )
    reply_language = forms.ChoiceField(
        label=_("Which language should we answer in?"),
        error_messages={"required": _("Choose a language")},
    )
    # Left empty by people, who never see it (hidden by the stylesheet, out of the
    # keyboard order and of the accessibility tree); filled in by form-filling robots.
    website = forms.CharField(
        label=_("Leave this empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False, max_length=100)

    def __init__(self, *args, schools=(), topics=(), **kwargs):
        kwargs.setdefault("initial", {})
        kwargs["initial"].setdefault("reply_language", get_language())
        kwargs["initial"].setdefault("started", signed_start())
        super().__init__(*args, **kwargs)
        self.schools = {str(school.pk): school for school in schools}
        self.topics = {topic.pk: topic for topic in topics}
        self.fields["school"].choices = [
            *((pk, school.title) for pk, school in self.schools.items()),
            (TRUST, _("Not sure, or for the trust")),
        ]
        self.fields["topic"].choices = [(pk, topic.name) for pk, topic in self.topics.items()]
        self.fields["reply_by"].choices = [
            ("email", _("By email")),
            ("phone", _("By phone")),
        ]
        self.fields["reply_language"].choices = language_choices()

    def clean(self):
        cleaned = super().clean()
        reply_by = cleaned.get("reply_by")
        if reply_by == "email" and not cleaned.get("email") and "email" not in self.errors:
            self.add_error("email", _("Enter your email address, or choose to be phoned"))
        if reply_by == "phone" and not cleaned.get("phone") and "phone" not in self.errors:
            self.add_error("phone", _("Enter your phone number, or choose an email answer"))
        return cleaned

    def chosen_school(self):
        return self.schools.get(self.cleaned_data["school"])

    def chosen_topic(self):
        return self.topics[self.cleaned_data["topic"]]

    def error_list(self):
        """(field id, message) for each error, in the form's order, for the error
        summary; a group of radios is named by its first button."""
        found = []
        for name in self.fields:
            for message in self.errors.get(name, []):
                field = self[name]
                anchor = field.id_for_label or f"id_{name}"
                if isinstance(field.field.widget, forms.RadioSelect):
                    anchor = f"{field.auto_id}_0"
                found.append((anchor, message))
        return found
