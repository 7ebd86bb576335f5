"""Dispose of the cases a recorded disposal decision covers (eservices.disposal)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from eservices.disposal import decision_execute
from eservices.models import DisposalDecision


class Command(BaseCommand):
    help = "Delete the closed cases a disposal decision covers, registering each one."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("decision", help="The decision's reference, e.g. 'KS 2026/412'.")
        parser.add_argument("--by", required=True, help="Who runs the disposal (registered).")
        parser.add_argument("--dry-run", action="store_true", help="Only list what would go.")

    def handle(self, *args: Any, **options: Any) -> None:
        decision = DisposalDecision.objects.filter(reference=options["decision"]).first()
        if decision is None:
            raise CommandError(f"No disposal decision {options['decision']!r}.")
        done = decision_execute(decision, by=options["by"], dry_run=options["dry_run"])
        verb = "Would dispose of" if options["dry_run"] else "Disposed of"
        self.stdout.write(f"{verb} {len(done.references)} cases under {decision.reference}.")
        for reference in done.references:
            self.stdout.write(f"  {reference}")
