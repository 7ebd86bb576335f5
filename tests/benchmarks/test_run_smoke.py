"""`benchmarks/run.py --smoke` runs end to end, so the harness cannot rot unnoticed.

It runs against a database of its own, freshly migrated, which the runner fills with the
smoke city. Timings are
never asserted; only that every scenario was measured and what it cost in queries.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from django.db import connection
from psycopg import sql

from tests.processes import database_url, python

ROWS = [
    "ceiling: bare Django view, fixed JSON",
    "peer: v2 page detail",
    "peer: v2 find by path (the 302 alone)",
    "peer: v2 listing, 20 with image field",
    "ours: page detail",
    "ours: pages/resolve/?path=",
    "ours: listing, 20 pages",
    "ours: navigation",
    "ours: 304 revalidation (If-None-Match)",
    "ours: cached hit (one page, warm)",
    "ours: search, rare term",
    "ours: search, common term",
    "ours: search, very common term",
    "ours: form schema",
    "ours: submission (POST, new key each)",
    "ours: my cases",
    "ours: contact-center stats (30 days)",
    "floor: SQL of page detail",
    "floor: SQL of pages/resolve/?path=",
    "floor: SQL of listing, 20 pages",
    "floor: SQL of search, common term",
    "floor: SQL of my cases",
    "floor: SQL of contact-center stats (30 days)",
]
# Reads that cannot be answered without the database, whatever is cached.
QUERYING = [
    "peer: v2 page detail",
    "ours: page detail",
    "ours: pages/resolve/?path=",
    "ours: listing, 20 pages",
    "ours: search, rare term",
    "ours: submission (POST, new key each)",
    "ours: my cases",
    "ours: contact-center stats (30 days)",
]


@pytest.fixture
def fresh_database(django_db_blocker: Any, tmp_path: Path) -> Iterator[str]:
    """A DATABASE_URL naming a new, migrated database of its own. (Not a copy of the test
    database: tests that commit flush it, and Wagtail's root page and collection with it.)"""
    with django_db_blocker.unblock():
        connection.ensure_connection()
        if connection.vendor == "sqlite":
            url = f"sqlite:///{tmp_path / 'bench.sqlite3'}"
            _migrate(url)
            yield url
            return
        db = connection.settings_dict
        name = f"{db['NAME']}_bench_smoke"
        with _maintenance(db) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        url = f"{database_url().rsplit('/', 1)[0]}/{name}"
        try:
            _migrate(url)
            yield url
        finally:
            with _maintenance(db) as admin:
                admin.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
                )


def _migrate(url: str) -> None:
    done = python("manage.py", "migrate", "--noinput", timeout=600, DATABASE_URL=url)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]


def _maintenance(db: dict[str, Any]) -> psycopg.Connection[Any]:
    return psycopg.connect(
        dbname="postgres",
        user=db["USER"],
        password=db["PASSWORD"] or None,
        host=db["HOST"] or "127.0.0.1",
        port=db["PORT"] or 5432,
        autocommit=True,
    )


def _table(markdown: str) -> dict[str, dict[str, str]]:
    """The results table's rows by scenario, each as {column: cell}."""
    lines = [line for line in markdown.splitlines() if line.startswith("| ")]
    columns = [cell.strip() for cell in lines[0].strip("|").split("|")]
    rows = [
        dict(zip(columns, (c.strip() for c in line.strip("|").split("|")), strict=True))
        for line in lines[1:]
    ]
    return {row["scenario"]: row for row in rows}


def test_smoke_run_measures_every_scenario(fresh_database: str, tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    done = python(
        "benchmarks/run.py",
        "--smoke",
        f"--results={results}",
        timeout=600,
        DATABASE_URL=fresh_database,
        VAR_DIR=str(tmp_path / "var"),
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    rows = _table(results.read_text())
    assert set(ROWS) <= set(rows)
    for label, row in rows.items():
        assert label in done.stdout
        assert float(row["req/s"]) > 0, label
        assert not row["result"].startswith("FAILED"), label
        assert row["queries"].isdigit(), label  # a count was taken for every row
    for label in QUERYING:
        assert int(rows[label]["queries"]) > 0, label
    assert "publish → API shows it:" in done.stdout
    assert "publish → search shows it:" in done.stdout
    assert "load generator python http.client" in done.stdout
