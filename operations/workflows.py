"""What happens when the last task of a workflow is approved (WAGTAIL_FINISH_WORKFLOW_ACTION).

Imported while Wagtail defines its models, so it imports nothing at module level."""


def publish_approved(workflow_state, user=None):
    """Publish the approved change, as Wagtail's own action does, but without asking
    whether the approver may publish the page: approving is the approver's permission.
    Wagtail lets only a task's reviewers take its actions (a GroupApprovalTask: members
    of its groups), so trustees approve an office's change without holding publish on
    the schools, and so cannot publish, unpublish, schedule or hide a school's page
    themselves (operations/management/commands/setup_permissions.py)."""
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
