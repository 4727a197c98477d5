"""What the news templates ask of the tree and of dates. No queries: the tree snapshot
(core.sitetree) knows where each index and item sits."""

from django import template
from django.conf import settings
from django.utils import formats, translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from modeltranslation.utils import build_localized_fieldname

from news.models import index_below
from news.navigation import ancestor

register = template.Library()


@register.simple_tag(takes_context=True)
def news_index_below(context, page):
    """The news index below a school's page or the home page (news.models.index_below):
    its title, URL, feed URL and feed title; None if it has none."""
    return index_below(context["request"], page)


@register.simple_tag(takes_context=True)
def news_from(context, item):
    """Whose news an item is, for a list that mixes schools: the title of the page its
    index hangs from (a school, or the home page, named for the trust)."""
    owner = ancestor(context["request"], item, 2)
    return owner.title if owner is not None else ""


@register.simple_tag
def time_element(date, date_format):
    """<time datetime="2026-03-12">Friday 12 March</time>, the date written in the active
    language. Safe HTML, so that a translated sentence can hold it:
    {% time_element item.reply_by "l j E" as when %}{% blocktranslate with date=when %}"""
    return format_html(
        '<time datetime="{}">{}</time>', date.isoformat(), formats.date_format(date, date_format)
    )


@register.simple_tag
def english_unless_translated(field, item):
    """` lang="en" dir="ltr"` on a listed item's part that a reader of another language
    gets in English: outdated (core's `as_read`), or not translated at all, which
    modeltranslation fills in with the English. An office's news often reaches the
    lists before any translation does: marked, an Arabic or Persian reader's screen
    reader speaks it as English and its full stop stays at its end."""
    language = translation.get_language()
    if not language or language == settings.LANGUAGE_CODE:
        return ""
    outdated = field in getattr(item, "outdated_parts", {})
    untranslated = not getattr(item, build_localized_fieldname(field, language), None)
    return mark_safe(' lang="en" dir="ltr"') if outdated or untranslated else ""  # noqa: S308
