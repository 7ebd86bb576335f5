"""Log the demo city's contact-center contacts (after load_demo_data)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from contactcenter.demo import load_demo_contacts, load_demo_directory, load_demo_routing


class Command(BaseCommand):
    help = "Log demo contacts and tasks, add demo routing and named roles (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        if settings.PRODUCTION:
            raise CommandError("Refusing to load demo data in production mode.")
        self.stdout.write(f"Logged {load_demo_contacts()} demo contact(s).")
        self.stdout.write(f"Added {load_demo_routing()} demo route(s).")
        self.stdout.write(f"Added {load_demo_directory()} demo named role(s).")
