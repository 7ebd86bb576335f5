"""Publish the demo e-service forms (after load_demo_data)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from eservices.demo import load_demo_forms


class Command(BaseCommand):
    help = "Create and publish the demo city's e-service forms; existing ones are kept."

    def handle(self, *args: Any, **options: Any) -> None:
        if settings.PRODUCTION:
            raise CommandError("Refusing to load demo data in production mode.")
        made = load_demo_forms()
        self.stdout.write(f"Published {made} demo forms." if made else "Demo forms already loaded.")
