"""Delete expired drafts and unused uploads (run every minute by the scheduler)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from eservices.retention import expired_purge


class Command(BaseCommand):
    help = "Delete expired drafts and expired attachments that no case has taken, with their files."

    def handle(self, *args: Any, **options: Any) -> None:
        purged = expired_purge()
        self.stdout.write(f"Deleted {purged.drafts} drafts and {purged.attachments} attachments.")
