"""What one request does inside the process: its queries, the floor, and a profile.

Requests go through Django's test client (the whole middleware and view path, no socket)
against the same database and cache the server uses. The floor replays the SELECT
statements one request ran on a raw cursor: what the database alone costs for it.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import re
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from benchmarks.runner.load import Pass, Request, percentiles


@dataclass
class Capture:
    status: int
    queries: int
    statements: list[str] = field(default_factory=list)  # the replayable (read) ones
    milliseconds: float = 0.0
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


def send(client: Client, request: Request) -> Any:
    """The request through the test client, with a fresh value where the request asks."""
    headers = request.header_dict(f"inproc-{uuid.uuid4()}")
    content_type = headers.pop("Content-Type", "application/octet-stream")
    return client.generic(
        request.method,
        request.path,
        data=request.body,
        content_type=content_type,
        headers=headers,
    )


def capture(request: Request) -> Capture:
    """Send once to warm per-process caches, then again with its queries recorded."""
    client = Client()
    send(client, request)
    started = time.perf_counter()
    with CaptureQueriesContext(connection) as captured:
        response = send(client, request)
    took = (time.perf_counter() - started) * 1000
    statements = [q["sql"] for q in captured.captured_queries]
    reads = [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]
    return Capture(
        status=response.status_code,
        queries=len(statements),
        statements=reads,
        milliseconds=took,
        body=response.content if not response.streaming else b"",
        headers={k: v for k, v in response.items()},
    )


def replay(statements: list[str], seconds: float) -> Pass:
    """The statements in turn on one raw cursor, as often as they fit in `seconds`."""
    samples: list[float] = []
    deadline = time.perf_counter() + seconds
    started = time.perf_counter()
    with connection.cursor() as cursor:
        while time.perf_counter() < deadline:
            begun = time.perf_counter()
            for statement in statements:
                cursor.execute(statement)
                cursor.fetchall()
            samples.append((time.perf_counter() - begun) * 1000)
    elapsed = time.perf_counter() - started
    return Pass(len(samples), elapsed, 0, *percentiles(samples))


def profile(request: Request, repeat: int, lines: int = 20) -> str:
    """cProfile of `repeat` requests after a warm-up, as text: the project's own functions
    by cumulative time (where the request spends it), then every function by own time."""
    client = Client()
    send(client, request)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeat):
        send(client, request)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    out.write(f"{repeat} requests; the project's functions by cumulative time:\n")
    stats.sort_stats("cumulative").print_stats(OUR_CODE, lines)
    out.write("every function by own time:\n")
    stats.sort_stats("tottime").print_stats(lines)
    return _trim(out.getvalue())


ROOT = str(Path(__file__).resolve().parents[2]) + "/"
OUR_CODE = "/(api|cms|config|contactcenter|eservices|identity|open311|search)/"


def _trim(text: str) -> str:
    """pstats' report without blank lines, its preamble and the long path prefixes."""
    kept = [line.rstrip() for line in text.splitlines() if line.strip()]
    dropped = ("Ordered by", "List reduced", "function calls")
    lines = [line for line in kept if not line.lstrip().startswith(dropped)]
    lines = [line for line in lines if "function calls" not in line]
    site = re.compile(r"\S*/site-packages/")
    return "\n".join(site.sub("", line).replace(ROOT, "") for line in lines)
