"""My page at scale: `GET /api/v1/me/cases/` with a million cases in the table, beside the
bare SQL of the same request replayed on a raw cursor, in the same run.

Seeds PostgreSQL (named by DATABASE_URL) once with CITIZENS citizens and CASES cases spread
over them (INSERT … SELECT generate_series: about a minute for a million), then measures,
interleaved over ROUNDS rounds: the API through Django's full request path in process
(middleware, OAuth token check, scope, pagination, rendering; no HTTP server, so no socket
time) for a citizen with a typical number of cases, and the SQL statements that request
ran, captured once and replayed. Target: p95 under 20 ms.

    createdb -h 127.0.0.1 -U postgres city_bench_my_cases
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/city_bench_my_cases \\
        .venv/bin/python benchmarks/my_cases.py [--cases 1000000] [--rounds 5] [--requests 200]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ["DEBUG"] = "false"
os.environ.setdefault("LOG_LEVEL", "WARNING")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from benchmarks.seeding import seed_cases  # noqa: E402
from benchmarks.submissions import _prepare  # noqa: E402

TARGET_P95_MS = 20.0


def seed(cases: int, citizens: int) -> None:
    """Citizens bench-citizen-1…N and cases BENCH-1…M (case g belongs to citizen g mod N)."""
    started = time.perf_counter()
    added = seed_cases(cases, citizens)
    took = time.perf_counter() - started
    print(f"seed: {added} cases for {citizens} citizens in {took:.1f} s")


def token_for(username: str) -> str:
    from django.contrib.auth import get_user_model

    from tests.tokens import user_token

    user = get_user_model().objects.get(username=username)
    return user_token(Client(), user=user, scopes=["cases:read"])


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--citizens", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=200, help="per round")
    args = parser.parse_args()
    _prepare()
    seed(args.cases, args.citizens)

    from eservices.models import Case

    username = "bench-citizen-4242"
    token = token_for(username)
    client = Client(HTTP_AUTHORIZATION=f"Bearer {token}")
    url = "/api/v1/me/cases/"
    with CaptureQueriesContext(connection) as captured:
        answer = client.get(url)
    assert answer.status_code == 200, answer.content
    listed = answer.json()
    statements = [q["sql"] for q in captured.captured_queries]

    api: list[float] = []
    sql: list[float] = []
    for _round in range(args.rounds):
        for _ in range(args.requests):
            started = time.perf_counter()
            client.get(url)
            api.append((time.perf_counter() - started) * 1000)
        with connection.cursor() as cursor:
            for _ in range(args.requests):
                started = time.perf_counter()
                for statement in statements:
                    cursor.execute(statement)
                    cursor.fetchall()
                sql.append((time.perf_counter() - started) * 1000)

    total = Case.objects.count()
    print()
    print(f"machine: {platform.node()} {platform.machine()}, {os.cpu_count()} cores")
    print(f"cases in the table: {total}; this citizen's: {listed['count']}")
    print(f"queries per request: {len(statements)}")
    print(f"{'':22}{'p50 ms':>10}{'p95 ms':>10}{'p99 ms':>10}")
    for name, samples in (("GET me/cases/ (API)", api), ("same SQL, raw cursor", sql)):
        cells = "".join(f"{percentile(samples, p):10.2f}" for p in (0.5, 0.95, 0.99))
        print(f"{name:22}{cells}")
    ratio = statistics.median(api) / statistics.median(sql)
    p95 = percentile(api, 0.95)
    verdict = "met" if p95 < TARGET_P95_MS else "MISSED"
    print(f"API/SQL (median): {ratio:.1f}x; target p95 < {TARGET_P95_MS:.0f} ms: {verdict}")


if __name__ == "__main__":
    main()
