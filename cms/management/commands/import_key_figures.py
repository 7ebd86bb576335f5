"""manage.py import_key_figures FILE: key figure values from CSV (idempotent)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = (
        "Import key figure values from a CSV file with the columns unit (the Swedish unit "
        "page's slug), figure (the key figure's slug), year and value. All rows or none."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="UTF-8 CSV, comma or semicolon separated.")

    def handle(self, *args: Any, **options: Any) -> None:
        from cms.figures import key_figure_values_import, read_csv

        try:
            rows = read_csv(options["file"].read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise CommandError(f"{options['file']}: {exc}") from exc
        report = key_figure_values_import(rows=rows)
        if report.errors:
            for error in report.errors:
                self.stderr.write(error)
            raise CommandError(f"{len(report.errors)} rows have errors; nothing was imported.")
        self.stdout.write(
            self.style.SUCCESS(
                f"{report.created} created, {report.updated} updated, {report.unchanged} unchanged."
            )
        )
