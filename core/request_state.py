"""What one request has found out so far, kept in one named place.

Several parts of a request ask the same questions (which content generation is current,
what the live tree looks like, where the request's site root is, which page was served,
whether the database failed); each is answered once and kept here, on
`request.trustsite`, instead of in scattered private attributes.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

UNKNOWN = object()


@dataclass
class RequestState:
    generation: int | None = None
    tree: Any = None  # core.sitetree.Tree
    root_path: Any = UNKNOWN  # url_path of the site's root page; None without a site
    served_page: Any = None  # the page Wagtail's serve hooks saw (core.wagtail_hooks)
    # The query string of the link that brings a reader to this response, as the served
    # page sees it ("": none). A page that reads query parameters sets it; the page cache
    # stores a response only when the request's query string is exactly this.
    reader_query: str = ""
    # When the response stops being true although no content changed (a calendar lists
    # what is coming from today: until midnight; an urgent notice starts or ends); the
    # page cache keeps it no longer. Set it with `true_until`, which keeps the earliest.
    fresh_until: Any = None  # an aware datetime
    database_outage: bool = False
    # {field name: ISO date} of the served page's parts shown in English because their
    # translation is older than the English (core.wagtail_hooks).
    outdated_fields: dict = field(default_factory=dict)
    # What template tags work out once and use in several blocks (the language links).
    memo: dict = field(default_factory=dict)


# The state of the request the serve view is answering (core.views.serve), for what
# Wagtail asks a page without handing it the request (its view restrictions).
_serving = ContextVar("trustsite_serving", default=None)


def request_state(request):
    """The request's state, created on first use."""
    state = getattr(request, "trustsite", None)
    if state is None:
        state = request.trustsite = RequestState()
    return state


def true_until(request, moment):
    """Note that the response stops being true at `moment` (an aware datetime), unless
    something said it stops sooner."""
    state = request_state(request)
    if state.fresh_until is None or moment < state.fresh_until:
        state.fresh_until = moment


@contextmanager
def serving(request):
    """While the serve view answers `request`: `serving_state()` is its state."""
    token = _serving.set(request_state(request))
    try:
        yield
    finally:
        _serving.reset(token)


def serving_state():
    """The state of the request being served (None outside the serve view)."""
    return _serving.get()
