"""Escalate forwarded tasks that are past due (the scheduler runs it every minute)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from contactcenter.services import tasks_escalate


class Command(BaseCommand):
    help = "Mark late forwarded tasks as escalated and tell the receiving organisations."

    def handle(self, *args: Any, **options: Any) -> None:
        marked = tasks_escalate()
        self.stdout.write(f"Escalated {len(marked)} late task(s).")
