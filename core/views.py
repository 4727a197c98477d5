"""Page serving: Wagtail's serve view, with the page found in the cached tree.

Wagtail's own routing asks the database for each level of the path (the site's root
page, then each child by slug); the tree snapshot already knows every live page by its
url_path, and the page's row comes from the cache for the content generation
(live_page). What follows is what Wagtail's serve view does, through its documented
extension points: `Page.route()` for whatever the page itself routes (a routable page's
sub-paths such as `feed/`), then the `before_serve_page` hooks (ours, core.wagtail_hooks)
and the `on_serve_page` chain around `Page.serve()` (Wagtail's view restrictions), with
the request's state as `serving_state()` for what Wagtail asks the page without the
request (`SitePage.get_view_restrictions`).
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404, HttpResponse
from wagtail import hooks
from wagtail.models import Page

from core.navigation import site_root_path
from core.request_state import serving
from core.sitetree import get_tree, live_page


def route_from_tree(request, path):
    """(page, args, kwargs) for the live page the snapshot knows at the longest prefix
    of `path`, routed by the page itself for the rest; None when the snapshot knows no
    page there (Wagtail's own routing then decides)."""
    root_path = site_root_path(request)
    if root_path is None:
        return None
    tree = get_tree(request)
    components = [c for c in path.split("/") if c]
    for length in range(len(components), -1, -1):
        node = tree.by_url_path.get(root_path + "".join(f"{c}/" for c in components[:length]))
        if node is None:
            continue
        model = ContentType.objects.get_for_id(node.content_type_id).model_class()
        page = live_page(request, node, model) if model else None
        if page is None:
            return None
        return page.route(request, components[length:])
    return None


def serve_page(page, request, args, kwargs):
    return page.serve(request, *args, **kwargs)


def serve(request, path):
    """Serve the page at `path` of the request's site, in the active language."""
    try:
        route = route_from_tree(request, path) or Page.route_for_request(request, path)
    except Http404:
        route = None
    if route is None:
        raise Http404
    page, args, kwargs = route

    for hook in hooks.get_hooks("before_serve_page"):
        result = hook(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    chain = serve_page
    for hook in reversed(hooks.get_hooks("on_serve_page")):
        chain = hook(chain)
    with serving(request):
        return chain(page, request, args, kwargs)
