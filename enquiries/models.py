"""The enquiry form's page, and what it stores (enquiries.records).

Parents' enquiries are the trust-wide place to ask for help that the trust's vision for
families asks for (content/data/site.yaml, the families' vision).
"""

from django.utils.translation import gettext_lazy as _

from core.models import IntroMixin, SitePage

from .receiving import serve_enquiry_page
from .records import (
    Enquiry,
    EnquiryTopic,
    RejectedPosts,
    ThrottleWindow,
)

__all__ = ["Enquiry", "EnquiryPage", "EnquiryTopic", "RejectedPosts", "ThrottleWindow"]


class EnquiryPage(IntroMixin, SitePage):
    """The enquiry form, in every language. Lives under HomePage, once; linked from the
    Contact page, every school's page and the vision for families."""

    content_panels = SitePage.content_panels + IntroMixin.intro_panels
    search_fields = SitePage.search_fields + IntroMixin.intro_search_fields

    search_kind = _("Contact")
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    # Read by the links to it (core.templatetags.navigation_tags.enquiry_link): the school
    # a parent comes from is chosen for them.
    query_parameters = ("school",)
    # It lists every school (core.purging).
    shows_pages_of = ("schools.SchoolPage",)
    enquiry_form = True

    class Meta:
        verbose_name = _("enquiry form page")

    def serve(self, request, *args, **kwargs):
        return serve_enquiry_page(self, request)
