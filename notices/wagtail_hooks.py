from django.template.loader import render_to_string
from wagtail import hooks

from .banners import notices_for


@hooks.register("page_banners")
def urgent_notices(request, page):
    """The urgent notices at the top of the page (core's page_banners tag)."""
    notices = notices_for(request, page)
    if not notices:
        return ""
    return render_to_string(
        "notices/urgent_notices.html", {"notices": notices, "page": page}, request=request
    )
