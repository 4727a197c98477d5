from django.apps import AppConfig


class EnquiriesConfig(AppConfig):
    """The trust-wide "one stop shop": parents' enquiries, in any language, to the
    right office."""

    name = "enquiries"
    verbose_name = "Enquiries"
