"""The one table a run produces, printed and written to a Markdown results file."""

from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

from benchmarks.runner.consistency import Consistency
from benchmarks.runner.load import Pass
from benchmarks.runner.scenarios import Scenario, Target

SLOW_MS = 100.0


@dataclass
class Row:
    scenario: Scenario
    label: str
    group: str  # ceiling | peer | ours | floor
    queries: int
    throughput: list[Pass] = field(default_factory=list)  # at the run's connections
    latency: list[Pass] = field(default_factory=list)  # at one connection
    of: str = ""  # a floor row: the key of the row whose SQL it replays
    statements: list[str] = field(default_factory=list)  # a floor row's SQL
    in_process_ms: float = 0.0  # one request through the test client, warm

    @property
    def slow(self) -> bool:
        """Too slow for two passes a round: one pass at one connection serves for both."""
        return self.in_process_ms > SLOW_MS

    @property
    def key(self) -> str:
        return f"floor.{self.of}" if self.of else self.scenario.key

    @property
    def rate(self) -> float:
        return statistics.median(p.rate for p in self.throughput) if self.throughput else 0.0

    def latency_ms(self, which: str) -> float:
        passes = self.latency or self.throughput
        return statistics.median(getattr(p, which) for p in passes) if passes else 0.0

    @property
    def answers(self) -> int:
        return sum(p.answers for p in self.throughput + self.latency)

    @property
    def failures(self) -> int:
        return sum(p.failures for p in self.throughput + self.latency)


@dataclass
class Figures:
    """Ratios and verdict of one row against its peer, the ceiling and its floor."""

    peer: float | None
    ceiling: float | None
    floor: float | None
    verdict: str


def figures(row: Row, rows: dict[str, Row]) -> Figures:
    def ratio(other: str) -> float | None:
        base = rows.get(other)
        return row.rate / base.rate if base and base.rate else None

    if row.group != "ours":
        return Figures(None, None, None, _failed(row) or "")
    peer = ratio(row.scenario.peer) if row.scenario.peer else None
    ceiling = ratio("ceiling")
    floor = ratio(f"floor.{row.key}")
    return Figures(peer, ceiling, floor, _failed(row) or _verdict(row, peer, ceiling))


def _failed(row: Row) -> str:
    return f"FAILED: {row.failures} errors" if row.failures else ""


def _verdict(row: Row, peer: float | None, ceiling: float | None) -> str:
    target = row.scenario.target
    if target is None:
        return ""
    missed = _missed(target, row, peer, ceiling)
    return "met" if not missed else "MISSED: " + "; ".join(missed)


def _missed(target: Target, row: Row, peer: float | None, ceiling: float | None) -> list[str]:
    out = []
    if target.peer_ratio is not None and (peer or 0) < target.peer_ratio:
        out.append(f"{peer or 0:.2f}× peer")
    if target.ceiling_share is not None and (ceiling or 0) < target.ceiling_share:
        out.append(f"{ceiling or 0:.0%} of ceiling")
    if target.p95_ms is not None and row.latency_ms("p95") >= target.p95_ms:
        out.append(f"p95 {row.latency_ms('p95'):.1f} ms")
    if target.rate is not None and row.rate < target.rate:
        out.append(f"{row.rate:.0f}/s")
    return out


COLUMNS = (
    "scenario",
    "req/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "queries",
    "ours/peer",
    "ours/ceiling",
    "ours/floor",
    "target",
    "result",
)


def cells(row: Row, rows: dict[str, Row]) -> list[str]:
    f = figures(row, rows)
    target = row.scenario.target.describe() if row.scenario.target and not row.of else ""
    return [
        f"{row.group}: {row.label}",
        f"{row.rate:.1f}",
        f"{row.latency_ms('p50'):.2f}",
        f"{row.latency_ms('p95'):.2f}",
        f"{row.latency_ms('p99'):.2f}",
        str(row.queries),
        _ratio(f.peer),
        _ratio(f.ceiling),
        _ratio(f.floor),
        target,
        f.verdict,
    ]


def _ratio(value: float | None) -> str:
    return f"{value:.2f}" if value is not None else ""


def text_table(rows: list[Row]) -> str:
    by_key = {row.key: row for row in rows}
    body = [list(COLUMNS)] + [cells(row, by_key) for row in rows]
    widths = [max(len(line[i]) for line in body) for i in range(len(COLUMNS))]
    numeric = range(1, 9)
    return "\n".join(
        "  ".join(
            cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i])
            for i, cell in enumerate(line)
        ).rstrip()
        for line in body
    )


def markdown_table(rows: list[Row]) -> str:
    by_key = {row.key: row for row in rows}
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(cells(row, by_key)) + " |" for row in rows]
    return "\n".join(lines)


def missed(rows: list[Row]) -> list[Row]:
    by_key = {row.key: row for row in rows}
    return [row for row in rows if figures(row, by_key).verdict.startswith(("MISSED", "FAILED"))]


# --- Context: machine, versions, data -------------------------------------------------------


def machine() -> dict[str, str]:
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{model or platform.processor()} ({platform.machine()}), "
        f"{os.cpu_count()} cores, load average {load} at the start",
        "versions": ", ".join(
            f"{name} {version(name)}"
            for name in ("Django", "wagtail", "djangorestframework", "gunicorn")
        )
        + f", Python {platform.python_version()}, {_database()}, {_cache()}",
    }


def _database() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            return f"PostgreSQL {cursor.fetchone()[0].split()[0]}"
        cursor.execute("SELECT sqlite_version()")
        return f"SQLite {cursor.fetchone()[0]}"


def _cache() -> str:
    from django.conf import settings

    backend = settings.CACHES["default"]["BACKEND"]
    if "redis" not in backend.lower():
        return "local-memory cache"
    from django_redis import get_redis_connection

    return f"Redis {get_redis_connection('default').info('server')['redis_version']}"


def dataset() -> str:
    """Row counts of what the scenarios read, for the results' heading."""
    from django.db.models import Count
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.models import Page, PageViewRestriction

    from cms.models import CityImage, Organisation
    from cms.models.images import CityRendition
    from contactcenter.models import Contact
    from eservices.models import Case, FormDefinition
    from search.models import SearchEntry

    per_locale = (
        Page.objects.live()
        .filter(depth__gt=1)
        .values_list("locale__language_code")
        .annotate(n=Count("pk"))
        .order_by("locale__language_code")
    )
    counts = {
        "organisations": Organisation.objects.count(),
        "images": CityImage.objects.count(),
        "renditions": CityRendition.objects.count(),
        "redirects": Redirect.objects.count(),
        "view restrictions": PageViewRestriction.objects.count(),
        "search entries": SearchEntry.objects.count(),
        "forms": FormDefinition.objects.count(),
        "cases": Case.objects.count(),
        "contacts": Contact.objects.count(),
    }
    pages = ", ".join(f"{code} {n}" for code, n in per_locale)
    return f"live pages {pages}; " + ", ".join(f"{k} {v}" for k, v in counts.items())


# --- Output ---------------------------------------------------------------------------------

CONSISTENCY_TARGET_S = 5.0


def _consistency_lines(published: Consistency) -> list[str]:
    lines = []
    for what, seconds in (("API", published.api_seconds), ("search", published.search_seconds)):
        shown = f"{seconds:.2f} s" if seconds is not None else "not within the time limit"
        met = seconds is not None and seconds <= CONSISTENCY_TARGET_S
        lines.append(
            f"publish → {what} shows it: {shown} (target ≤ {CONSISTENCY_TARGET_S:g} s: "
            f"{'met' if met else 'MISSED'})"
        )
    lines.append(
        f"(page {published.page_id}; {published.tasks_ahead} tasks were due when it was "
        "published; task worker polling every second)"
    )
    return lines


def _why(row: Row, rows: dict[str, Row]) -> str:
    """Where the median request's time goes, as far as the run's own rows tell."""
    took = row.latency_ms("p50")
    parts = [f"A request takes {took:.2f} ms at the median, one at a time"]
    floor = rows.get(f"floor.{row.key}")
    if floor is not None and took:
        sql = floor.latency_ms("p50")
        parts.append(
            f"its {floor.queries} SELECT statement(s) alone {sql:.2f} ms ({sql / took:.0%}), "
            f"so {took - sql:.2f} ms are spent outside the database's answers"
        )
    ceiling = rows.get("ceiling")
    if ceiling is not None:
        parts.append(f"the bare view's request takes {ceiling.latency_ms('p50'):.2f} ms")
    return "; ".join(parts) + "."


def text(
    context: dict[str, str], facts: dict[str, str], rows: list[Row], published: Consistency
) -> str:
    lines = [f"{k}: {v}" for k, v in context.items()]
    lines += [f"{k}: {v}" for k, v in facts.items()]
    return "\n".join(["", *lines, "", text_table(rows), "", *_consistency_lines(published)])


def markdown(
    context: dict[str, str],
    facts: dict[str, str],
    rows: list[Row],
    published: Consistency,
    profiles: dict[str, str],
) -> str:
    out = ["# Benchmark results (`benchmarks/run.py`)", ""]
    out += [f"- **{k}**: {v}" for k, v in context.items()]
    out += ["", "Picked from the data:", ""]
    out += [f"- {k}: {v}" for k, v in facts.items()]
    out += ["", markdown_table(rows), ""]
    out += [f"- {line}" for line in _consistency_lines(published)]
    by_key = {row.key: row for row in rows}
    failing = missed(rows)
    out += ["", "## Targets missed", ""]
    if not failing:
        out.append("None.")
    for row in failing:
        out += [f"### {row.label}", "", f"{figures(row, by_key).verdict}. {_why(row, by_key)}", ""]
        if row.key in profiles:
            out += ["Where the time goes, in process:", "", "```text", profiles[row.key], "```", ""]
    return "\n".join(out).rstrip() + "\n"
