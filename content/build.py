"""Turn site.yaml into field values for Django models, in English or in a translation.

A page's keys in site.yaml are its model's field names, besides slug, type, in_menu
and children. How a value becomes a field value depends on the field: a StreamField
gets its blocks, shaped by the block definitions; any other field gets the text (or
the number, or yes/no) as written.
"""

from django.apps import apps
from django.utils.html import format_html
from modeltranslation.translator import translator as registry
from wagtail import blocks
from wagtail.fields import StreamField

from partners.models import PartnerKind

from .loader import join_sentences

# What site.yaml says about a page that is not one of its fields.
PAGE_KEYS = {"slug", "type", "in_menu", "children"}

# site.yaml's lists of partners, by the kind of partner they hold.
PARTNER_KINDS = {"organisations": PartnerKind.ORGANISATION, "sister_trusts": PartnerKind.TRUST}


class Untranslated(Exception):
    """A text with no translation in the language being filled in."""


def english(text):
    return text


def translator(strings):
    """A translate function over {English: translation}. A text it has no entry for
    raises Untranslated, and the field that needs it is left untranslated."""

    def translate(text):
        if not text:
            return text
        try:
            return strings[text]
        except KeyError:
            raise Untranslated(text) from None

    return translate


def page_model(page):
    """The model named by a page's type in site.yaml, e.g. schools.SchoolPage."""
    return apps.get_model(page["type"])


def page_fields(page):
    """A page's fields as site.yaml gives them, by name."""
    return {name: value for name, value in page.items() if name not in PAGE_KEYS}


def partners(site):
    """(order, kind, fields) for each partner, in the order site.yaml lists them."""
    records = [
        # A partner without a description gets an empty one, as the snippet editor saves it.
        (PARTNER_KINDS[group], {"description": "", **fields})
        for group, members in site["partners"].items()
        for fields in members
    ]
    return [(order, kind, fields) for order, (kind, fields) in enumerate(records)]


def enquiry_topics(site):
    """(order, fields) for each topic the enquiry form offers, in site.yaml's order."""
    return list(enumerate(site.get("enquiry_topics", [])))


def translated_field_names(model):
    return registry.get_options_for_model(model).get_field_names()


def field_values(model, fields, t):
    """{name: value} for every field in `fields`, with `t` translating each text."""
    return {name: field_value(model, name, value, t) for name, value in fields.items()}


def field_value(model, name, value, t):
    field = model._meta.get_field(name)
    if isinstance(field, StreamField):
        return stream(field.stream_block, value, t)
    if isinstance(value, list) and value and isinstance(value[0], dict):
        # Paragraphs of a plain text field, each translated on its own.
        return "\n\n".join(text(item["paragraph"], t) for item in value)
    if isinstance(value, str | list):
        return text(value, t)
    return value


def text(value, t):
    return t(join_sentences(value))


def stream(stream_block, items, t):
    """A StreamField's blocks: [(block type, value)] from site.yaml's [{block type: value}]."""
    values = []
    for item in items:
        [(block_type, value)] = item.items()
        values.append((block_type, block(stream_block.child_blocks[block_type], value, t)))
    return values


def block(definition, value, t):
    if isinstance(definition, blocks.StructBlock):
        value = value or {}
        return {
            name: block(child, value.get(name), t)
            for name, child in definition.child_blocks.items()
        }
    if isinstance(definition, blocks.ListBlock):
        return [block(definition.child_block, item, t) for item in value or []]
    if isinstance(definition, blocks.RichTextBlock):
        # A paragraph is written as plain text in site.yaml.
        return format_html("<p>{}</p>", text(value, t))
    if isinstance(definition, blocks.CharBlock | blocks.TextBlock):
        return text(value or "", t)
    return value
