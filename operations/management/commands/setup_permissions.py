"""Who may do what in the admin, enforced by Wagtail's own permissions.

- Trust editors: add, edit, publish and lock every page under the home page; images and
  documents in every collection; the partners the Partners page lists; the translations
  report, and marking a page's translation as reviewed.
- Trustees: add, edit and publish in the vision section (its updates included), choose
  existing images and documents (to link a report from an update), and approve or send
  back what others submit. On a school's page that is all: they hold no permission
  there. Wagtail opens the page editor to a task's reviewers while a change waits for
  them, and its approval publishes the change as the approver; this site's finishing
  action (operations.workflows.publish_approved, WAGTAIL_FINISH_WORKFLOW_ACTION)
  publishes without asking whether the approver may publish. So every other way to
  publish, unpublish, schedule, hide, reorder, move or delete a school's page is closed
  by Wagtail's ordinary checks, with no exception to keep. Two rules cover the editor,
  where a reviewer may be without any permission on the page: the form shows it to
  them read-only except "this change does not affect translations"
  (core.models.SitePageForm), and they may post it only to approve or request changes
  on the version submitted, not to save, publish or put back an old version
  (operations.wagtail_hooks).
- Office staff: one group per school, which may edit (never publish) its own school's
  page and keep photos and documents in the school's own collection, and choose (not
  change) those the trust's web editors keep in the shared "Trust" collection. What the
  trust decides about a school (membership, phase, the year it joined, its address on
  the site) is read-only for anyone who may not publish the page
  (SchoolPage.publisher_fields). In the school's "Urgent notices" folder alone they
  may publish: a closure cannot wait for approval (notices.models says why that is
  safe).
- Office staff and trust editors: parents' enquiries (Enquiries), an office its own
  school's only, trust editors every one, the topics the form offers, and subject
  access requests (enquiries.admin_views).
- Translators: one group per language ("Translators: Polski"), which may translate every
  page the public reads (live, not under a view restriction) into that language on the
  translation screen or as a PO file, and see the Translations report for it, and
  nothing else: no page, no English, no other language, no settings. A Polish-speaking
  parent can be given it safely.
- The "Trustee approval" workflow on the home page, so that a change from anyone who may
  not publish waits for a trustee or trust editor to approve it.

Idempotent and additive: it creates what is missing and never takes away a permission
someone has granted in the admin, so a second run creates nothing. Two removals: the
publish permission on the schools that earlier versions of this command gave trustees
(so that they could approve), and Wagtail's stock "Editors" and "Moderators" groups
while nobody is in them: they may edit (and Moderators publish) every page of the site,
so an office member put in one by mistake would reach every school.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from core.models import SiteIdentity
from enquiries.models import Enquiry, EnquiryTopic
from home.models import HomePage
from localisation.models import PageTranslation, language_choices, translate_permission_codename
from notices.models import UrgentNoticeIndexPage
from partners.models import Partner
from schools.models import SchoolIndexPage, SchoolPage
from vision.models import VisionIndexPage

TRUST_EDITORS = "Trust editors"
TRUSTEES = "Trustees"
OFFICE_STAFF = "Office staff: {school}"
TRANSLATORS = "Translators: {language}"
WORKFLOW = "Trustee approval"
# The trust's own photos and documents (its logo, trust-wide letters), for every school.
SHARED_COLLECTION = "Trust"

# Made by Wagtail's own migrations, with rights over the whole tree.
WAGTAIL_STOCK_GROUPS = ("Editors", "Moderators")

# Unlock as well as lock: trust editors are who an office calls when a page is left locked.
EDITOR_PAGE_ACTIONS = ("add", "change", "publish", "lock", "unlock")
TRUSTEE_PAGE_ACTIONS = ("add", "change", "publish")
# Office staff never publish: their changes go through the workflow. Urgent notices
# excepted.
OFFICE_PAGE_ACTIONS = ("add", "change")
OFFICE_NOTICE_ACTIONS = ("add", "change", "publish")
MEDIA_ACTIONS = ("add", "change", "choose")
CHOOSE_MEDIA = ("choose",)
# The Translations report and the PO exchange (trust editors): seeing and changing pages'
# translation states. Translators only see the report.
TRANSLATION_ACTIONS = ("view", "add", "change")
TRANSLATOR_ACTIONS = ("view",)
# The site's name in every language (Settings › Site identity).
SITE_IDENTITY_ACTIONS = ("change",)
# The trust's partners (Snippets › Partners), which the Partners page lists.
PARTNER_ACTIONS = ("add", "change", "delete")
# Parents' enquiries (Enquiries): an office sees and answers its own school's; trust
# editors every one (handle_every_enquiry), and delete them for an erasure request.
OFFICE_ENQUIRY_ACTIONS = ("view", "change")
EDITOR_ENQUIRY_ACTIONS = ("view", "change", "delete", "handle_every")
TOPIC_ACTIONS = ("add", "change", "delete")


def translate_permission(language):
    return Permission.objects.get(
        content_type__app_label="localisation", codename=translate_permission_codename(language)
    )


def office_staff_group_name(school):
    """The name of a school's office staff group, e.g. "Office staff: Banister"."""
    return OFFICE_STAFF.format(school=school.title_en)


class Command(BaseCommand):
    help = "Create the admin's groups, school collections and the trustee approval workflow."

    def handle(self, *args, **options):
        self.created = 0
        self.existing = 0
        home = HomePage.objects.first()
        vision = VisionIndexPage.objects.first()
        schools = SchoolIndexPage.objects.first()
        if home is None or vision is None or schools is None:
            raise CommandError("No site to set permissions on: run load_trust_content first.")
        with transaction.atomic():
            editors = self.ensure_group(TRUST_EDITORS)
            self.ensure_page_permissions(editors, home, EDITOR_PAGE_ACTIONS)
            self.ensure_media_permissions(editors, Collection.get_first_root_node())
            self.ensure_model_permissions(editors, PageTranslation, TRANSLATION_ACTIONS)
            for code, _name in language_choices():
                self.ensure_member(editors.permissions, translate_permission(code))
            self.ensure_model_permissions(editors, SiteIdentity, SITE_IDENTITY_ACTIONS)
            self.ensure_model_permissions(editors, Partner, PARTNER_ACTIONS)
            self.ensure_model_permissions(editors, Enquiry, EDITOR_ENQUIRY_ACTIONS)
            self.ensure_model_permissions(editors, EnquiryTopic, TOPIC_ACTIONS)

            trustees = self.ensure_group(TRUSTEES)
            self.ensure_page_permissions(trustees, vision, TRUSTEE_PAGE_ACTIONS)
            self.retire_trustee_publish(trustees, schools)
            self.ensure_media_permissions(
                trustees, Collection.get_first_root_node(), actions=CHOOSE_MEDIA
            )

            shared = self.ensure_collection(SHARED_COLLECTION)
            for school in SchoolPage.objects.child_of(schools).order_by("path"):
                office = self.ensure_group(office_staff_group_name(school))
                self.ensure_page_permissions(office, school, OFFICE_PAGE_ACTIONS)
                for folder in UrgentNoticeIndexPage.objects.child_of(school):
                    self.ensure_page_permissions(office, folder, OFFICE_NOTICE_ACTIONS)
                self.ensure_media_permissions(office, self.ensure_collection(school.title_en))
                self.ensure_media_permissions(office, shared, actions=CHOOSE_MEDIA)
                self.ensure_model_permissions(office, Enquiry, OFFICE_ENQUIRY_ACTIONS)

            for code, name in language_choices():
                translators = self.ensure_group(TRANSLATORS.format(language=name))
                self.ensure_model_permissions(translators, PageTranslation, TRANSLATOR_ACTIONS)
                self.ensure_member(translators.permissions, translate_permission(code))

            self.ensure_workflow(home, approvers=[trustees, editors])
            self.retire_stock_groups()
        self.stdout.write(
            self.style.SUCCESS(
                f"Permissions: {self.created} created, {self.existing} already present."
            )
        )

    def ensure_group(self, name):
        group, created = Group.objects.get_or_create(name=name)
        self.report(created, "group", name)
        access_admin = Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
        self.ensure_member(group.permissions, access_admin)
        return group

    def ensure_page_permissions(self, group, page, actions):
        page_type = ContentType.objects.get_for_model(Page)
        for action in actions:
            permission = Permission.objects.get(
                content_type=page_type, codename=f"{action}_{Page._meta.model_name}"
            )
            _, created = GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=permission
            )
            self.count(created)

    def ensure_model_permissions(self, group, model, actions):
        content_type = ContentType.objects.get_for_model(model)
        for action in actions:
            permission = Permission.objects.get(
                content_type=content_type, codename=f"{action}_{model._meta.model_name}"
            )
            self.ensure_member(group.permissions, permission)

    def ensure_media_permissions(self, group, collection, actions=MEDIA_ACTIONS):
        for model in (get_image_model(), get_document_model()):
            content_type = ContentType.objects.get_for_model(model)
            for action in actions:
                permission = Permission.objects.get(
                    content_type=content_type, codename=f"{action}_{model._meta.model_name}"
                )
                _, created = GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=collection, permission=permission
                )
                self.count(created)

    def ensure_collection(self, name):
        """The root collection's child with this name: each school keeps its own media,
        and the trust its shared media."""
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=name).first()
        self.report(collection is None, "collection", name)
        return collection or root.add_child(name=name)

    def ensure_workflow(self, home, approvers):
        workflow, created = Workflow.objects.get_or_create(name=WORKFLOW)
        self.report(created, "workflow", WORKFLOW)
        task, created = GroupApprovalTask.objects.get_or_create(name=WORKFLOW)
        self.count(created)
        for group in approvers:
            self.ensure_member(task.groups, group)
        _, created = WorkflowTask.objects.get_or_create(
            workflow=workflow, task=task, defaults={"sort_order": 0}
        )
        self.count(created)
        # One assignment on the home page covers every page below it.
        assignment, created = WorkflowPage.objects.get_or_create(
            page=home, defaults={"workflow": workflow}
        )
        self.count(created)
        if assignment.workflow_id != workflow.pk:
            self.stdout.write(
                self.style.WARNING(
                    f"The home page keeps its workflow {assignment.workflow}; assign "
                    f'"{WORKFLOW}" in Settings > Workflows if it should apply.'
                )
            )

    def retire_trustee_publish(self, trustees, schools):
        """Take back publish on the schools, which earlier versions gave trustees so that
        they could approve: approving no longer needs it (operations.workflows)."""
        retired, _ = GroupPagePermission.objects.filter(
            group=trustees, page=schools, permission__codename="publish_page"
        ).delete()
        if retired:
            self.stdout.write("removed trustees' publish permission on the schools")

    def retire_stock_groups(self):
        """Delete Wagtail's stock groups that have no members; keep (and name) any in use."""
        for group in Group.objects.filter(name__in=WAGTAIL_STOCK_GROUPS).order_by("name"):
            if group.user_set.exists():
                self.stdout.write(
                    self.style.WARNING(
                        f'Wagtail\'s "{group.name}" group has members and may edit every '
                        "page: move them to the trust's own groups, then run this again."
                    )
                )
            else:
                group.delete()
                self.stdout.write(f"removed Wagtail's unused group: {group.name}")

    def ensure_member(self, relation, obj):
        """Add `obj` to a many-to-many `relation` unless it is there already."""
        present = relation.filter(pk=obj.pk).exists()
        if not present:
            relation.add(obj)
        self.count(not present)

    def count(self, created):
        if created:
            self.created += 1
        else:
            self.existing += 1

    def report(self, created, kind, name):
        self.count(created)
        self.stdout.write(f"{'created' if created else 'exists '} {kind}: {name}")
