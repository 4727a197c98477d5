"""A cached snapshot of the live page tree, so that routing, menus, breadcrumbs and the
translation notice cost no queries per request.

The snapshot and the anonymous page cache share one *generation* number in the cache.
Publishing, unpublishing, moving or deleting a page, saving a live page other than as a
draft, and saving anything pages show (partners, translation states, sites), bumps it:
the next request builds a new snapshot and misses the page cache. Drafts, revisions and
workflow steps, which readers don't see, leave it alone (core.signals). With several
processes the cache must be shared (Redis or a file cache), or other processes would
keep their own generation.
"""

import time
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, PageViewRestriction, Site

from core.models import SiteIdentity
from core.request_state import request_state
from localisation.models import PageTranslation

GENERATION_KEY = "trustsite:generation"
# Part of the snapshot's cache key: a release that changes what a Tree holds raises it,
# so that it never reads a snapshot an older release pickled in the same generation.
TREE_FORMAT = 2


def generation(request=None):
    """The current content generation (an integer that only grows); read once per request
    when given one (the page cache and the tree snapshot both need it)."""
    state = request_state(request) if request is not None else None
    if state is not None and state.generation is not None:
        return state.generation
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, time.time_ns() // 1000, timeout=None)
        value = cache.get(GENERATION_KEY)
    if state is not None:
        state.generation = value
    return value


def bump_generation(**kwargs):
    """Signal receiver: content changed, so every snapshot and cached page is stale.
    Now, and again when the change is committed: a request between the two still reads
    the rows as they were, and what it builds belongs to the generation in between."""
    next_generation()
    transaction.on_commit(next_generation, robust=True)


def next_generation():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, time.time_ns() // 1000, timeout=None)


class ProcessMemo:
    """What this process has already fetched for the current generation (the tree
    snapshot, the sites): every later request of the same generation reuses it without
    asking the shared cache. Each value is kept under its generation, and a newer
    generation lets the older ones go, so a value is never served past its own."""

    # Enough for every site, host and snapshot of one generation; a flood of made-up
    # ports in the Host header starts it afresh rather than growing it.
    MAX_VALUES = 1000

    def __init__(self):
        self.values = {}

    def get(self, generation, key, load):
        value = self.values.get((generation, key))
        if value is None:
            value = load()
            if value is not None:
                if len(self.values) >= self.MAX_VALUES:
                    self.values = {}
                elif any(g < generation for g, _ in self.values):
                    self.values = {k: v for k, v in self.values.items() if k[0] >= generation}
                self.values[(generation, key)] = value
        return value


memo = ProcessMemo()


@dataclass(frozen=True)
class Node:
    id: int
    path: str
    depth: int
    url_path: str
    content_type_id: int
    show_in_menus: bool
    titles: dict
    translations: dict = field(default_factory=dict)  # language -> "draft" / "reviewed"
    # language -> {field name: ISO date its English changed}, for outdated translations
    outdated: dict = field(default_factory=dict)

    @property
    def title(self):
        language = translation.get_language() or settings.LANGUAGE_CODE
        return self.titles.get(language) or self.titles[settings.LANGUAGE_CODE]


class Tree:
    """The live pages, by url_path, with their titles in every language."""

    def __init__(self, nodes, restricted_paths=(), site_names=None, alias_paths=()):
        self.nodes = sorted(nodes, key=lambda n: n.path)
        self.restricted_paths = tuple(restricted_paths)
        self.alias_paths = tuple(alias_paths)  # every alias page, live or not
        self.site_names = site_names or {}  # site id -> {language: name}
        self.by_url_path = {n.url_path: n for n in self.nodes}
        self.by_id = {n.id: n for n in self.nodes}
        self.by_path = {n.path: n for n in self.nodes}

    def menu_children(self, url_path):
        """Live children of the page at url_path that are shown in menus, in tree order."""
        parent = self.by_url_path.get(url_path)
        if parent is None:
            return []
        return [
            n
            for n in self.nodes
            if n.depth == parent.depth + 1 and n.path.startswith(parent.path) and n.show_in_menus
        ]

    def children(self, node):
        """The live children of a node, in tree order."""
        return [n for n in self.nodes if n.depth == node.depth + 1 and n.path.startswith(node.path)]

    def first_of_type(self, content_type_id, under):
        """The first live page of this content type at or below the page at url_path
        `under`, in tree order; None if there is none."""
        return next(
            (
                n
                for n in self.nodes
                if n.content_type_id == content_type_id and n.url_path.startswith(under)
            ),
            None,
        )

    def may_be_restricted(self, page_path):
        """Whether a view restriction may apply to the page at this tree path: one is at
        or above it, or an alias is (whose source's restrictions apply: Wagtail is asked).
        Otherwise none applies, and the page may be cached and found by search."""
        return any(page_path.startswith(path) for path in self.restricted_paths + self.alias_paths)

    def ancestors(self, node, min_depth=2):
        """The live ancestors of a node from min_depth down, outermost first."""
        step = len(node.path) // node.depth
        found = []
        for depth in range(min_depth, node.depth):
            ancestor = self.by_path.get(node.path[: depth * step])
            if ancestor is not None:
                found.append(ancestor)
        return found


def build_tree():
    languages = [code for code, _ in settings.LANGUAGES]
    title_fields = [build_localized_fieldname("title", code) for code in languages]
    rows = Page.objects.live().values_list(
        "id", "path", "depth", "url_path", "content_type_id", "show_in_menus", *title_fields
    )
    states, outdated = {}, {}
    for row in PageTranslation.objects.only("page_id", "language", "state", "sources"):
        # What a reader is told: whether the parts still translated await review (the
        # outdated parts are served in English, with notices of their own).
        reader_state = "draft" if row.has_drafts() else "reviewed"
        states.setdefault(row.page_id, {})[row.language] = reader_state
        if fields := row.outdated_fields():
            outdated.setdefault(row.page_id, {})[row.language] = fields
    restricted = PageViewRestriction.objects.values_list("page__path", flat=True)
    aliases = Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True)
    name_fields = [build_localized_fieldname("name", code) for code in languages]
    site_names = {
        row[0]: dict(zip(languages, row[1:], strict=True))
        for row in SiteIdentity.objects.values_list("site_id", *name_fields)
    }
    return Tree(
        (
            Node(
                id=row[0],
                path=row[1],
                depth=row[2],
                url_path=row[3],
                content_type_id=row[4],
                show_in_menus=row[5],
                titles=current_titles(
                    dict(zip(languages, row[6:], strict=True)), outdated.get(row[0], {})
                ),
                translations=states.get(row[0], {}),
                outdated=outdated.get(row[0], {}),
            )
            for row in rows
        ),
        restricted_paths=list(restricted),
        site_names=site_names,
        alias_paths=list(aliases),
    )


def current_titles(titles, outdated):
    """A page's titles by language, with any translated title older than the English
    title left out, so that menus and breadcrumbs show the English one instead."""
    return {
        code: None if "title" in outdated.get(code, {}) else title for code, title in titles.items()
    }


def snapshot(request, name, build, timeout=24 * 60 * 60):
    """A value that holds for the whole content generation (the tree, the urgent
    notices): from this process, else the shared cache, else built and shared."""
    current = generation(request)

    def load():
        key = f"trustsite:{name}:{current}"
        value = cache.get(key)
        if value is None:
            value = build()
            if value is not None:
                cache.set(key, value, timeout=timeout)
        return value

    return memo.get(current, name, load)


def get_tree(request=None):
    """The snapshot for the current generation: from the request, this process, the
    shared cache, or built."""
    state = request_state(request) if request is not None else None
    if state is not None and state.tree is not None:
        return state.tree
    tree = snapshot(request, f"tree:{TREE_FORMAT}", build_tree)
    if state is not None:
        state.tree = tree
    return tree


def site_for(request):
    """Wagtail's Site for the request (`Site.find_for_request`), found once per host and
    content generation and kept in the cache: Wagtail asks the database each request.
    Wagtail keeps the site it found on the request (`request._wagtail_site`, as its
    docstring says), so its own lookups in the same request find this one."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    # Wagtail matches the host and port; the key holds every header they come from.
    host = request.META.get("HTTP_HOST", "")
    server = request.META.get("SERVER_NAME", "")
    port = request.get_port()
    site = snapshot(request, f"site:{host}:{server}:{port}", lambda: Site.find_for_request(request))
    if site is not None:
        request._wagtail_site = site
    return site


def site_root_paths(request):
    """Wagtail's `Site.get_site_root_paths()` (which it keeps in the shared cache), kept
    in this process for the content generation: saving a site starts a new one."""
    return snapshot(request, "site_root_paths", Site.get_site_root_paths)


def live_page(request, node, model):
    """The live page at this tree node, as `model`: from the cache for the current content
    generation (a published change starts a new one), else from the database."""
    key = f"trustsite:page:{generation(request)}:{node.id}"
    page = cache.get(key)
    if page is None:
        page = model.objects.filter(pk=node.id).first()
        if page is not None:
            cache.set(key, page, timeout=24 * 60 * 60)
    return page
