"""The contact center's retention job (the scheduler runs it with the others; see
contactcenter.retention)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from contactcenter.retention import contact_texts_purge


class Command(BaseCommand):
    help = "Blank old done tasks' instructions and delete old handled feedback on answers."

    def handle(self, *args: Any, **options: Any) -> None:
        purged = contact_texts_purge()
        self.stdout.write(
            f"Blanked {purged.task_texts} task text(s), deleted {purged.feedback} feedback."
        )
