"""The API under gunicorn against stock Wagtail API v2, a bare Django view and its own SQL,
in one run, on the data in the database named by DATABASE_URL.

gunicorn serves the benchmark settings (`config.settings_benchmark`: ours, plus stock v2
and the ceiling) with one threaded worker per server core, pinned to those cores; the
load generator (wrk, else a Python client) and this runner are pinned to the other cores.
Every scenario runs a closed loop twice per round, for requests/s at `--connections`
and for latencies at one connection (once, at one connection, when a request takes over
100 ms), in a shuffled order each round; the table gives medians over the rounds.
Queries per request are counted in process, and the floor rows replay those SELECT
statements on a raw cursor. Before the rounds, a publication is timed
until the API and search show it, with the task worker running.

An empty database is first filled by `benchmarks/generate_city.py` (`--size`). Submissions
leave their cases behind (`bench-run-submitter`'s), as filed cases stay.

    createdb -h 127.0.0.1 -U postgres city_run
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/city_run REDIS_URL=redis://127.0.0.1:6379/6 \\
        .venv/bin/python benchmarks/run.py [--size small] [--rounds 5] [--seconds 3]

`--smoke` checks the harness: the smoke city, one short round, the Python client, and no
results file unless `--results` names one.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.runner.server import benchmark_environment  # noqa: E402

os.environ.update(benchmark_environment())

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.migrations.executor import MigrationExecutor  # noqa: E402

from benchmarks.runner import consistency, inprocess, report, scenarios  # noqa: E402
from benchmarks.runner.load import PythonClient, WrkClient, load_client  # noqa: E402
from benchmarks.runner.report import Row  # noqa: E402
from benchmarks.runner.server import THREADS, WORKER_CLASS, gunicorn, split_cores  # noqa: E402

RESULTS = ROOT / "benchmarks" / "RESULTS.md"
PROFILE_SECONDS = 5.0  # about how long the profile of one missed row may take


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="small data, one short round")
    parser.add_argument("--size", default=None, help="generator size for an empty database")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=None)
    parser.add_argument("--seconds", type=float, default=None, help="per pass")
    parser.add_argument("--connections", type=int, default=2, help="for requests/s")
    parser.add_argument("--sample", type=int, default=None, help="pages and paths sampled")
    parser.add_argument("--server-cores", type=int, default=1)
    parser.add_argument("--client", choices=["wrk", "python"], default=None)
    parser.add_argument("--results", type=Path, default=None, help="Markdown file to write")
    parser.add_argument("--profile-requests", type=int, default=None)
    parser.add_argument("--consistency-limit", type=float, default=60.0, help="seconds")
    parser.add_argument("--allow-sqlite", action="store_true")
    parser.add_argument("--allow-local-cache", action="store_true", help="run without Redis")
    args = parser.parse_args(argv)
    smoke = args.smoke
    defaults = {
        "size": "smoke" if smoke else "small",
        "rounds": 1 if smoke else 5,
        "seconds": 0.3 if smoke else 3.0,
        "sample": 5 if smoke else 50,
        "client": "python" if smoke else "wrk",
        "profile_requests": 3 if smoke else 50,
        "results": None if smoke else RESULTS,
    }
    for name, value in defaults.items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    return args


def check_services(args: argparse.Namespace) -> None:
    if connection.vendor != "postgresql" and not (args.smoke or args.allow_sqlite):
        sys.exit("run.py: DATABASE_URL must name a PostgreSQL database (or --allow-sqlite).")
    redis = "redis" in settings.CACHES["default"]["BACKEND"].lower()
    if not redis and not (args.smoke or args.allow_local_cache):
        sys.exit("run.py: set REDIS_URL: production shares its cache in Redis.")


def prepare_data(size: str, seed: int) -> None:
    """Migrate when needed; generate the city when the database holds no content."""
    from wagtail.models import Page

    from benchmarks.generate_city import generate

    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        call_command("migrate", verbosity=0)
    if not Page.objects.filter(depth__gt=1).not_exact_type(Page).exists():
        generate(size, seed=seed, stream=sys.stdout)


def rows_for(plan: scenarios.Plan) -> list[Row]:
    """A row per scenario with its queries per request (checked for the expected status),
    and a floor row for each of ours that reads and writes nothing."""
    rows: list[Row] = []
    floors: list[Row] = []
    for scenario in plan.scenarios:
        seen = inprocess.capture(scenario.requests[0])
        if seen.status != scenario.expect:
            sys.exit(f"{scenario.key}: in process {seen.status}, not {scenario.expect}")
        row = Row(scenario, scenario.label, scenario.group, seen.queries)
        row.in_process_ms = seen.milliseconds
        rows.append(row)
        if scenario.group == "ours" and seen.statements and not scenario.writes:
            floors.append(
                Row(
                    scenario,
                    f"SQL of {scenario.label}",
                    "floor",
                    len(seen.statements),
                    of=scenario.key,
                    statements=seen.statements,
                )
            )
    return rows + floors


def verify(port: int, plan: scenarios.Plan) -> None:
    """Every request of every scenario, once over HTTP, answers the expected status."""
    for scenario in plan.scenarios:
        for request in scenario.requests:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            headers = request.header_dict(f"verify-{uuid.uuid4()}")
            conn.request(request.method, request.path, request.body or None, headers)
            status = conn.getresponse().status
            conn.close()
            if status != scenario.expect:
                sys.exit(f"{scenario.key}: {request.path} answered {status}, not {scenario.expect}")


def run_rounds(
    port: int, client: WrkClient | PythonClient, rows: list[Row], args: argparse.Namespace
) -> None:
    rng = random.Random(args.seed)
    run = uuid.uuid4().hex[:8]
    for number in range(1, args.rounds + 1):
        for row in rng.sample(rows, len(rows)):
            tag = f"{run}-{number}-{row.key}"
            requests = row.scenario.requests
            if row.of:
                row.throughput.append(inprocess.replay(row.statements, args.seconds))
            elif row.slow:
                seconds = max(args.seconds, min(30.0, 5 * row.in_process_ms / 1000))
                row.throughput.append(client.run(port, requests, 1, seconds, tag))
            else:
                row.throughput.append(
                    client.run(port, requests, args.connections, args.seconds, f"{tag}-c")
                )
                row.latency.append(client.run(port, requests, 1, args.seconds, f"{tag}-1"))
        print(f"round {number}/{args.rounds} done", flush=True)


def _profile_requests(row: Row, args: argparse.Namespace) -> int:
    affordable = int(PROFILE_SECONDS * 1000 / max(row.in_process_ms, 1.0))
    return max(3, min(args.profile_requests, affordable))


def main(argv: list[str] | None = None) -> None:
    args = arguments(argv)
    check_services(args)
    prepare_data(args.size, args.seed)
    cores = split_cores(args.server_cores)
    if cores.pinned:
        os.sched_setaffinity(0, cores.client)
    client = load_client(prefer_wrk=args.client == "wrk")
    context = report.machine()
    context["dataset"] = report.dataset()
    context["run"] = (
        f"gunicorn, {args.server_cores} {WORKER_CLASS} worker(s) × {THREADS} threads, "
        f"{cores.describe()}; load generator {client.name}; requests/s at "
        f"{args.connections} connections, latencies at one; {args.rounds} round(s) of "
        f"{args.seconds:g} s per pass, scenarios shuffled each round; medians over rounds"
    )
    try:
        with gunicorn(cores, args.server_cores) as port:
            published = consistency.measure(
                port, scenarios.consistency_page(args.seed), args.seed, args.consistency_limit
            )
            plan = scenarios.build(args.seed, args.sample)
            rows = rows_for(plan)
            verify(port, plan)
            run_rounds(port, client, rows, args)
            verify(port, plan)
    finally:
        if isinstance(client, WrkClient):
            client.close()
    profiles = {
        row.key: inprocess.profile(row.scenario.requests[0], _profile_requests(row, args))
        for row in report.missed(rows)
        if not row.of
    }
    context["load average at the end"] = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(report.text(context, plan.facts, rows, published))
    if args.results is not None:
        args.results.write_text(report.markdown(context, plan.facts, rows, published, profiles))
        print(f"\nwritten to {args.results}")


if __name__ == "__main__":
    main()
