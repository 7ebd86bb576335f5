"""The retention job: delete what is not a public record when its time is up (run every
minute by the scheduler; see eservices.retention)."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from django.core.management.base import BaseCommand

from eservices.retention import expired_purge


class Command(BaseCommand):
    help = (
        "Delete expired drafts, unused uploads, expired tokens and sessions, and old "
        "idempotency keys, notifications, task results and access-log rows. Never cases."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        purged = expired_purge()
        counts = ", ".join(
            f"{f.name.replace('_', ' ')}: {getattr(purged, f.name)}" for f in fields(purged)
        )
        self.stdout.write(f"Deleted {counts}.")
