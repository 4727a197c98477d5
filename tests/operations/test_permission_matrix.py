"""The permission matrix: every admin route Django's resolver knows, asked by every role
about objects of every owner, through the real login, against the table of
operations.admin_routes. A route nobody classified, an example that does not reach its
route, or an answer other than the table's fails; the counts are printed."""

import copy
import json
import re
from collections import Counter

import pytest
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.contrib.messages import get_messages
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import URLResolver, get_resolver, resolve
from django.utils import timezone
from modeltranslation.fields import TranslationField
from wagtail.admin.models import EditingSession
from wagtail.blocks import Block
from wagtail.contrib.redirects.models import Redirect
from wagtail.fields import StreamField
from wagtail.models import (
    Collection,
    Page,
    Site,
    Task,
    Workflow,
)
from wagtail.models.media import UploadedFile
from wagtail.test.utils.form_data import querydict_from_html

from enquiries.models import EnquiryTopic
from news.models import NewsIndexPage
from operations.admin_routes import CASES, ROLES, SHADOWED, report
from operations.management.commands.permission_report import REPORT_PATH
from operations.management.commands.setup_permissions import office_staff_group_name
from partners.models import Partner
from tests.factories import EnquiryFactory

pytestmark = pytest.mark.usefixtures("media_root")

GROUPS = {
    "office": "Office staff: Banister",
    "trustee": "Trustees",
    "translator": "Translators: Polski",
    "editor": "Trust editors",
}
PASSWORD = "correct-horse-battery-staple"  # noqa: S105 (test users)
UPLOADS = {
    "image": (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
        b"\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00"
        b"\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82"
    ),
    "document": b"A letter to parents.\n",
}


def admin_routes():
    """Every URL pattern under admin/, as ResolverMatch.route spells it."""

    def walk(patterns, prefix):
        for pattern in patterns:
            route = (
                prefix + str(pattern.pattern).removeprefix("^") if prefix else str(pattern.pattern)
            )
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, route)
            else:
                yield route

    return {route for route in walk(get_resolver().url_patterns, "") if route.startswith("admin/")}


def user(username, group=None, **extra):
    member = get_user_model().objects.create_user(
        username, f"{username}@example.org", PASSWORD, **extra
    )
    if group:
        member.groups.add(Group.objects.get(name=group))
    return member


class World:
    """The objects the example URLs name: per owner, a page in moderation (with a
    revision, a workflow and a task waiting for approval), an image, a document and a
    collection; and one of each of the rest."""

    def __init__(self, page_by_path):
        self.users = {role: user(role, GROUPS.get(role)) for role in ROLES if role != "anonymous"}
        self.users["superuser"].is_superuser = True
        self.users["superuser"].save()
        other_school = page_by_path("schools/st-marks/")
        other_office = user("st-marks-office", office_staff_group_name(other_school))
        home = page_by_path("")
        pages = {
            "A": (page_by_path("schools/banister/"), self.users["office"]),
            "B": (other_school, other_office),
            "V": (page_by_path("vision/updates/"), self.users["trustee"]),
            "T": (page_by_path("history/"), self.users["editor"]),
        }
        workflow = Workflow.objects.get(name="Trustee approval")
        task = Task.objects.get(name="Trustee approval").specific
        collections = {
            "A": Collection.objects.get(name=pages["A"][0].title_en),
            "B": Collection.objects.get(name=pages["B"][0].title_en),
            "T": Collection.objects.get(name="Trust"),
        }
        self.common = {
            "home": home.pk,
            "workflow": workflow.pk,
            "task": task.pk,
            "partner": Partner.objects.first().pk,
            "site": Site.objects.get(is_default_site=True).pk,
            "redirect": Redirect.objects.create(old_path="/old", redirect_page=home).pk,
            "user": user("someone").pk,
            "user_model": f"{get_user_model()._meta.app_label}/{get_user_model()._meta.model_name}",
            "group": Group.objects.get(name="Trustees").pk,
            "block_id": next(iter(Block.definition_registry)),
        }
        self.by_owner = {}
        for owner, (page, author) in pages.items():
            revision = page.save_revision(user=author)
            # The schools' offices have each submitted a change; the trust's pages have a
            # draft and nothing waiting.
            state = workflow.start(page, author) if owner in "AB" else None
            # What may still be added below it, as the admin offers (a school has its
            # calendar already, and takes one only).
            children = [
                model
                for model in page.specific_class.allowed_subpage_models()
                if model.can_create_at(page)
            ]
            streams = [
                f.name
                for f in page.specific_class._meta.get_fields()
                if isinstance(f, StreamField) and not isinstance(f, TranslationField)
            ]
            self.by_owner[owner] = {
                "page": page.pk,
                "revision": revision.pk,
                "workflow_state": state and state.pk,
                "task_state": state and state.current_task_state.pk,
                "child_type": (
                    f"{children[0]._meta.app_label}/{children[0]._meta.model_name}"
                    if children
                    else None
                ),
                "stream_field": streams[0] if streams else None,
                "parent": page.get_parent().pk,
                "news_index": next(
                    (child.pk for child in page.get_children().type(NewsIndexPage)), None
                ),
            }
        for owner, collection in collections.items():
            self.by_owner[owner].update(
                image=wagtail_factories.ImageFactory(collection=collection).pk,
                document=wagtail_factories.DocumentFactory(
                    collection=collection, file__filename="letter.pdf"
                ).pk,
                collection=collection.pk,
            )
        # A parent's enquiry to each school's office, and one to the trust.
        for owner, school in (("A", pages["A"][0]), ("B", pages["B"][0]), ("T", None)):
            self.by_owner[owner]["enquiry"] = EnquiryFactory(
                school=school, email="parent@example.org"
            ).pk
        self.common["topic"] = EnquiryTopic.objects.first().pk
        self.pages = {owner: page for owner, (page, _author) in pages.items()}
        self.common.update(self.redirect_import())

    def redirect_import(self):
        """The signed fields of the redirect import's second step, after its first."""
        superuser = Client()
        superuser.force_login(self.users["superuser"])
        upload = SimpleUploadedFile("redirects.csv", b"from,to\n/old-letters,/letters\n")
        response = superuser.post(
            "/admin/redirects/import/", {"import_file": upload, "input_format": "csv"}
        )
        fields = querydict_from_html(response.content.decode(), form_index=0)
        return {
            "redirect_import_file": fields["import_file_name"],
            "redirect_import_format": fields["input_format"],
        }

    def for_user(self, member):
        """What is the requester's own: their editing sessions and uploads."""
        member = member or self.users["superuser"]
        own = {}
        for owner, page in self.pages.items():
            own[owner] = {
                "editing_session": EditingSession.objects.create(
                    user=member,
                    content_type=ContentType.objects.get_for_model(Page),
                    object_id=str(page.pk),
                    last_seen_at=timezone.now(),
                ).pk
            }
        for kind in ("image", "document"):
            model = ContentType.objects.get(
                app_label=f"wagtail{kind}s" if kind == "image" else "wagtaildocs",
                model=kind,
            )
            own[f"uploaded_{kind}"] = UploadedFile.objects.create(
                file=ContentFile(
                    UPLOADS[kind], name=f"upload.{'png' if kind == 'image' else 'txt'}"
                ),
                for_content_type=model,
                uploaded_by_user=member,
            ).pk
        return own


def fill(template, values):
    def value(match):
        found = values.get(match.group(1))
        if found is None:
            raise LookupError(match.group(1))
        return str(found)

    return re.sub(r"\{(\w+)\}", value, template)


def answer(client, case, url, data, page=None, locker=None):
    """ "allowed", "refused" or what went wrong, and the status and redirect seen."""
    if case.content_type == "application/json":
        data = json.dumps(data)
    extra = {"content_type": case.content_type} if case.content_type else {}
    cookies = copy.deepcopy(client.cookies)
    try:
        with transaction.atomic():
            if case.locked:
                Page.objects.filter(pk=page).update(locked=True, locked_by=locker)
            try:
                response = getattr(client, case.method)(url, data, **extra, **case.headers)
            except Exception as e:  # a 500
                return "error", f"{type(e).__name__}: {e}"[:200]
            finally:
                transaction.set_rollback(True)
    finally:
        client.cookies = cookies
    status = response.status_code
    location = response.headers.get("Location", "")
    seen = f"{status} {location}".strip()
    if status in (403, 404):
        return "refused", seen
    if status in (301, 302):
        if case.redirect_refuses:
            return "refused", seen
        if case.done_at and location.startswith(case.done_at):
            return "allowed", seen
        if location.startswith("/admin/login/"):
            return "refused", seen
        if re.fullmatch(rf"/[a-z-]+{re.escape(url.split('?')[0])}", location.split("?")[0]):
            # Not found: Django's LocaleMiddleware answers a 404 outside the language
            # prefixes with a redirect into them (where the public site says not found).
            return "refused", seen
        denied = any(
            "you do not have permission" in str(message).lower()
            for message in get_messages(response.wsgi_request)
        )
        return ("refused" if denied else "allowed"), seen
    if status in (200, 201, 204):
        if case.refused_if and case.refused_if in response.content.decode():
            return "refused", seen
        return "allowed", seen
    return "error", seen


def examples(world, own):
    """(case, owner, url, data, values) for every case and owner it applies to."""
    for case in CASES:
        for owner in case.owners:
            values = {**world.common, **own}
            values.update(world.by_owner.get(owner, {}))
            values.update(own.get(owner, {}))
            try:
                url = fill(case.url, values)
                data = {fill(k, values): fill(str(v), values) for k, v in case.data.items()}
            except LookupError:
                continue  # no such object for this owner (say, no page may be added below it)
            yield case, owner, url, data, values


def test_every_admin_route_is_classified(trust_site, page_by_path):
    """Each pattern under admin/ has a case, and each case's example reaches its route."""
    world = World(page_by_path)
    classified = set()
    used = set()
    for case, _owner, url, _data, _values in examples(world, world.for_user(None)):
        classified.add(resolve(url.split("?")[0]).route)
        used.add(id(case))
    assert [case.does for case in CASES if id(case) not in used] == [], "no example"
    for shadowed in SHADOWED:
        assert resolve(shadowed.example).route == shadowed.by
        classified.add(shadowed.route)
    assert sorted(admin_routes() - classified) == []
    print(f"\nPermission matrix: {len(admin_routes())} admin patterns, {len(CASES)} cases")


@pytest.mark.parametrize("role", ROLES)
def test_each_role_may_do_what_the_table_says(
    role, client, trust_site, page_by_path, record_property
):
    world = World(page_by_path)
    member = world.users.get(role)
    if member:
        response = client.post("/admin/login/", {"username": member.username, "password": PASSWORD})
        assert response.status_code == 302
    own = world.for_user(member)
    counts = Counter()
    wrong = []
    for case, owner, url, data, values in examples(world, own):
        got, seen = answer(client, case, url, data, values.get("page"), world.users["superuser"])
        counts[got] += 1
        want = "allowed" if case.expected(role, owner) else "refused"
        if got != want:
            wrong.append(
                f"{case.does} [{owner}] {case.method.upper()} {url}: {got}, not {want} ({seen})"
            )
    # Summed up at the end of the run (tests/conftest.py).
    record_property(
        "permission_matrix",
        {"role": role, "patterns": len(admin_routes()), "cases": len(CASES), **counts},
    )
    assert not wrong, "\n".join(wrong)


def test_the_permissions_page_is_the_table():
    """docs/PERMISSIONS.md is what `manage.py permission_report --write` makes of it."""
    assert REPORT_PATH.read_text(encoding="utf-8") == report(), (
        "Run: manage.py permission_report --write"
    )
