"""The calendars the content command gives each school and the trust, and filling them."""

import pytest


@pytest.fixture
def calendar(page_by_path):
    """A school's calendar page as the content command leaves it (empty and live), by the
    school's slug; the trust's with school=None."""

    def of(school="banister"):
        return page_by_path(f"schools/{school}/term-dates/" if school else "term-dates/")

    return of


@pytest.fixture
def publish():
    """Set a page's fields (term_dates=[...], events=[...], events_pl=[...]) and publish
    it, as an editor who may publish does."""

    def publish(page, **fields):
        for name, value in fields.items():
            setattr(page, name, value)
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    return publish
