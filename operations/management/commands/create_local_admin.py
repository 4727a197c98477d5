"""Create (or reset) a local admin account for development and print its credentials.

Refuses to run unless DEBUG is on, so it can never plant a known account in production.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Development only: create or reset the 'admin' superuser and print its password."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--password", help="Use this password instead of a random one.")
        parser.add_argument(
            "--port", type=int, default=8000, help="The port the site is served on (make run PORT)."
        )

    def handle(self, *args, username, password, **options):
        if not settings.DEBUG:
            raise CommandError("create_local_admin runs only with DEBUG on (development settings).")
        password = password or secrets.token_urlsafe(12)
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": ""}
        )
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(password)
        user.save()
        verb = "Created" if created else "Reset"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} local admin. Log in at http://127.0.0.1:{options['port']}/admin/ "
                f"with username: {username}  password: {password}"
            )
        )
