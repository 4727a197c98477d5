"""Send the offices' emails for enquiries whose email has not gone yet (the mail server
was down, or no address was filled in). Run by cron, every few minutes: the database is
the queue, so nothing else (a broker, a worker) has to be kept running."""

from django.core.management.base import BaseCommand

from enquiries.notifying import notify_waiting


class Command(BaseCommand):
    help = "Retry the offices' emails for enquiries not notified yet."

    def handle(self, *args, **options):
        sent, waiting = notify_waiting()
        self.stdout.write(f"Enquiry notifications: {sent} sent, {waiting} still waiting.")
