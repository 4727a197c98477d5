from django.apps import AppConfig


class EventsConfig(AppConfig):
    """Each school's term dates and events, and the trust's, with an iCalendar feed."""

    name = "events"
