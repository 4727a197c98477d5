"""Use the admin as a browser would: log in through its form, post its forms with the data
they were rendered with, and tell when it refuses.

Plain inputs, textareas, selects and ticked boxes are read with Wagtail's own test helper.
A StreamField is not made of inputs: the admin's JavaScript draws it from two JSON
attributes (the block definitions, packed by telepath, and the current value) and posts
it as `<name>-count`, `<name>-0-type`, `<name>-0-value...`. `stream_field_data` does what
that JavaScript does, so a form posted back unchanged keeps its StreamFields as they were.
"""

import json

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import querydict_from_html


def log_in_member(client, group_name, username):
    """Create a user in the group `group_name` and log `client` in through the admin's
    login form. Returns the user."""
    password = f"{username}-correct-horse-battery"
    user = get_user_model().objects.create_user(username, f"{username}@example.org", password)
    user.groups.add(Group.objects.get(name=group_name))
    response = client.post("/admin/login/", {"username": username, "password": password})
    assert response.status_code == 302, "login refused"
    return user


def refused(response):
    """Whether the admin turned the request away: Wagtail redirects a logged-in user who
    may not do something to the dashboard with this message, rather than answer 403."""
    return any(
        "Sorry, you do not have permission to access this area." in str(message)
        for message in response.context["messages"]
    )


def admin_form_data(response, form_id="page-edit-form", **changes):
    """The data the form `form_id` on this admin page would post, with `changes` applied.

    A list value posts the name once per item (ticked checkboxes, multiple selects)."""
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    data = {
        name: values if len(values) > 1 else values[0]
        for name, values in querydict_from_html(html, form_id=form_id).lists()
    }
    form = BeautifulSoup(html, "html.parser").find("form", id=form_id)
    for widget in form.find_all(attrs={"data-controller": "w-block"}):
        data.update(stream_field_data(widget))
    data.update(changes)
    return data


def stream_field_data(widget):
    """The POST data for one StreamField widget (`<div data-controller="w-block">`)."""
    definition = unpack(json.loads(widget["data-w-block-data-value"]), {})
    value, _errors = json.loads(widget["data-w-block-arguments-value"])
    data = {}
    flatten(definition, value, widget["id"], data)
    return data


def unpack(node, packed):
    """Undo telepath's packing: `{"_type", "_args"}` objects, with `_id`/`_ref` for shared
    ones and `_dict`/`_list`/`_val` for values that would clash with those keys."""
    if isinstance(node, list):
        return [unpack(item, packed) for item in node]
    if not isinstance(node, dict):
        return node
    if "_ref" in node:
        return packed[node["_ref"]]
    if "_type" in node:
        obj = {"_type": node["_type"], "_args": unpack(node["_args"], packed)}
        if "_id" in node:
            packed[node["_id"]] = obj
        return obj
    for key in ("_dict", "_list", "_val"):
        if key in node:
            unpacked = unpack(node[key], packed)
            if "_id" in node:
                packed[node["_id"]] = unpacked
            return unpacked
    return {key: unpack(item, packed) for key, item in node.items()}


def flatten(definition, value, prefix, data):
    """Write `value` (a block's form state) into `data` under `prefix`, the way the
    block's JavaScript names its inputs."""
    kind = definition["_type"].rsplit(".", 1)[-1]
    args = definition["_args"]
    if kind == "StreamBlock":
        children = {child["_args"][0]: child for _group, group in args[1] for child in group}
        value = value or []
        data[f"{prefix}-count"] = str(len(value))
        for i, child in enumerate(value):
            data[f"{prefix}-{i}-type"] = child["type"]
            flatten(children[child["type"]], child["value"], f"{prefix}-{i}-value", data)
            list_member(data, prefix, i, child.get("id"))
    elif kind == "ListBlock":
        value = value or []
        data[f"{prefix}-count"] = str(len(value))
        for i, item in enumerate(value):
            flatten(args[1], item["value"], f"{prefix}-{i}-value", data)
            list_member(data, prefix, i, item.get("id"))
    elif kind == "StructBlock":
        for child in args[1]:
            name = child["_args"][0]
            flatten(child, (value or {}).get(name), f"{prefix}-{name}", data)
    elif value is True:
        data[prefix] = "on"
    elif value is None or value is False:
        data.setdefault(prefix, "")
    elif isinstance(value, dict) and "id" in value:  # a chooser's state
        data[prefix] = str(value["id"])
    else:
        data[prefix] = str(value)


def list_member(data, prefix, i, block_id):
    data[f"{prefix}-{i}-deleted"] = ""
    data[f"{prefix}-{i}-order"] = str(i)
    data[f"{prefix}-{i}-id"] = block_id or ""
