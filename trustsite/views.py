"""Page serving: Wagtail's own serve view, with the route found in the cached tree."""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail import views as wagtail_views

from trustsite.sitetree import get_tree
from trustsite.templatetags.navigation_tags import site_root_path


def serve(request, path):
    """Find the page in one query (its specific row) instead of two per tree level, then
    hand over to Wagtail's serve view, which runs its hooks (view restrictions and so on).
    Paths the snapshot does not know (a routable page's sub-route, a missing page) fall
    back to Wagtail's own routing."""
    root_path = site_root_path(request)
    if root_path is not None:
        node = get_tree(request).by_url_path.get(f"{root_path}{path}")
        if node is not None:
            model = ContentType.objects.get_for_id(node.content_type_id).model_class()
            page = model.objects.filter(pk=node.id).first() if model else None
            if page is not None:
                try:
                    request._wagtail_route_for_request = page.route(request, [])
                except Http404:
                    request._wagtail_route_for_request = None
    return wagtail_views.serve(request, path)
