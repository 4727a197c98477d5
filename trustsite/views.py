"""Page serving: Wagtail's own serve view, with the route found in the cached tree."""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail import views as wagtail_views
from wagtail.models import Site

from trustsite.sitetree import get_tree


def serve(request, path):
    """Find the page in one query (its specific row) instead of two per tree level, then
    hand over to Wagtail's serve view, which runs its hooks (view restrictions and so on).
    Paths the snapshot does not know (a routable page's sub-route, a missing page) fall
    back to Wagtail's own routing."""
    site = Site.find_for_request(request)
    if site is not None:
        root_path = next(
            (r.root_path for r in Site.get_site_root_paths() if r.site_id == site.pk), None
        )
        node = get_tree(request).by_url_path.get(f"{root_path}{path}") if root_path else None
        if node is not None:
            model = ContentType.objects.get_for_id(node.content_type_id).model_class()
            page = model.objects.filter(pk=node.id).first() if model else None
            if page is not None:
                try:
                    request._wagtail_route_for_request = page.route(request, [])
                except Http404:
                    request._wagtail_route_for_request = None
    return wagtail_views.serve(request, path)
