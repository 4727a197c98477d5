"""Where news sits in the page tree, read from the tree snapshot (core.sitetree): no
queries, however many items there are.

A school's "News and letters" index is a child of the school's page; the trust's is a
child of the home page. An index, and each item below it, is *from* the page the index
hangs from: the school, or the trust (the home page, whose title is the trust's name).
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from core.navigation import node_url, site_root_path
from core.sitetree import get_tree


def child_of_type(request, page, model):
    """The tree node of the first live `model` page directly below `page`, or None."""
    content_type = ContentType.objects.get_for_model(model).pk
    return next(
        (
            node
            for node in get_tree(request).nodes
            if node.content_type_id == content_type
            and node.depth == page.depth + 1
            and node.path.startswith(page.path)
        ),
        None,
    )


def ancestor(request, page, levels):
    """The tree node `levels` above `page` (1: its parent), or None if it is not live."""
    return get_tree(request).by_path.get(page.path[: -levels * Page.steplen])


def is_site_root(request, node):
    return node is not None and node.url_path == site_root_path(request)


def url_of(request, node):
    """The node's URL in the active language (None without a site)."""
    root_path = site_root_path(request)
    return node_url(node, root_path) if root_path is not None else None


def feed_title(index_title, owner_title):
    """A feed's title says whose news it is: "News and letters | Banister"."""
    return f"{index_title} | {owner_title}" if owner_title else index_title
