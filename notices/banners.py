"""Which urgent notices a page shows, in the reader's language, and until when the page
may be kept as it is (a notice starts or ends then).

The notices not yet ended are read once per content generation (core.sitetree: any
publish, unpublish, move or delete starts a new one) and kept in the cache beside the
tree snapshot, so a page costs no query for them."""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.utils import timezone, translation
from modeltranslation.utils import build_localized_fieldname

from core.navigation import outdated_parts, site_root_path
from core.request_state import request_state, true_until
from core.sitetree import get_tree, snapshot

from .models import UrgentNoticePage

# Kept no longer than the content generation needs them, and a day at most.
SNAPSHOT_TIMEOUT = 24 * 60 * 60


@dataclass(frozen=True)
class Notice:
    """An urgent notice as the cache keeps it."""

    id: int
    path: str
    school_path: str
    starts_at: datetime
    ends_at: datetime
    messages: dict  # language code -> text ("" where untranslated)


@dataclass
class ShownNotice:
    notice: Notice
    text: str
    in_english: bool  # no translation, or one older than the English
    trust_wide: bool


def live_notices(request):
    """Every live, public notice that had not ended when the generation began."""
    memo = request_state(request).memo
    if "notices" not in memo:
        memo["notices"] = snapshot(request, "notices", build_notices, SNAPSHOT_TIMEOUT)
    return memo["notices"]


def build_notices():
    return [
        Notice(
            id=notice.pk,
            path=notice.path,
            school_path=notice.school_path,
            starts_at=notice.starts_at,
            ends_at=notice.ends_at,
            messages={
                code: getattr(notice, build_localized_fieldname("message", code)) or ""
                for code, _name in settings.LANGUAGES
            },
        )
        for notice in UrgentNoticePage.objects.live()
        .public()
        .filter(ends_at__gt=timezone.now())
        .order_by("starts_at", "path")
    ]


def home_path(request):
    """The tree path of the site's root page ("" without a site)."""
    root = site_root_path(request)
    node = get_tree(request).by_url_path.get(root) if root else None
    return node.path if node else ""


def notices_for(request, page):
    """The notices showing now on `page` (None: a response that is not a Wagtail page,
    which shows only the trust's), and a note on the request of when the next one starts
    or ends."""
    now = timezone.now()
    home = home_path(request)
    if not home:
        return []
    path = page.path if page is not None else home
    relevant = [
        n for n in live_notices(request) if n.ends_at > now and path.startswith(n.school_path)
    ]
    changes = [n.ends_at for n in relevant] + [n.starts_at for n in relevant if n.starts_at > now]
    if changes:
        true_until(request, min(changes))
    return [
        shown(request, notice, trust_wide=notice.school_path == home)
        for notice in relevant
        if notice.starts_at <= now
    ]


def shown(request, notice, trust_wide):
    language = translation.get_language() or settings.LANGUAGE_CODE
    english = notice.messages[settings.LANGUAGE_CODE]
    if language == settings.LANGUAGE_CODE:
        return ShownNotice(notice, english, False, trust_wide)
    text = notice.messages.get(language, "")
    if not text.strip() or "message" in outdated_parts(request, notice.id, language):
        return ShownNotice(notice, english, True, trust_wide)
    return ShownNotice(notice, text, False, trust_wide)
