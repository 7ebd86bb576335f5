"""manage.py import_legacy_site: bring one old site into the page tree (idempotent)."""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from cms.legacy.adapters import ADAPTER_NAMES

BAR_WIDTH = 30


class Command(BaseCommand):
    help = (
        "Import an old site from a WordPress export (wxr), a folder of saved pages or a "
        "sitemap.xml address (html), or a CSV/JSON manifest (manifest). Re-running skips "
        "unchanged items and turns changed ones into drafts; --dry-run writes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", required=True, help="The old site's host name.")
        parser.add_argument("--adapter", required=True, choices=ADAPTER_NAMES)
        parser.add_argument("--source", required=True, help="File, folder or sitemap address.")
        parser.add_argument("--organisation", required=True, help="Owning organisation's slug.")
        parser.add_argument(
            "--parent", default="", help="Target section, e.g. /sv/forskola/ (default: kept)."
        )
        parser.add_argument("--dry-run", action="store_true", help="Report, write nothing.")

    def _progress(self, done: int, total: int) -> None:
        if not sys.stderr.isatty() and done not in {total} and done % 500:
            return
        filled = BAR_WIDTH * done // max(total, 1)
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        self.stderr.write(f"\r[{bar}] {done}/{total}", ending="\n" if done == total else "")

    def handle(self, *args: Any, **options: Any) -> None:
        from cms.legacy.services import (
            LegacyImportError,
            legacy_site_import,
            legacy_site_register,
        )

        try:
            site = legacy_site_register(
                host=options["host"],
                adapter=options["adapter"],
                organisation_slug=options["organisation"],
                source=options["source"],
                parent_path=options["parent"],
            )
        except LegacyImportError as exc:
            raise CommandError(str(exc)) from exc
        if site.parent_page_id is None and not any(r.get("parent") for r in site.rules):
            raise CommandError("Give --parent: the site has no target section yet.")
        try:
            summary = legacy_site_import(
                site=site,
                source=options["source"],
                dry_run=options["dry_run"],
                progress=self._progress,
            )
        except LegacyImportError as exc:
            raise CommandError(str(exc)) from exc
        for source_id, reason in summary.failed:
            self.stderr.write(f"failed {source_id}: {reason}")
        prefix = "Dry run, nothing written: would have " if summary.dry_run else ""
        self.stdout.write(
            self.style.SUCCESS(
                f"{prefix}{summary.created} created, {summary.updated} updated, "
                f"{summary.skipped} skipped, {summary.translated} translated, "
                f"{summary.files} files, {len(summary.failed)} failed, "
                f"{summary.relinked} pages relinked, {summary.redirects} redirects."
            )
        )
