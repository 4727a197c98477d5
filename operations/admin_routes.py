"""Who may use each route of the admin: the one table that the permission matrix test
(tests/operations/test_permission_matrix.py) checks against the running site, route by
route, and that `manage.py permission_report` prints as docs/PERMISSIONS.md.

Every URL pattern under /admin/ that Django's resolver knows has at least one case here;
a pattern nobody classified fails the test. A case is one thing a person does through
the route, with an example URL and who may do it:

- roles: the groups of `setup_permissions` (an office of one school, trustees, the
  translators of one language, trust editors), a visitor who is not logged in, and a
  superuser, who may do everything and shows that each example URL works;
- owners of the object the URL names: the page of the office's own school (A) and
  another school's (B), each with a change from its office waiting for the trustees'
  approval; the trustees' vision updates (V) and another page of the trust's, History
  (T), each with a draft; for images and documents, the collection of A, of B and the
  trust's shared one (T). A case that names no such object has one answer per role.

In `may`, a role maps to the owners it may act on ("AB"), "*" for all (or, for a case
without owners, "yes"), and a missing role to none. Placeholders in braces are the
objects the test makes (see its `World`); `{page}` and those after it vary by owner, and
an owner without one (no task waits on V, no page may be added below A, only the schools
have a news index) is left out.
"""

from dataclasses import dataclass, field

ROLES = ("anonymous", "office", "trustee", "translator", "editor", "superuser")
PAGE_OWNERS = "ABVT"
MEDIA_OWNERS = "ABT"

PAGE_PLACEHOLDERS = (
    "{page}",
    "{revision}",
    "{task_state}",
    "{workflow_state}",
    "{child_type}",
    "{editing_session}",
    "{stream_field}",
    "{news_index}",
)
MEDIA_PLACEHOLDERS = ("{image}", "{document}", "{collection}")
# Parents' enquiries: to school A's office, to school B's, and to the trust.
ENQUIRY_OWNERS = "ABT"
ENQUIRY_PLACEHOLDERS = ("{enquiry}",)

EVERYONE = dict.fromkeys(ROLES, "*")
MEMBERS = {role: "*" for role in ROLES if role != "anonymous"}
# Everyone who edits something: all members but translators, who see only the
# translation screens.
STAFF = dict.fromkeys(("office", "trustee", "editor", "superuser"), "*")
NOBODY = {"superuser": ""}
SUPERUSERS = {}
BULK_REFUSAL = "You don't have permission to"


def who(**roles):
    """`may` for these roles (and superusers, unless given)."""
    return roles


@dataclass(frozen=True)
class Case:
    area: str
    does: str
    url: str
    may: dict = field(default_factory=dict)
    method: str = "get"
    data: dict = field(default_factory=dict)
    # Request headers (as Django's test client takes them) and the body's content type.
    headers: dict = field(default_factory=dict)
    content_type: str = ""
    note: str = ""
    # Where the route sends someone once it has done its job, when that is the login
    # page (which otherwise means "log in first").
    done_at: str = ""
    # Wagtail answers some refusals with a page rather than a redirect or a 403: a
    # redirect elsewhere (the explorer sends you to the part of the tree you may
    # explore), or a confirmation that lists what you may not act on.
    redirect_refuses: bool = False
    refused_if: str = ""
    # The page is locked (by a superuser) for this request.
    locked: bool = False

    @property
    def owners(self):
        if any(p in self.url for p in PAGE_PLACEHOLDERS):
            return PAGE_OWNERS
        if any(p in self.url for p in MEDIA_PLACEHOLDERS):
            return MEDIA_OWNERS
        if any(p in self.url for p in ENQUIRY_PLACEHOLDERS):
            return ENQUIRY_OWNERS
        return "-"

    @property
    def owner_words(self):
        if any(p in self.url for p in PAGE_PLACEHOLDERS):
            return PAGE_OWNER_WORDS
        if any(p in self.url for p in MEDIA_PLACEHOLDERS):
            return MEDIA_OWNER_WORDS
        return ENQUIRY_OWNER_WORDS

    def expected(self, role, owner):
        allowed = self.may.get(role, "*" if role == "superuser" else "")
        return allowed == "*" or owner in allowed


@dataclass(frozen=True)
class Shadowed:
    """A pattern no request reaches: one of ours comes first for the same URLs."""

    route: str
    example: str
    by: str
    why: str


PAGES = "Pages"
WORKFLOW = "Workflow"
IMAGES = "Images"
DOCUMENTS = "Documents"
COLLECTIONS = "Collections"
PARTNERS = "Partners (snippets)"
ENQUIRIES = "Parents' enquiries"
TRANSLATIONS = "Translations"
REPORTS = "Reports"
SETTINGS = "Settings, sites and redirects"
USERS = "Users and groups"
ACCOUNT = "Signing in and your account"
OTHER = "Admin plumbing"

# Who may open a page's editor and what hangs off it: its office, the trustees while a
# change waits for them (read-only but for approving, operations.wagtail_hooks) and in
# their vision section, trust editors everywhere.
EDITORS_OF_PAGE = who(office="A", trustee="ABV", editor="*")
# Who may publish, unpublish, move or delete a page: no office, the trustees in their
# section, trust editors everywhere.
PUBLISHERS_OF_PAGE = who(trustee="V", editor="*")
# Deleting is for publishers too, but only of a page with none below it: Wagtail asks for
# its bulk delete permission, which no group holds, to delete a page with its subpages.
DELETERS_OF_PAGE = who(trustee="V", editor="VT")
PAGES_BELOW = (
    "Not a page with pages below it, such as a school with its news, calendar and notices: "
    "that takes Wagtail's bulk delete permission, which no group holds (a superuser, or "
    "its subpages first)."
)
# Images and documents: an office in its own collection, trust editors in all.
KEEPERS_OF_MEDIA = who(office="A", editor="*")
# Choosing one for a page: an office from its own collection and the trust's, trustees
# and trust editors from any.
CHOOSERS_OF_MEDIA = who(office="AT", trustee="*", editor="*")
# Places in the media libraries with no one object: offices and trust editors.
MEDIA_LIBRARY = who(office="*", editor="*")

CASES = [
    # Signing in and your account
    Case(ACCOUNT, "Sign in", "/admin/login/", EVERYONE),
    Case(ACCOUNT, "Sign out", "/admin/logout/", EVERYONE, method="post", done_at="/admin/login/"),
    Case(ACCOUNT, "Ask for a password reset", "/admin/password_reset/", EVERYONE),
    Case(ACCOUNT, "Password reset sent", "/admin/password_reset/done/", EVERYONE),
    Case(
        ACCOUNT,
        "Set a new password (a wrong link says so)",
        "/admin/password_reset/confirm/MQ/wrong-token/",
        EVERYONE,
    ),
    Case(ACCOUNT, "Password reset complete", "/admin/password_reset/complete/", EVERYONE),
    Case(ACCOUNT, "Your account (name, password, language)", "/admin/account/", MEMBERS),
    Case(ACCOUNT, "The dashboard", "/admin/", MEMBERS),
    # Pages
    Case(PAGES, "Browse the page tree", "/admin/pages/", STAFF),
    Case(
        PAGES,
        "A page's children",
        "/admin/pages/{page}/",
        who(office="A", trustee="V", editor="*"),
        redirect_refuses=True,
        note="Anyone else is sent to the part of the tree they may explore.",
    ),
    Case(
        PAGES,
        "A page's children (results)",
        "/admin/pages/{page}/results/",
        who(office="A", trustee="V", editor="*"),
        redirect_refuses=True,
    ),
    Case(
        PAGES,
        "Search pages",
        "/admin/pages/search/?q=school",
        STAFF,
        note="Lists only the pages the user may explore.",
    ),
    Case(PAGES, "Search pages (results)", "/admin/pages/search/results/?q=school", STAFF),
    Case(
        PAGES,
        "Edit a page",
        "/admin/pages/{page}/edit/",
        EDITORS_OF_PAGE,
        note="Trustees open a school's page only while its office's change waits for them, "
        "read-only but for approving it or sending it back (operations.wagtail_hooks).",
    ),
    Case(PAGES, "Preview an edit", "/admin/pages/{page}/edit/preview/", EDITORS_OF_PAGE),
    Case(PAGES, "View the draft", "/admin/pages/{page}/view_draft/", EDITORS_OF_PAGE),
    Case(
        PAGES,
        "Choose what kind of page to add",
        "/admin/pages/{page}/add_subpage/",
        who(trustee="V", editor="V", superuser="V"),
        note="Only the vision updates take new pages below them; no page may be added "
        "below the History page, by anyone, nor below a school, which holds its one news "
        "index, calendar and notices folder already.",
    ),
    Case(PAGES, "Add a page", "/admin/pages/add/{child_type}/{page}/", PUBLISHERS_OF_PAGE),
    Case(
        PAGES,
        "Preview a new page",
        "/admin/pages/add/{child_type}/{page}/preview/",
        PUBLISHERS_OF_PAGE,
    ),
    Case(
        PAGES,
        "Add a news item or letter",
        "/admin/pages/add/news/newsitempage/{news_index}/",
        who(office="A", editor="*"),
        note="Below a school's News and letters. An office's item waits for the "
        "trustees' approval, as every change of theirs does.",
    ),
    Case(
        PAGES,
        "Choose where to add a page of a kind",
        "/admin/pages/create/vision/visionupdatepage",
        MEMBERS,
        note="Lists only the places where the user may add one.",
    ),
    Case(
        PAGES,
        "Delete a page",
        "/admin/pages/{page}/delete/",
        DELETERS_OF_PAGE,
        note=PAGES_BELOW,
    ),
    Case(PAGES, "Unpublish a page", "/admin/pages/{page}/unpublish/", PUBLISHERS_OF_PAGE),
    Case(
        PAGES,
        "Convert an alias",
        "/admin/pages/{page}/convert_alias/",
        NOBODY,
        note="Not found: no page of the site is an alias.",
    ),
    Case(PAGES, "Move a page", "/admin/pages/{page}/move/", PUBLISHERS_OF_PAGE),
    Case(
        PAGES,
        "Confirm a move",
        "/admin/pages/{page}/move/{home}/confirm/",
        PUBLISHERS_OF_PAGE,
    ),
    Case(
        PAGES,
        "Reorder a page",
        "/admin/pages/{page}/set_position/?position=0",
        PUBLISHERS_OF_PAGE,
        method="post",
    ),
    Case(
        PAGES,
        "Copy a page (the form)",
        "/admin/pages/{page}/copy/",
        EDITORS_OF_PAGE,
        note="The copy itself needs a place where the user may add such a page: an office "
        "has none, and a trustee only in the vision section.",
    ),
    Case(
        PAGES,
        "Privacy (password, logged-in readers)",
        "/admin/pages/{page}/privacy/",
        PUBLISHERS_OF_PAGE,
    ),
    Case(
        PAGES,
        "Lock a page",
        "/admin/pages/{page}/lock/",
        who(trustee="AB", editor="*"),
        method="post",
        note="Trustees may lock a page whose change waits for them (Wagtail lets a task's "
        "reviewers lock what they review), and unlock only what they locked.",
    ),
    Case(
        PAGES,
        "Unlock a page (locked by someone else)",
        "/admin/pages/{page}/unlock/",
        who(editor="VT"),
        method="post",
        locked=True,
        note="While a change waits for approval, Wagtail lets only the one who locked the "
        "page (or a superuser) unlock it.",
    ),
    Case(
        PAGES,
        "A page's revisions",
        "/admin/pages/{page}/revisions/",
        MEMBERS,
        note="Sends everyone to the page's history, which checks.",
    ),
    Case(
        PAGES, "View a revision", "/admin/pages/{page}/revisions/{revision}/view/", EDITORS_OF_PAGE
    ),
    Case(
        PAGES,
        "Put an old revision back",
        "/admin/pages/{page}/revisions/{revision}/revert/",
        who(office="A", trustee="V", editor="*"),
    ),
    Case(
        PAGES,
        "Cancel a scheduled publication",
        "/admin/pages/{page}/revisions/{revision}/unschedule/",
        PUBLISHERS_OF_PAGE,
    ),
    Case(
        PAGES,
        "Compare revisions",
        "/admin/pages/{page}/revisions/compare/earliest...{revision}/",
        EDITORS_OF_PAGE,
    ),
    Case(PAGES, "A page's history", "/admin/pages/{page}/history/", EDITORS_OF_PAGE),
    Case(
        PAGES, "A page's history (results)", "/admin/pages/{page}/history/results/", EDITORS_OF_PAGE
    ),
    Case(PAGES, "Where a page is linked from", "/admin/pages/{page}/usage/", EDITORS_OF_PAGE),
    Case(
        PAGES,
        "Where a kind of page is used",
        "/admin/pages/usage/schools/schoolpage/",
        STAFF,
        note="Lists only the pages the user may edit.",
    ),
    Case(
        PAGES,
        "Where a kind of page is used (results)",
        "/admin/pages/usage/schools/schoolpage/results/",
        STAFF,
    ),
    Case(
        PAGES,
        "Publish pages (bulk)",
        "/admin/bulk/wagtailcore/page/publish/?id={page}",
        PUBLISHERS_OF_PAGE,
        refused_if=BULK_REFUSAL,
    ),
    Case(
        PAGES,
        "Unpublish pages (bulk)",
        "/admin/bulk/wagtailcore/page/unpublish/?id={page}",
        PUBLISHERS_OF_PAGE,
        refused_if=BULK_REFUSAL,
    ),
    Case(
        PAGES,
        "Delete pages (bulk)",
        "/admin/bulk/wagtailcore/page/delete/?id={page}",
        DELETERS_OF_PAGE,
        refused_if=BULK_REFUSAL,
        note=PAGES_BELOW,
    ),
    Case(
        PAGES,
        "Move pages (bulk)",
        "/admin/bulk/wagtailcore/page/move/?id={page}",
        PUBLISHERS_OF_PAGE,
        refused_if=BULK_REFUSAL,
    ),
    Case(
        PAGES,
        "Choose a page (link chooser)",
        "/admin/choose-page/",
        MEMBERS,
        note="Live pages under their public titles; drafts only to those who may edit them "
        "(operations.admin_titles).",
    ),
    Case(PAGES, "Choose a page below another", "/admin/choose-page/{page}/", MEMBERS),
    Case(PAGES, "Search in the page chooser", "/admin/choose-page/search/?q=school", MEMBERS),
    Case(PAGES, "Choose several pages", "/admin/choose-page/chosen-multiple/?id={page}", MEMBERS),
    Case(PAGES, "Link to another site", "/admin/choose-external-link/", MEMBERS),
    Case(PAGES, "Link to an email address", "/admin/choose-email-link/", MEMBERS),
    Case(PAGES, "Link to a phone number", "/admin/choose-phone-link/", MEMBERS),
    Case(PAGES, "Link to an anchor", "/admin/choose-anchor-link/", MEMBERS),
    Case(
        PAGES,
        "Pages API: list",
        "/admin/api/main/pages/",
        MEMBERS,
        note="Lists only the pages the user may explore.",
    ),
    Case(
        PAGES,
        "Pages API: one page",
        "/admin/api/main/pages/{page}/",
        who(office="A", trustee="V", editor="*"),
    ),
    Case(
        PAGES,
        "Pages API: find by path",
        "/admin/api/main/pages/find/?html_path=/",
        who(trustee="*", editor="*"),
    ),
    Case(
        PAGES,
        "Pages API: copy a page",
        "/admin/api/main/pages/{page}/action/copy/",
        who(editor="AB", superuser="AB"),
        method="post",
        data={"destination_page_id": "{parent}"},
        content_type="application/json",
        note="The vision updates and History pages are one of a kind: no copy may be made.",
    ),
    Case(
        PAGES,
        "Keep an editing session",
        "/admin/editing-sessions/ping/wagtailcore/page/{page}/{editing_session}/",
        EDITORS_OF_PAGE,
        method="post",
    ),
    Case(
        PAGES,
        "End one's own editing session",
        "/admin/editing-sessions/release/{editing_session}/",
        MEMBERS,
        method="post",
    ),
    # Workflow
    Case(
        WORKFLOW,
        "Approve a change (confirm)",
        "/admin/pages/workflow/collect_action_data/{page}/approve/{task_state}/",
        who(trustee="*", editor="*"),
    ),
    Case(
        WORKFLOW,
        "Request changes",
        "/admin/pages/workflow/action/{page}/reject/{task_state}/",
        who(trustee="*", editor="*"),
        method="post",
        data={"comment": "Please check the dates."},
    ),
    Case(
        WORKFLOW,
        "Preview a change for review",
        "/admin/pages/workflow/preview/{page}/{task}/",
        who(trustee="AB", editor="AB", superuser="AB"),
        redirect_refuses=True,
        note="Only a page with a change waiting has one to preview.",
    ),
    Case(
        WORKFLOW,
        "Confirm cancelling a workflow",
        "/admin/pages/workflow/confirm_cancellation/{page}/",
        EDITORS_OF_PAGE,
    ),
    Case(
        WORKFLOW,
        "A page's workflow history",
        "/admin/pages/{page}/workflow_history/",
        EDITORS_OF_PAGE,
    ),
    Case(
        WORKFLOW,
        "One workflow's history",
        "/admin/pages/{page}/workflow_history/detail/{workflow_state}/",
        EDITORS_OF_PAGE,
    ),
    Case(WORKFLOW, "Workflows", "/admin/workflows/list/", SUPERUSERS),
    Case(WORKFLOW, "Workflows (results)", "/admin/workflows/list/results/", SUPERUSERS),
    Case(WORKFLOW, "Add a workflow", "/admin/workflows/add/", SUPERUSERS),
    Case(WORKFLOW, "Edit a workflow", "/admin/workflows/edit/{workflow}/", SUPERUSERS),
    Case(
        WORKFLOW,
        "Enable a workflow",
        "/admin/workflows/enable/{workflow}/",
        SUPERUSERS,
        method="post",
    ),
    Case(WORKFLOW, "Disable a workflow", "/admin/workflows/disable/{workflow}/", SUPERUSERS),
    Case(WORKFLOW, "Where a workflow applies", "/admin/workflows/usage/{workflow}/", SUPERUSERS),
    Case(
        WORKFLOW,
        "Where a workflow applies (results)",
        "/admin/workflows/usage/{workflow}/results/",
        SUPERUSERS,
    ),
    Case(
        WORKFLOW,
        "Remove a page's workflow",
        "/admin/workflows/remove/{home}/",
        SUPERUSERS,
        method="post",
    ),
    Case(
        WORKFLOW,
        "Remove a page's workflow (named)",
        "/admin/workflows/remove/{home}/{workflow}/",
        SUPERUSERS,
        method="post",
    ),
    Case(WORKFLOW, "Tasks", "/admin/workflows/tasks/index/", SUPERUSERS),
    Case(WORKFLOW, "Tasks (results)", "/admin/workflows/tasks/index/results/", SUPERUSERS),
    Case(WORKFLOW, "Choose a kind of task", "/admin/workflows/tasks/select_type/", SUPERUSERS),
    Case(
        WORKFLOW,
        "Add a task",
        "/admin/workflows/tasks/add/wagtailcore/groupapprovaltask/",
        SUPERUSERS,
    ),
    Case(WORKFLOW, "Edit a task", "/admin/workflows/tasks/edit/{task}/", SUPERUSERS),
    Case(WORKFLOW, "Disable a task", "/admin/workflows/tasks/disable/{task}/", SUPERUSERS),
    Case(
        WORKFLOW,
        "Enable a task",
        "/admin/workflows/tasks/enable/{task}/",
        SUPERUSERS,
        method="post",
    ),
    Case(
        WORKFLOW,
        "Choose a task",
        "/admin/workflows/task_chooser/",
        SUPERUSERS,
        note="Wagtail lets anyone who may use the admin list and name tasks here; "
        "operations.admin_titles keeps it to those who may edit workflows.",
    ),
    Case(WORKFLOW, "Choose a task (results)", "/admin/workflows/task_chooser/results/", SUPERUSERS),
    Case(
        WORKFLOW,
        "Create a task in the chooser",
        "/admin/workflows/task_chooser/create/",
        SUPERUSERS,
    ),
    Case(WORKFLOW, "A task chosen", "/admin/workflows/task_chooser/{task}/", SUPERUSERS),
    # Images
    Case(IMAGES, "Images", "/admin/images/", MEDIA_LIBRARY, note="Lists the user's collections."),
    Case(IMAGES, "Images (results)", "/admin/images/results/", MEDIA_LIBRARY),
    Case(IMAGES, "Upload an image", "/admin/images/add/", MEDIA_LIBRARY),
    Case(IMAGES, "Upload several images", "/admin/images/multiple/add/", MEDIA_LIBRARY),
    Case(IMAGES, "Edit an image", "/admin/images/{image}/", KEEPERS_OF_MEDIA),
    Case(IMAGES, "Delete an image", "/admin/images/{image}/delete/", KEEPERS_OF_MEDIA),
    Case(
        IMAGES,
        "An image's URL generator",
        "/admin/images/{image}/generate_url/",
        NOBODY,
        note="Not found: the site does not serve images at signed URLs (wagtailimages_serve).",
    ),
    Case(
        IMAGES,
        "An image's URL generator (output)",
        "/admin/images/{image}/generate_url/output/?filter=original",
        NOBODY,
    ),
    Case(
        IMAGES,
        "Preview an image's rendition",
        "/admin/images/{image}/preview/max-165x165/",
        KEEPERS_OF_MEDIA,
    ),
    Case(IMAGES, "Where an image is used", "/admin/images/usage/{image}/", KEEPERS_OF_MEDIA),
    Case(
        IMAGES,
        "Edit an image after uploading several",
        "/admin/images/multiple/{image}/",
        KEEPERS_OF_MEDIA,
        method="post",
        data={"image-{image}-title": "A photo", "image-{image}-collection": "{collection}"},
    ),
    Case(
        IMAGES,
        "Delete an image after uploading several",
        "/admin/images/multiple/{image}/delete/",
        KEEPERS_OF_MEDIA,
        method="post",
    ),
    Case(
        IMAGES,
        "Keep an upload apart as a new image",
        "/admin/images/multiple/create_from_uploaded_image/{uploaded_image}/",
        NOBODY,
        method="post",
        data={"uploaded-image-{uploaded_image}-title": "A photo"},
        note="Not found (trustsite/urls.py): Wagtail keeps an upload apart only for an "
        "image model with required fields of its own, which this site's has not, and its "
        "view fails (500) for a user with no collection to add to.",
    ),
    Case(
        IMAGES,
        "Discard one's own upload kept apart",
        "/admin/images/multiple/delete_upload/{uploaded_image}/",
        MEMBERS,
        method="post",
    ),
    Case(
        IMAGES,
        "Choose an image",
        "/admin/images/chooser/",
        MEMBERS,
        note="Lists only what the user may choose.",
    ),
    Case(IMAGES, "Choose an image (results)", "/admin/images/chooser/results/", MEMBERS),
    Case(IMAGES, "An image chosen", "/admin/images/chooser/chosen/{image}/", CHOOSERS_OF_MEDIA),
    Case(
        IMAGES,
        "Images chosen",
        "/admin/images/chooser/chosen-multiple/?id={image}",
        CHOOSERS_OF_MEDIA,
        note="Wagtail names any image here; operations.admin_titles refuses those the user "
        "may not choose.",
    ),
    Case(IMAGES, "Upload in the image chooser", "/admin/images/chooser/create/", MEDIA_LIBRARY),
    Case(
        IMAGES,
        "Choose an image's format",
        "/admin/images/chooser/{image}/select_format/",
        CHOOSERS_OF_MEDIA,
    ),
    Case(
        IMAGES,
        "Delete images (bulk)",
        "/admin/bulk/wagtailimages/image/delete/?id={image}",
        KEEPERS_OF_MEDIA,
        refused_if=BULK_REFUSAL,
    ),
    Case(
        IMAGES,
        "Move images to a collection (bulk)",
        "/admin/bulk/wagtailimages/image/add_to_collection/?id={image}",
        KEEPERS_OF_MEDIA,
        refused_if=BULK_REFUSAL,
    ),
    Case(
        IMAGES,
        "Tag images (bulk)",
        "/admin/bulk/wagtailimages/image/add_tags/?id={image}",
        KEEPERS_OF_MEDIA,
        refused_if=BULK_REFUSAL,
    ),
    Case(
        IMAGES,
        "Images API: list",
        "/admin/api/main/images/",
        MEMBERS,
        note="Lists only what the user may choose (core.wagtail_hooks).",
    ),
    Case(IMAGES, "Images API: one image", "/admin/api/main/images/{image}/", CHOOSERS_OF_MEDIA),
    Case(IMAGES, "Images API: find", "/admin/api/main/images/find/?id={image}", CHOOSERS_OF_MEDIA),
    # Documents
    Case(DOCUMENTS, "Documents", "/admin/documents/", MEDIA_LIBRARY),
    Case(DOCUMENTS, "Documents (results)", "/admin/documents/results/", MEDIA_LIBRARY),
    Case(DOCUMENTS, "Upload a document", "/admin/documents/add/", MEDIA_LIBRARY),
    Case(DOCUMENTS, "Upload several documents", "/admin/documents/multiple/add/", MEDIA_LIBRARY),
    Case(DOCUMENTS, "Edit a document", "/admin/documents/edit/{document}/", KEEPERS_OF_MEDIA),
    Case(DOCUMENTS, "Delete a document", "/admin/documents/delete/{document}/", KEEPERS_OF_MEDIA),
    Case(
        DOCUMENTS,
        "Where a document is used",
        "/admin/documents/usage/{document}/",
        KEEPERS_OF_MEDIA,
    ),
    Case(
        DOCUMENTS,
        "Edit a document after uploading several",
        "/admin/documents/multiple/{document}/",
        KEEPERS_OF_MEDIA,
        method="post",
        data={"doc-{document}-title": "A letter", "doc-{document}-collection": "{collection}"},
    ),
    Case(
        DOCUMENTS,
        "Delete a document after uploading several",
        "/admin/documents/multiple/{document}/delete/",
        KEEPERS_OF_MEDIA,
        method="post",
    ),
    Case(
        DOCUMENTS,
        "Keep an upload apart as a new document",
        "/admin/documents/multiple/create_from_uploaded_document/{uploaded_document}/",
        NOBODY,
        method="post",
        data={"uploaded-document-{uploaded_document}-title": "A letter"},
        note="Not found (trustsite/urls.py): as for images; Wagtail's view also fails "
        "(500) for everyone whenever WAGTAILDOCS_EXTENSIONS is set.",
    ),
    Case(
        DOCUMENTS,
        "Discard one's own upload kept apart",
        "/admin/documents/multiple/delete_upload/{uploaded_document}/",
        MEMBERS,
        method="post",
    ),
    Case(
        DOCUMENTS,
        "Choose a document",
        "/admin/documents/chooser/",
        MEMBERS,
        note="Lists only what the user may choose.",
    ),
    Case(DOCUMENTS, "Choose a document (results)", "/admin/documents/chooser/results/", MEMBERS),
    Case(
        DOCUMENTS,
        "A document chosen",
        "/admin/documents/chooser/chosen/{document}/",
        CHOOSERS_OF_MEDIA,
    ),
    Case(
        DOCUMENTS,
        "Documents chosen",
        "/admin/documents/chooser/chosen-multiple/?id={document}",
        CHOOSERS_OF_MEDIA,
        note="As for images (operations.admin_titles).",
    ),
    Case(
        DOCUMENTS,
        "Upload in the document chooser",
        "/admin/documents/chooser/create/",
        MEDIA_LIBRARY,
    ),
    Case(
        DOCUMENTS,
        "Delete documents (bulk)",
        "/admin/bulk/wagtaildocs/document/delete/?id={document}",
        KEEPERS_OF_MEDIA,
        refused_if=BULK_REFUSAL,
    ),
    Case(
        DOCUMENTS,
        "Move documents to a collection (bulk)",
        "/admin/bulk/wagtaildocs/document/add_to_collection/?id={document}",
        KEEPERS_OF_MEDIA,
        refused_if=BULK_REFUSAL,
    ),
    Case(
        DOCUMENTS,
        "Tag documents (bulk)",
        "/admin/bulk/wagtaildocs/document/add_tags/?id={document}",
        KEEPERS_OF_MEDIA,
        refused_if=BULK_REFUSAL,
    ),
    Case(
        DOCUMENTS,
        "Documents API: list",
        "/admin/api/main/documents/",
        MEMBERS,
        note="Lists only what the user may choose (core.wagtail_hooks).",
    ),
    Case(
        DOCUMENTS,
        "Documents API: one document",
        "/admin/api/main/documents/{document}/",
        CHOOSERS_OF_MEDIA,
    ),
    Case(
        DOCUMENTS,
        "Documents API: find",
        "/admin/api/main/documents/find/?id={document}",
        CHOOSERS_OF_MEDIA,
    ),
    # Collections
    Case(COLLECTIONS, "Collections", "/admin/collections/", SUPERUSERS),
    Case(COLLECTIONS, "Add a collection", "/admin/collections/add/", SUPERUSERS),
    Case(COLLECTIONS, "Edit a collection", "/admin/collections/{collection}/", SUPERUSERS),
    Case(COLLECTIONS, "Delete a collection", "/admin/collections/{collection}/delete/", SUPERUSERS),
    Case(
        COLLECTIONS,
        "A collection's privacy",
        "/admin/collections/{collection}/privacy/",
        SUPERUSERS,
    ),
    # Partners
    Case(
        PARTNERS,
        "Snippets (the list of kinds)",
        "/admin/snippets/",
        NOBODY,
        note="Partners have a menu item of their own, so Wagtail lists no kind of snippet here.",
    ),
    Case(PARTNERS, "Partners", "/admin/snippets/partners/partner/", who(editor="*")),
    Case(
        PARTNERS, "Partners (results)", "/admin/snippets/partners/partner/results/", who(editor="*")
    ),
    Case(PARTNERS, "Add a partner", "/admin/snippets/partners/partner/add/", who(editor="*")),
    Case(
        PARTNERS,
        "Edit a partner",
        "/admin/snippets/partners/partner/edit/{partner}/",
        who(editor="*"),
    ),
    Case(
        PARTNERS,
        "Delete a partner",
        "/admin/snippets/partners/partner/delete/{partner}/",
        who(editor="*"),
    ),
    Case(
        PARTNERS,
        "Copy a partner",
        "/admin/snippets/partners/partner/copy/{partner}/",
        who(editor="*"),
    ),
    Case(
        PARTNERS,
        "Where a partner is used",
        "/admin/snippets/partners/partner/usage/{partner}/",
        who(editor="*"),
    ),
    Case(
        PARTNERS,
        "A partner's history",
        "/admin/snippets/partners/partner/history/{partner}/",
        who(editor="*"),
    ),
    Case(
        PARTNERS,
        "A partner's history (results)",
        "/admin/snippets/partners/partner/history-results/{partner}/",
        who(editor="*"),
    ),
    Case(
        PARTNERS,
        "Delete partners (bulk)",
        "/admin/bulk/partners/partner/delete/?id={partner}",
        who(editor="*"),
        refused_if=BULK_REFUSAL,
    ),
    Case(
        PARTNERS,
        "Choose a partner",
        "/admin/snippets/choose/partners/partner/",
        MEMBERS,
        note="Wagtail's snippet chooser checks no permission; partners' names are public "
        "(the Partners page), and no page of the site chooses one yet.",
    ),
    Case(
        PARTNERS,
        "Choose a partner (results)",
        "/admin/snippets/choose/partners/partner/results/",
        MEMBERS,
    ),
    Case(
        PARTNERS,
        "A partner chosen",
        "/admin/snippets/choose/partners/partner/chosen/{partner}/",
        MEMBERS,
    ),
    Case(
        PARTNERS,
        "Partners chosen",
        "/admin/snippets/choose/partners/partner/chosen-multiple/?id={partner}",
        MEMBERS,
    ),
    Case(
        PARTNERS,
        "Add a partner in the chooser",
        "/admin/snippets/choose/partners/partner/create/",
        who(editor="*"),
    ),
    # Parents' enquiries
    Case(
        ENQUIRIES,
        "Enquiries",
        "/admin/enquiries/",
        who(office="*", editor="*"),
        note="An office lists only its own school's enquiries (tests/enquiries/test_admin.py).",
    ),
    Case(
        ENQUIRIES, "Enquiries (results)", "/admin/enquiries/results/", who(office="*", editor="*")
    ),
    Case(
        ENQUIRIES,
        "Add an enquiry",
        "/admin/enquiries/new/",
        NOBODY,
        note="Enquiries come from the public form only.",
    ),
    Case(
        ENQUIRIES,
        "Open an enquiry",
        "/admin/enquiries/edit/{enquiry}/",
        who(office="A", editor="*"),
    ),
    Case(
        ENQUIRIES,
        "Answer an enquiry (status, who answers, notes)",
        "/admin/enquiries/edit/{enquiry}/",
        who(office="A", editor="*"),
        method="post",
        data={"status": "in_progress", "notes": "Phoned back."},
    ),
    Case(
        ENQUIRIES,
        "Delete an enquiry",
        "/admin/enquiries/delete/{enquiry}/",
        who(editor="*"),
    ),
    Case(
        ENQUIRIES,
        "Delete an enquiry (confirmed)",
        "/admin/enquiries/delete/{enquiry}/",
        who(editor="*"),
        method="post",
    ),
    Case(
        ENQUIRIES,
        "An enquiry's history",
        "/admin/enquiries/history/{enquiry}/",
        who(office="A", editor="*"),
    ),
    Case(
        ENQUIRIES,
        "An enquiry's history (results)",
        "/admin/enquiries/history-results/{enquiry}/",
        who(office="A", editor="*"),
    ),
    Case(
        ENQUIRIES,
        "Where an enquiry is used",
        "/admin/enquiries/usage/{enquiry}/",
        who(office="A", editor="*"),
    ),
    Case(ENQUIRIES, "Enquiry topics", "/admin/enquiry-topics/", who(editor="*")),
    Case(ENQUIRIES, "Enquiry topics (results)", "/admin/enquiry-topics/results/", who(editor="*")),
    Case(ENQUIRIES, "Add an enquiry topic", "/admin/enquiry-topics/new/", who(editor="*")),
    Case(
        ENQUIRIES, "Edit an enquiry topic", "/admin/enquiry-topics/edit/{topic}/", who(editor="*")
    ),
    Case(
        ENQUIRIES,
        "Delete an enquiry topic",
        "/admin/enquiry-topics/delete/{topic}/",
        who(editor="*"),
    ),
    Case(
        ENQUIRIES,
        "An enquiry topic's history",
        "/admin/enquiry-topics/history/{topic}/",
        who(editor="*"),
    ),
    Case(
        ENQUIRIES,
        "An enquiry topic's history (results)",
        "/admin/enquiry-topics/history-results/{topic}/",
        who(editor="*"),
    ),
    Case(
        ENQUIRIES,
        "Where an enquiry topic is used",
        "/admin/enquiry-topics/usage/{topic}/",
        who(editor="*"),
    ),
    Case(
        ENQUIRIES,
        "Subject access: find one person's enquiries",
        "/admin/subject-access/?email=parent@example.org",
        who(editor="*"),
    ),
    Case(
        ENQUIRIES,
        "Subject access: download them",
        "/admin/subject-access/?email=parent@example.org&format=json",
        who(editor="*"),
    ),
    Case(
        ENQUIRIES,
        "Subject access: delete them",
        "/admin/subject-access/",
        who(editor="*"),
        method="post",
        data={"email": "parent@example.org", "confirm": "delete"},
    ),
    # Translations
    Case(
        TRANSLATIONS,
        "The Translations report",
        "/admin/reports/translations/",
        who(translator="*", editor="*"),
    ),
    Case(
        TRANSLATIONS,
        "Translate a page into Polish",
        "/admin/translations/{page}/pl/",
        who(translator="*", editor="*"),
        note="The translators of Polish: every page the public reads.",
    ),
    Case(
        TRANSLATIONS,
        "Exchange PO files",
        "/admin/reports/translations/po/",
        who(translator="*", editor="*"),
    ),
    Case(
        TRANSLATIONS,
        "Download the Polish PO file",
        "/admin/reports/translations/po/pl/",
        who(translator="*", editor="*"),
    ),
    Case(
        TRANSLATIONS,
        "Copy a field's content from another language (in the editor)",
        "/admin/pages/{page}/edit/copy_translation_content/",
        EDITORS_OF_PAGE,
        method="post",
        data={
            "origin_field_name": "{stream_field}_en",
            "target_field_name": "{stream_field}_pl",
            "serializedOriginField": '[{"name": "{stream_field}_en-count", "value": "0"}]',
        },
        headers={"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"},
    ),
    # Reports
    Case(REPORTS, "Locked pages", "/admin/reports/locked/", who(editor="*")),
    Case(REPORTS, "Locked pages (results)", "/admin/reports/locked/results/", who(editor="*")),
    Case(
        REPORTS,
        "Workflows report",
        "/admin/reports/workflow/",
        who(trustee="*", editor="*"),
        note="The site-wide reports are for those who publish (operations.admin_reports).",
    ),
    Case(
        REPORTS,
        "Workflows report (results)",
        "/admin/reports/workflow/results/",
        who(trustee="*", editor="*"),
    ),
    Case(
        REPORTS,
        "Workflow tasks report",
        "/admin/reports/workflow_tasks/",
        who(trustee="*", editor="*"),
    ),
    Case(
        REPORTS,
        "Workflow tasks report (results)",
        "/admin/reports/workflow_tasks/results/",
        who(trustee="*", editor="*"),
    ),
    Case(REPORTS, "Site history", "/admin/reports/site-history/", who(trustee="*", editor="*")),
    Case(
        REPORTS,
        "Site history (results)",
        "/admin/reports/site-history/results/",
        who(trustee="*", editor="*"),
    ),
    Case(REPORTS, "Aging pages", "/admin/reports/aging-pages/", who(trustee="*", editor="*")),
    Case(
        REPORTS,
        "Aging pages (results)",
        "/admin/reports/aging-pages/results/",
        who(trustee="*", editor="*"),
    ),
    Case(
        REPORTS,
        "Page types usage",
        "/admin/reports/page-types-usage/",
        who(trustee="*", editor="*"),
    ),
    Case(
        REPORTS,
        "Page types usage (results)",
        "/admin/reports/page-types-usage/results/",
        who(trustee="*", editor="*"),
    ),
    # Settings, sites and redirects
    Case(
        SETTINGS,
        "Site identity (the site's name)",
        "/admin/settings/core/siteidentity/",
        who(editor="*"),
    ),
    Case(
        SETTINGS,
        "Site identity of one site",
        "/admin/settings/core/siteidentity/{site}/",
        who(editor="*"),
    ),
    Case(
        SETTINGS,
        "Preview the site identity",
        "/admin/settings/core/siteidentity/{site}/preview/",
        NOBODY,
        method="post",
        note="Not found: the site identity has no preview.",
    ),
    Case(SETTINGS, "Sites", "/admin/sites/", SUPERUSERS),
    Case(SETTINGS, "Sites (results)", "/admin/sites/results/", SUPERUSERS),
    Case(SETTINGS, "Add a site", "/admin/sites/new/", SUPERUSERS),
    Case(SETTINGS, "Edit a site", "/admin/sites/edit/{site}/", SUPERUSERS),
    Case(SETTINGS, "Delete a site", "/admin/sites/delete/{site}/", SUPERUSERS),
    Case(SETTINGS, "Copy a site", "/admin/sites/copy/{site}/", SUPERUSERS),
    Case(SETTINGS, "A site's history", "/admin/sites/history/{site}/", SUPERUSERS),
    Case(
        SETTINGS, "A site's history (results)", "/admin/sites/history-results/{site}/", SUPERUSERS
    ),
    Case(SETTINGS, "Where a site is used", "/admin/sites/usage/{site}/", SUPERUSERS),
    Case(SETTINGS, "Redirects", "/admin/redirects/", SUPERUSERS),
    Case(SETTINGS, "Redirects (results)", "/admin/redirects/results/", SUPERUSERS),
    Case(SETTINGS, "Add a redirect", "/admin/redirects/add/", SUPERUSERS),
    Case(SETTINGS, "Edit a redirect", "/admin/redirects/{redirect}/", SUPERUSERS),
    Case(SETTINGS, "Delete a redirect", "/admin/redirects/{redirect}/delete/", SUPERUSERS),
    Case(SETTINGS, "Import redirects", "/admin/redirects/import/", SUPERUSERS),
    Case(
        SETTINGS,
        "Import redirects (process)",
        "/admin/redirects/import/process/",
        SUPERUSERS,
        method="post",
        data={
            "import_file_name": "{redirect_import_file}",
            "input_format": "{redirect_import_format}",
            "from_index": "0",
            "to_index": "1",
        },
    ),
    Case(SETTINGS, "Embed a video (chooser)", "/admin/embeds/chooser/", MEMBERS),
    Case(
        SETTINGS, "Embed a video (upload)", "/admin/embeds/chooser/upload/", MEMBERS, method="post"
    ),
    # Users and groups
    Case(USERS, "Users", "/admin/users/", SUPERUSERS),
    Case(USERS, "Users (results)", "/admin/users/results/", SUPERUSERS),
    Case(USERS, "Add a user", "/admin/users/new/", SUPERUSERS),
    Case(USERS, "Edit a user", "/admin/users/edit/{user}/", SUPERUSERS),
    Case(USERS, "Delete a user", "/admin/users/delete/{user}/", SUPERUSERS),
    Case(USERS, "Copy a user", "/admin/users/copy/{user}/", SUPERUSERS),
    Case(USERS, "A user's history", "/admin/users/history/{user}/", SUPERUSERS),
    Case(USERS, "A user's history (results)", "/admin/users/history-results/{user}/", SUPERUSERS),
    Case(USERS, "Where a user is named", "/admin/users/usage/{user}/", SUPERUSERS),
    Case(
        USERS,
        "Delete users (bulk)",
        "/admin/bulk/{user_model}/delete/?id={user}",
        SUPERUSERS,
        refused_if=BULK_REFUSAL,
    ),
    Case(USERS, "Groups", "/admin/groups/", SUPERUSERS),
    Case(USERS, "Groups (results)", "/admin/groups/results/", SUPERUSERS),
    Case(USERS, "Add a group", "/admin/groups/new/", SUPERUSERS),
    Case(USERS, "Edit a group", "/admin/groups/edit/{group}/", SUPERUSERS),
    Case(USERS, "Delete a group", "/admin/groups/delete/{group}/", SUPERUSERS),
    Case(USERS, "A group's history", "/admin/groups/history/{group}/", SUPERUSERS),
    Case(
        USERS, "A group's history (results)", "/admin/groups/history-results/{group}/", SUPERUSERS
    ),
    Case(USERS, "Where a group is named", "/admin/groups/usage/{group}/", SUPERUSERS),
    # Admin plumbing
    Case(OTHER, "The admin's icons", "/admin/sprite/", EVERYONE),
    Case(OTHER, "The admin's translations for its JavaScript", "/admin/jsi18n/", EVERYONE),
    Case(OTHER, "Tag suggestions", "/admin/tag-autocomplete/?term=a", MEMBERS),
    Case(
        OTHER,
        "Tag suggestions for a kind of tag",
        "/admin/tag-autocomplete/taggit/tag/?term=a",
        MEMBERS,
    ),
    Case(OTHER, "Dismiss a hint", "/admin/dismissibles/", MEMBERS),
    Case(OTHER, "Preview a block", "/admin/block-preview/?id={block_id}", MEMBERS),
    Case(
        OTHER,
        "Wagtail's 404 and 500 test pages",
        "/admin/test404/",
        NOBODY,
        note="Not found (trustsite/urls.py): the 500 one fails on purpose, so any member "
        "could fill the error log.",
    ),
    Case(OTHER, "Wagtail's 404 and 500 test pages", "/admin/failwhale/", NOBODY),
    Case(OTHER, "Anything else under /admin/", "/admin/no-such-thing/", NOBODY),
]

SHADOWED = [
    Shadowed(
        r"admin/pages/(?P<page_id>\d+)/edit/copy_translation_content/$",
        "/admin/pages/1/edit/copy_translation_content/",
        "admin/pages/<int:page_id>/edit/copy_translation_content/",
        "wagtail-modeltranslation's view is CSRF-exempt and checks no page permission; "
        "localisation.copy_content answers for it",
    ),
]


REPORT_ROLES = ("office", "trustee", "translator", "editor", "anonymous", "superuser")
REPORT_HEADINGS = {
    "office": "Office staff",
    "trustee": "Trustees",
    "translator": "Translators",
    "editor": "Trust editors",
    "anonymous": "Not logged in",
    "superuser": "Superusers",
}
PAGE_OWNER_WORDS = {"A": "school A", "B": "school B", "V": "vision updates", "T": "History"}
MEDIA_OWNER_WORDS = {"A": "school A", "B": "school B", "T": "trust collection"}
ENQUIRY_OWNER_WORDS = {"A": "school A's", "B": "school B's", "T": "the trust's"}


def answer_words(case, role):
    """What `role` may do through `case`, in words: "yes", "—" or the owners."""
    owners = case.owners
    allowed = [owner for owner in owners if case.expected(role, owner)]
    if owners == "-":
        return "yes" if allowed else "—"
    if not allowed:
        return "—"
    if len(allowed) == len(owners):
        return "all"
    return ", ".join(case.owner_words[owner] for owner in allowed)


def report():
    """docs/PERMISSIONS.md: the table, for people."""
    lines = [
        "# Who may do what in the admin",
        "",
        "<!-- Generated from operations/admin_routes.py by `manage.py permission_report "
        "--write`: do not edit by hand. -->",
        "",
        "Every route of the admin, and who may use it. The same table is what "
        "`tests/operations/test_permission_matrix.py` checks, route by route, against "
        "the running site on SQLite and PostgreSQL: each role logs in through the login "
        "form and asks for every example URL, for objects of each owner, and the test "
        "fails if any answer differs from this page, or if Wagtail or the site gains a "
        "route that is not on it. It is generated from that table, so it cannot disagree "
        "with the code.",
        "",
        "The roles are the groups `manage.py setup_permissions` makes (see "
        "[the office staff guide](OFFICE-STAFF-GUIDE.md) and "
        "[the translators' guide](TRANSLATORS-GUIDE.md)):",
        "",
        "- **Office staff**: one group per school; here, the office of school A.",
        "- **Trustees**: approve or send back what others submit; add, edit and publish "
        "the vision section and its updates.",
        "- **Translators**: one group per language; here, the translators of Polish.",
        "- **Trust editors**: edit and publish every page, keep every collection and the partners.",
        "- **Superusers**: everything, except what is marked for nobody.",
        "",
        "Who owns the object a route names:",
        "",
        "- for pages, *school A* and *school B* are two schools' pages, each with a change "
        "from its office waiting for approval; *vision updates* is the trustees' section "
        "and *History* a page only trust editors keep, each with a draft;",
        "- for enquiries, one to school A's office, one to school B's and one to the trust;",
        "- for images and documents, the collection of school A, of school B, and the "
        "trust's shared collection;",
        "- *all* is every one of them; *yes* and — answer for routes that name no object.",
        "",
        "Refused means what Wagtail does for a refusal: the login page for someone not "
        'logged in, and for a member a 403, a 404, or the dashboard with "Sorry, you do '
        'not have permission to access this area".',
    ]
    areas = []
    for case in CASES:
        if case.area not in areas:
            areas.append(case.area)
    for area in areas:
        lines += [
            "",
            f"## {area}",
            "",
            "| What | " + " | ".join(REPORT_HEADINGS[role] for role in REPORT_ROLES) + " | Notes |",
            "|---" * (len(REPORT_ROLES) + 2) + "|",
        ]
        for case in CASES:
            if case.area != area:
                continue
            cells = [answer_words(case, role) for role in REPORT_ROLES]
            lines.append(
                f"| {case.does} | " + " | ".join(cells) + f" | {case.note.replace('|', '/')} |"
            )
    lines += [
        "",
        "## Routes no request reaches",
        "",
        "| Route | Answered by | Why |",
        "|---|---|---|",
    ]
    for shadowed in SHADOWED:
        lines.append(f"| `{shadowed.route}` | `{shadowed.by}` | {shadowed.why} |")
    return "\n".join(lines) + "\n"
