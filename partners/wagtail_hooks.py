from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Partner


class PartnerViewSet(SnippetViewSet):
    """Partners in the admin menu, listed in the order the partners page shows them."""

    model = Partner
    icon = "group"
    menu_label = _("Partners")
    add_to_admin_menu = True
    list_display = ["name", "kind", "longest_running", "sort_order"]
    list_filter = ["kind"]
    ordering = ["kind", "sort_order", "name"]


register_snippet(PartnerViewSet)
