"""manage.py load_demo_data: the Swedish demo city (idempotent)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = "Load the demo city: organisations, pages, units, answers, images and translations."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Load even in production mode (creates demo accounts with a known password).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if settings.PRODUCTION and not options["allow_production"]:
            raise CommandError("Refusing to load demo data in production mode.")
        from cms.demo.loader import DemoLoader

        report = DemoLoader(log=self.stdout.write).run()
        self.stdout.write(self.style.SUCCESS(str(report)))
