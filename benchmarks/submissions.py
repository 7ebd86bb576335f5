"""Submissions per second: the API under gunicorn against a bare insert of the same rows.

Three phases in one run, on the PostgreSQL database named by DATABASE_URL:

1. closed loop: CLIENTS keep one submission each in flight for SECONDS; submissions/s and
   p50/p95 of `POST /api/v1/submissions/` (validation, case, history, receipt in the outbox,
   idempotency record and the worker's task, one transaction);
2. open loop at twice the target (300/s): submissions are offered on a fixed schedule
   whatever the answers; afterwards every 2xx answer's case and receipt are looked up, so
   "zero lost" is counted, not assumed;
3. floor: the same rows written by the same number of threads straight over SQL, one
   transaction per submission, without HTTP, Django or validation.

    createdb -h 127.0.0.1 -U postgres city_bench_submissions
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/city_bench_submissions \\
        .venv/bin/python benchmarks/submissions.py [--seconds 10] [--clients 8] [--workers 2]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ["DEBUG"] = "false"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from benchmarks.seeding import FORM, fault_report_form  # noqa: E402

TARGET_PER_SECOND = 150.0
ANSWERS = {
    "category": "belysning",
    "description": "Gatlampan utanför porten blinkar och slocknar på kvällen.",
    "location": {"lat": 57.7072, "lon": 11.9668},
    "email": "boende@example.se",
}


@dataclass
class Phase:
    name: str
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    references: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, status: int, started: float, reference: str | None) -> None:
        with self.lock:
            self.latencies.append(time.perf_counter() - started)
            self.statuses[status] = self.statuses.get(status, 0) + 1
            if reference:
                self.references.append(reference)

    @property
    def ok(self) -> int:
        return sum(n for status, n in self.statuses.items() if 200 <= status < 300)

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies)
        return 1000 * ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0


def _prepare() -> None:
    if connection.vendor != "postgresql":
        sys.exit("DATABASE_URL must name a PostgreSQL database.")
    call_command("migrate", verbosity=0)
    fault_report_form()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start_server(port: int, workers: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DEBUG": "false",
        "LOG_LEVEL": "WARNING",
        "API_THROTTLE_ANONYMOUS": "1000000/min",
        "CONN_MAX_AGE": "60",
    }
    server = subprocess.Popen(  # noqa: S603 - a fixed command line
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi",
            f"--workers={workers}",
            f"--bind=127.0.0.1:{port}",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=env,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    sys.exit("gunicorn did not start")


def _submit(conn: http.client.HTTPConnection, phase: Phase) -> None:
    body = json.dumps({"form": FORM, "data": ANSWERS})
    headers = {"Content-Type": "application/json", "Idempotency-Key": str(uuid.uuid4())}
    started = time.perf_counter()
    try:
        conn.request("POST", "/api/v1/submissions/", body=body, headers=headers)
        response = conn.getresponse()
        payload = response.read()
        reference = json.loads(payload).get("reference") if response.status == 201 else None
        phase.record(response.status, started, reference)
    except (OSError, http.client.HTTPException):
        phase.record(0, started, None)
        conn.close()


def closed_loop(port: int, clients: int, seconds: float) -> Phase:
    phase = Phase("closed loop")
    deadline = time.perf_counter() + seconds

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.perf_counter() < deadline:
            _submit(conn, phase)

    _run_threads(client, clients)
    phase.seconds = seconds
    return phase


def open_loop(port: int, rate: float, seconds: float, clients: int) -> Phase:
    """Offer `rate` submissions a second on a fixed schedule, late or not."""
    phase = Phase(f"open loop {rate:.0f}/s")
    total = int(rate * seconds)
    start = time.perf_counter() + 0.2
    slots = iter(range(total))
    slot_lock = threading.Lock()

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while True:
            with slot_lock:
                n = next(slots, None)
            if n is None:
                return
            wait = start + n / rate - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            _submit(conn, phase)

    _run_threads(client, clients)
    phase.seconds = time.perf_counter() - start
    return phase


def bare_inserts(clients: int, seconds: float) -> Phase:
    """The rows one submission writes, inserted over SQL, one transaction each."""
    from eservices.models import FormVersion

    version = FormVersion.objects.filter(form__slug=FORM).order_by("-number").first()
    assert version is not None
    phase = Phase("bare SQL insert")
    deadline = time.perf_counter() + seconds
    settings = connection.settings_dict

    def client() -> None:
        import psycopg

        with psycopg.connect(
            dbname=settings["NAME"],
            user=settings["USER"],
            password=settings["PASSWORD"] or None,
            host=settings["HOST"] or "127.0.0.1",
            port=settings["PORT"] or 5432,
        ) as db:
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                with db.transaction():
                    _insert_rows(db, version.pk, version.organisation_id)
                phase.record(201, started, None)

    _run_threads(client, clients)
    phase.seconds = seconds
    return phase


def _insert_rows(db: object, version_id: int, organisation_id: int) -> None:
    cur = db.cursor()  # type: ignore[attr-defined]
    cur.execute("SELECT 1 FROM eservices_casesequence WHERE year = 2000 FOR UPDATE")
    cur.execute(
        "INSERT INTO eservices_casesequence (year, last) VALUES (2000, 1) "
        "ON CONFLICT (year) DO UPDATE SET last = eservices_casesequence.last + 1 RETURNING last"
    )
    number = cur.fetchone()[0]
    cur.execute(
        "INSERT INTO eservices_case (reference, form_version_id, organisation_id, status, data, "
        "locale, client_id, receipt_email, receipt_phone, status_reason, status_changed_at, "
        "created_at, updated_at) VALUES (%s, %s, %s, 'received', %s, 'sv', '', %s, '', '', "
        "now(), now(), now()) RETURNING id",
        [f"BENCH-2000-{number:09d}", version_id, organisation_id, json.dumps(ANSWERS), "a@b.se"],
    )
    case_id = cur.fetchone()[0]
    cur.execute(
        "INSERT INTO eservices_caseevent (case_id, status, reason, note, internal_note, "
        "client_id, created_at) VALUES (%s, 'received', '', '', '', '', now())",
        [case_id],
    )
    cur.execute(
        "INSERT INTO eservices_outboxmessage (id, case_id, channel, kind, recipient, subject, "
        "body, state, attempts, next_attempt_at, last_error, created_at) VALUES "
        "(%s, %s, 'email', 'receipt', 'a@b.se', 's', 'b', 'pending', 0, now(), '', now())",
        [uuid.uuid4(), case_id],
    )
    cur.execute(
        "INSERT INTO eservices_idempotencykey (owner, key, request_hash, state, response_status, "
        "response_body, case_id, created_at) VALUES ('anonymous', %s, 'h', 'completed', 201, "
        "'{}', %s, now())",
        [str(uuid.uuid4()), case_id],
    )


def _run_threads(target: Callable[[], None], count: int) -> None:
    threads = [threading.Thread(target=target) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def lost(phase: Phase) -> int:
    """2xx answers whose case or receipt is not in the database."""
    from eservices.models import Case

    found = set(
        Case.objects.filter(reference__in=phase.references, outbox__kind="receipt").values_list(
            "reference", flat=True
        )
    )
    return len(set(phase.references) - found) + (phase.ok - len(phase.references))


def _cleanup() -> None:
    """Remove the floor's rows; the API's cases stay, as any filed case does."""
    from eservices.models import Case, CaseSequence, IdempotencyKey

    IdempotencyKey.objects.filter(case__reference__startswith="BENCH-").delete()
    Case.objects.filter(reference__startswith="BENCH-").delete()
    CaseSequence.objects.filter(year=2000).delete()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    args = parser.parse_args()
    _prepare()
    port = _free_port()
    server = _start_server(port, args.workers)
    try:
        closed_loop(port, 2, 2.0)  # warm up every worker's connections and caches
        ours = closed_loop(port, args.clients, args.seconds)
        offered = open_loop(port, 2 * TARGET_PER_SECOND, args.seconds, max(args.clients, 32))
    finally:
        server.terminate()
        server.wait(timeout=30)
    floor = bare_inserts(args.clients, args.seconds)
    _cleanup()
    _report(args, ours, offered, floor)


def _report(args: argparse.Namespace, ours: Phase, offered: Phase, floor: Phase) -> None:
    print(
        f"\nmachine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )
    print(
        f"gunicorn workers: {args.workers}, clients: {args.clients}, {args.seconds:.0f} s a phase"
    )
    print(f"{'phase':<22}{'answers':>9}{'2xx/s':>9}{'p50 ms':>9}{'p95 ms':>9}  statuses")
    for phase in (ours, offered, floor):
        rate = phase.ok / phase.seconds if phase.seconds else 0
        print(
            f"{phase.name:<22}{sum(phase.statuses.values()):>9}{rate:>9.1f}"
            f"{phase.percentile(0.5):>9.1f}{phase.percentile(0.95):>9.1f}  {phase.statuses}"
        )
    ours_rate, floor_rate = ours.ok / ours.seconds, floor.ok / floor.seconds
    print(f"\nours / bare SQL: {ours_rate / floor_rate:.2f} of the floor's rate")
    verdict = "met" if ours_rate >= TARGET_PER_SECOND else "MISSED"
    print(f"target >= {TARGET_PER_SECOND:.0f} submissions/s: {ours_rate:.1f} ({verdict})")
    print(
        f"open loop at {2 * TARGET_PER_SECOND:.0f}/s: {offered.ok} answered 2xx, "
        f"{lost(offered)} of them lost (target 0)"
    )


if __name__ == "__main__":
    main()
