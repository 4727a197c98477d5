"""Delete what the enquiry form keeps past its time: enquiries closed more than
ENQUIRY_RETENTION_DAYS ago (as the privacy notice says), and the throttles' expired
counts. Run by cron, daily."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from enquiries.records import Enquiry, Status, ThrottleWindow, retention_days


class Command(BaseCommand):
    help = "Delete enquiries closed longer ago than the retention period."

    def handle(self, *args, **options):
        now = timezone.now()
        cutoff = now - timedelta(days=retention_days())
        deleted, _ = Enquiry.objects.filter(status=Status.CLOSED, closed_at__lt=cutoff).delete()
        expired, _ = ThrottleWindow.objects.filter(ends_at__lt=now).delete()
        self.stdout.write(
            f"Deleted {deleted} enquiries closed before {cutoff:%d %B %Y} "
            f"and {expired} expired throttle counts."
        )
