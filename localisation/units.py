"""The texts of a field one by one, as a translator translates them: a text field is one
text; a StreamField is one text per text in its blocks (a heading, a paragraph, each
point of a list), named by where it is: "3.items.2" is the third point of the fourth
block. PO files carry StreamFields this way (localisation.po).

A translated StreamField is built from the English one: the same blocks, with the same
ids, and each text replaced by its translation. That keeps each translated block tied
to its English block.
"""

import copy

from wagtail import blocks
from wagtail.fields import StreamField

TEXT_BLOCKS = (blocks.CharBlock, blocks.TextBlock, blocks.RichTextBlock)


def is_stream(model, name):
    return isinstance(model._meta.get_field(name), StreamField)


def stream_data(model, name, value):
    """A StreamField value as stored: a list of {"type", "value", "id"} (a list is taken
    to be that already)."""
    if not value:
        return []
    if isinstance(value, list):
        return value
    return model._meta.get_field(name).get_prep_value(value)


def stream_units(stream_block, data):
    """(path, text) for each non-empty text in a StreamField's stored data, in order."""
    found = []
    for index, item in enumerate(data or []):
        child = stream_block.child_blocks.get(item.get("type"))
        if child is not None:
            found.extend(_units(child, item.get("value"), str(index)))
    return found


def _units(definition, value, path):
    if isinstance(definition, TEXT_BLOCKS):
        return [(path, value)] if isinstance(value, str) and value.strip() else []
    if isinstance(definition, blocks.StructBlock):
        value = value or {}
        return [
            unit
            for name, child in definition.child_blocks.items()
            for unit in _units(child, value.get(name), f"{path}.{name}")
        ]
    if isinstance(definition, blocks.ListBlock):
        return [
            unit
            for index, item in enumerate(value or [])
            for unit in _units(definition.child_block, _list_value(item), f"{path}.{index}")
        ]
    return []


def _list_value(item):
    """A ListBlock item as stored since Wagtail 2.16 ({"type": "item", "value", "id"}) or
    before (the bare value)."""
    if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
        return item["value"]
    return item


def translated_stream(stream_block, english_data, translations, current_data=None):
    """The stored data of a translation: the English blocks, each text replaced by
    `translations[path]`, else by the current translation's text at that path (if it
    has one there), else left in English (see `untranslated_places`)."""
    current = current_units(stream_block, english_data, current_data)
    data = copy.deepcopy(english_data or [])
    for path, _english in stream_units(stream_block, data):
        text = translations.get(path, current.get(path))
        if text is not None:
            _set(stream_block, data, path, text)
    return data


def current_units(stream_block, english_data, current_data):
    """The current translation's texts by place: only if its blocks are the English
    blocks (as translated_stream builds them) are they in the right places."""
    types = [item.get("type") for item in current_data or []]
    if types != [item.get("type") for item in english_data or []]:
        return {}
    return dict(stream_units(stream_block, current_data))


def untranslated_places(stream_block, english_data, translations, current_data=None):
    """The places translated_stream would leave in English."""
    current = current_units(stream_block, english_data, current_data)
    return [
        path
        for path, _text in stream_units(stream_block, english_data)
        if path not in translations and path not in current
    ]


def definition_at(stream_block, data, path):
    """The block definition of the text at `path` (as stream_units names it) in data."""
    index, *rest = path.split(".")
    definition = stream_block.child_blocks[data[int(index)]["type"]]
    for part in rest:
        if isinstance(definition, blocks.StructBlock):
            definition = definition.child_blocks[part]
        elif isinstance(definition, blocks.ListBlock):
            definition = definition.child_block
    return definition


def _set(stream_block, data, path, text):
    index, *rest = path.split(".")
    item = data[int(index)]
    definition = stream_block.child_blocks[item["type"]]
    if not rest:
        item["value"] = text
        return
    container, key = item, "value"
    for part in rest:
        value = container[key]
        if isinstance(definition, blocks.StructBlock):
            container, key, definition = value, part, definition.child_blocks[part]
        elif isinstance(definition, blocks.ListBlock):
            entry = value[int(part)]
            if isinstance(entry, dict) and entry.get("type") == "item" and "value" in entry:
                container, key = entry, "value"
            else:
                container, key = value, int(part)
            definition = definition.child_block
    container[key] = text


def strip_ids(data):
    """A StreamField's stored data without its block ids: to compare two versions."""
    if isinstance(data, list):
        return [strip_ids(item) for item in data]
    if isinstance(data, dict):
        return {key: strip_ids(value) for key, value in data.items() if key != "id"}
    return data
