"""The processes under test: gunicorn as the Docker image runs it, and the task worker.

The server gets its own cores (one worker per core) and everything the runner does, the
load generator included, runs on the others, so the two never compete for a core.
PostgreSQL and Redis run wherever the operating system puts them.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = "config.settings_benchmark"
# The Dockerfile's choice: threaded workers, eight threads each.
WORKER_CLASS = "gthread"
THREADS = 8


@dataclass(frozen=True)
class Cores:
    server: frozenset[int]
    client: frozenset[int]

    @property
    def pinned(self) -> bool:
        return bool(self.server and self.client)

    def describe(self) -> str:
        if not self.pinned:
            return "not pinned (fewer than two cores available)"
        return (
            f"server on core(s) {','.join(map(str, sorted(self.server)))}, "
            f"load generator and runner on {','.join(map(str, sorted(self.client)))}"
        )


def split_cores(server_cores: int) -> Cores:
    """The first `server_cores` available cores for gunicorn, the rest for the client."""
    available = sorted(os.sched_getaffinity(0))
    if len(available) <= server_cores:
        return Cores(frozenset(), frozenset())
    return Cores(frozenset(available[:server_cores]), frozenset(available[server_cores:]))


def benchmark_environment() -> dict[str, str]:
    """What the runner and its children run with: the benchmark settings, production's
    persistent connections, and rate limits that no run reaches (they would answer 429
    long before a core is busy; the throttle's own work is still done)."""
    return {
        "DJANGO_SETTINGS_MODULE": SETTINGS,
        "DEBUG": "false",
        "LOG_LEVEL": os.environ.get("LOG_LEVEL", "WARNING"),
        "CONN_MAX_AGE": "60",
        "API_THROTTLE_ANONYMOUS": "100000000/min",
        "API_THROTTLE_CLIENT": "100000000/min",
    }


def child_environment() -> dict[str, str]:
    return {**os.environ, **benchmark_environment()}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def gunicorn(cores: Cores, workers: int) -> Iterator[int]:
    """gunicorn serving the benchmark settings on a free port; yields the port."""
    port = free_port()
    pin = cores.server

    def on_server_cores() -> None:
        if pin:
            os.sched_setaffinity(0, pin)

    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "config.wsgi:application",
        f"--bind=127.0.0.1:{port}",
        f"--workers={workers}",
        f"--worker-class={WORKER_CLASS}",
        f"--threads={THREADS}",
        "--timeout=120",
        "--log-level=warning",
    ]
    server = subprocess.Popen(  # noqa: S603 - a fixed command line
        command, cwd=ROOT, env=child_environment(), preexec_fn=on_server_cores
    )
    try:
        _wait_for(port, server)
        yield port
    finally:
        _stop(server)


def _wait_for(port: int, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit("gunicorn stopped while starting")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    server.kill()
    sys.exit("gunicorn did not start within a minute")


@contextmanager
def task_worker() -> Iterator[subprocess.Popen[bytes]]:
    """`manage.py db_worker` on every queue, as production runs it, until the block ends."""
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--queue-name", "*", "--no-reload"],
        cwd=ROOT,
        env=child_environment(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield worker
    finally:
        _stop(worker)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM (a graceful stop), SIGKILL after half a minute."""
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
