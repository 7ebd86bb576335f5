"""manage.py legacy_report: per old site, pages, redirects, broken links and duplicates."""

from __future__ import annotations

import csv
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

COLUMNS = [
    "host",
    "status",
    "pages",
    "redirects",
    "retired",
    "failed",
    "broken_links",
    "duplicates",
]


class Command(BaseCommand):
    help = (
        "Report every legacy site (or --host): imported pages, old addresses answered "
        "with a redirect, retired and failed ones, links still pointing at old addresses, "
        "and pages near-identical to another. --duplicates prints the duplicate groups as CSV."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="", help="Only this site.")
        parser.add_argument("--duplicates", action="store_true", help="Duplicate groups as CSV.")

    def handle(self, *args: Any, **options: Any) -> None:
        from cms.legacy import selectors

        if options["duplicates"]:
            writer = csv.writer(self.stdout)
            writer.writerow(["group", "similarity", "host", "old_url", "title", "page_id"])
            for row in selectors.duplicate_rows():
                writer.writerow(
                    [row.group, row.similarity, row.host, row.old_url, row.title, row.page_id]
                )
            return
        reports = selectors.site_reports(host=options["host"] or None)
        widths = [max([len(c), *(len(str(getattr(r, c))) for r in reports)]) for c in COLUMNS]
        self.stdout.write("  ".join(c.ljust(w) for c, w in zip(COLUMNS, widths, strict=True)))
        for report in reports:
            values = [str(getattr(report, c)) for c in COLUMNS]
            self.stdout.write("  ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)))
        if options["host"]:
            for site_link in _broken(options["host"]):
                self.stdout.write(f"broken link on {site_link.item.old_url}: {site_link.url}")


def _broken(host: str) -> Any:
    from cms.legacy import selectors
    from cms.models import LegacySite

    site = LegacySite.objects.filter(host=host).first()
    return selectors.broken_links(site) if site else []
