"""The admin as a school's office sees it."""

from wagtail import hooks
from wagtail.admin.ui.components import Component

from .models import schools_edited_by


class YourSchoolPanel(Component):
    """The dashboard's first panel for a school's office: its school's page, one click
    from the editor and from the live site (docs/OFFICE-STAFF-GUIDE.md, section 2)."""

    template_name = "schools/admin/your_school_panel.html"
    order = 50

    def __init__(self, schools):
        self.schools = schools

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        return {
            "schools": [
                {
                    "pk": school.pk,
                    "title": school.title,
                    "url": school.get_url(request) if school.live else None,
                }
                for school in self.schools
            ]
        }


@hooks.register("construct_homepage_panels")
def start_office_staff_at_their_school(request, panels):
    schools = list(schools_edited_by(request.user)) if request.user.is_active else []
    if schools:
        panels.append(YourSchoolPanel(schools))
