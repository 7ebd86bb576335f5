"""Rebuild the shared search index from every registered source."""

from __future__ import annotations

import sys
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from search.engines import ENGINES, get_engine
from search.services import index_rebuild, total_keys


class Command(BaseCommand):
    help = "Index every page, unit, answer and directory entry again (searches keep working)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--engine", choices=sorted(ENGINES), help="Default: the configured SEARCH_ENGINE."
        )
        parser.add_argument(
            "--if-empty", action="store_true", help="Only when the index holds no documents."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["if_empty"] and get_engine(options.get("engine")).count():
            self.stdout.write("The search index already holds documents: nothing to do.")
            return
        total = total_keys()
        done = 0
        started = time.monotonic()
        show = self.stdout.isatty() if hasattr(self.stdout, "isatty") else sys.stdout.isatty()

        def progress(count: int) -> None:
            nonlocal done
            done += count
            width = 30
            filled = int(width * done / total) if total else width
            bar = "#" * filled + "-" * (width - filled)
            line = f"[{bar}] {done}/{total} documents"
            self.stdout.write(("\r" + line) if show else line, ending="" if show else "\n")

        count = index_rebuild(engine_name=options.get("engine"), progress=progress)
        if show:
            self.stdout.write("")
        seconds = time.monotonic() - started
        self.stdout.write(f"Indexed {count} documents in {seconds:.1f} s.")
