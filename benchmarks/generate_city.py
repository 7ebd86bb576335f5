"""A city-sized dataset in minutes: a seeded generator that bulk-creates what the platform
serves, for benchmarks that need realistic volumes.

`city` (the default) is 300 former sites under their organisations, 100 000 pages in four
locales (sv and its en, fi, ar translations) with StreamField bodies, 20 000 images with
every API rendition, 20 000 redirects plus the old sites' URL map, 500 view restrictions,
the published fault-report form, 1 000 000 cases and 1 000 000 logged contacts, and the
shared search index over it all. `small` is about a fiftieth, `smoke` a few dozen pages
for tests. The same size and seed give the same content (row ids and the cases' times,
which count back from now, aside).

The database must be migrated (the command line migrates it) and hold no content pages:
the generator builds the whole tree. A re-run on a database it has filled with the same
size and seed does nothing; anything else is refused. Generated objects are recognisable:
the site is named "Staden (generated …)", images and legacy hosts start with `citygen`,
cases are `BENCH-<n>`, contacts have client id `bench`.

    createdb -h 127.0.0.1 -U postgres city_gen
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/city_gen \\
        .venv/bin/python benchmarks/generate_city.py --size small [--seed 1]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("DEBUG", "false")
    import django

    django.setup()

from django.core.management import call_command
from django.db import connection, transaction

MARK = "Staden (generated"


@dataclass(frozen=True)
class Size:
    sites: int
    pages: int  # in all locales together
    images: int
    pool: int  # distinct pictures drawn; the other images share their files
    redirects: int
    restrictions: int
    cases: int
    citizens: int
    contacts: int


SIZES = {
    "smoke": Size(3, 80, 6, 3, 12, 3, 100, 10, 100),
    "small": Size(6, 2_000, 400, 40, 400, 10, 20_000, 2_000, 20_000),
    "city": Size(300, 100_000, 20_000, 100, 20_000, 500, 1_000_000, 100_000, 1_000_000),
}


class Refused(Exception):
    """The database is not one this generator may fill."""


class Progress:
    """Per-step counts, rows per second and the total time, printed as they happen."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.counts: dict[str, int] = {}
        self.started = time.perf_counter()

    @contextmanager
    def step(self, kind: str) -> Iterator[dict[str, int]]:
        began = time.perf_counter()
        counted: dict[str, int] = {}
        yield counted
        took = time.perf_counter() - began
        for name, count in counted.items():
            self.counts[name] = self.counts.get(name, 0) + count
            rate = count / took if took else 0.0
            self.say(f"  {name:<20} {count:>9,} in {took:7.1f} s = {rate:>9,.0f} rows/s")
        if not counted:
            self.say(f"  {kind:<20} {'':>9} in {took:7.1f} s")

    def say(self, line: str) -> None:
        print(line, file=self.stream, flush=True)


def marker(size: str, seed: int) -> str:
    return f"{MARK} {size}, seed {seed})"


def check(size: str, seed: int) -> bool:
    """True when this dataset is already there; Refused when the database holds other
    content or an unfinished run."""
    from wagtail.models import Page, Site

    names = list(
        Site.objects.filter(site_name__startswith=MARK).values_list("site_name", flat=True)
    )
    if names:
        if names == [marker(size, seed)]:
            return True
        raise Refused(f"The database holds another generated dataset ({names[0]}).")
    if Page.objects.filter(depth__gt=1).not_exact_type(Page).exists():
        raise Refused(
            "The database already holds content pages (an unfinished run or other data); "
            "generate into a fresh, migrated database."
        )
    return False


def generate(size: str = "small", seed: int = 1, stream: TextIO = sys.stdout) -> dict[str, int]:
    """Fill the (migrated) database with the dataset of this size; counts by kind."""
    from benchmarks import city_build

    if size not in SIZES:
        raise ValueError(f"size must be one of {', '.join(SIZES)}")
    progress = Progress(stream)
    if check(size, seed):
        progress.say(f"The {size} dataset (seed {seed}) is already here: nothing to do.")
        return city_build.counts()
    spec = SIZES[size]
    progress.say(f"Generating the {size} city (seed {seed}) on {connection.vendor}:")
    with transaction.atomic():
        build = city_build.Build(spec, seed, progress)
        build.content()
    build.eservices()
    build.contacts()
    build.search()
    city_build.settle(progress)
    city_build.finish(marker(size, seed))
    total = time.perf_counter() - progress.started
    progress.say(f"Done in {total:.1f} s.")
    return city_build.counts()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=list(SIZES), default="city")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--allow-sqlite", action="store_true", help="for sizes above smoke")
    args = parser.parse_args(argv)
    if connection.vendor == "sqlite" and args.size != "smoke" and not args.allow_sqlite:
        sys.exit("generate_city: SQLite; set a PostgreSQL DATABASE_URL or pass --allow-sqlite.")
    call_command("migrate", verbosity=0)
    try:
        counts = generate(args.size, args.seed)
    except Refused as exc:
        sys.exit(f"generate_city: {exc}")
    print(", ".join(f"{kind} {count:,}" for kind, count in counts.items()))


if __name__ == "__main__":
    main()
