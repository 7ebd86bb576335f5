"""Send the notifications that have come due (run every minute by the scheduler)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from eservices.notifications import due_messages, outbox_deliver


class Command(BaseCommand):
    help = "Deliver pending notifications whose time has come, retrying failed ones."

    def handle(self, *args: Any, **options: Any) -> None:
        sent = sum(outbox_deliver(message_id=pk) for pk in due_messages())
        self.stdout.write(f"Sent {sent} notifications.")
