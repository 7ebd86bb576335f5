"""Write the contract's example requests and responses from the loaded demo city."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from api import examples


class Command(BaseCommand):
    help = "Regenerate frontend-contract/examples/ from the demo city (run load_demo_data first)."

    def handle(self, *args: Any, **options: Any) -> None:
        written = examples.write(examples.generate())
        for path in written:
            self.stdout.write(f"wrote {path.relative_to(examples.EXAMPLES_DIR.parent.parent)}")
