import time

import pytest
from django.core import signing

from enquiries.forms import STARTED_SALT
from enquiries.models import EnquiryTopic


@pytest.fixture
def banister(page_by_path):
    school = page_by_path("schools/banister/")
    school.email = "office@banister.example.org"
    school.save_revision().publish()
    return school


@pytest.fixture
def st_marks(page_by_path):
    return page_by_path("schools/st-marks/")


@pytest.fixture
def ask_url():
    return "/en/ask/"


def started(seconds_ago=60):
    """The signed time the form was shown, `seconds_ago`: a minute, as for a person."""
    return signing.dumps(time.time() - seconds_ago, salt=STARTED_SALT)


@pytest.fixture
def enquiry_data(banister):
    """What a Polish parent posts to Banister's office, as the form sends it."""

    def data(**changes):
        return {
            "school": str(banister.pk),
            "topic": str(EnquiryTopic.objects.get(name_en="Housing").pk),
            "question": "Dzień dobry, szukamy pomocy w sprawie mieszkania.",
            "name": "Anna Kowalska",
            "reply_by": "email",
            "email": "anna@example.org",
            "phone": "",
            "reply_language": "pl",
            "website": "",
            "started": started(),
            **changes,
        }

    return data
