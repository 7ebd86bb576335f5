"""Closed-loop HTTP load against the server under test: wrk when installed, else Python.

Both clients keep their connections alive (gunicorn's threaded worker, the production
choice, honours keep-alive), send each scenario's requests in turn, and give the same
figures: answers, seconds, failures (no answer, or a status of 400 and above) and latency
percentiles. A request may name a header that gets a fresh value every time it is sent
(an `Idempotency-Key`), so repeated submissions are new submissions.
"""

from __future__ import annotations

import http.client
import json
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    fresh_header: str = ""  # given a new value on every send

    def header_dict(self, fresh: str = "") -> dict[str, str]:
        headers = dict(self.headers)
        if self.fresh_header:
            headers[self.fresh_header] = fresh
        return headers


@dataclass
class Pass:
    """One closed-loop run of one scenario."""

    answers: int
    seconds: float
    failures: int
    p50: float  # milliseconds
    p95: float
    p99: float

    @property
    def rate(self) -> float:
        return self.answers / self.seconds if self.seconds else 0.0


@dataclass
class PythonClient:
    """Threads with one keep-alive http.client connection each, as fast as answers come."""

    name: str = "python http.client"

    def run(
        self, port: int, requests: list[Request], connections: int, seconds: float, tag: str
    ) -> Pass:
        latencies: list[float] = []
        failures = [0]
        lock = threading.Lock()
        deadline = time.perf_counter() + seconds

        def loop(number: int) -> None:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            sent, own, bad = 0, [], 0
            while time.perf_counter() < deadline:
                request = requests[(sent + number) % len(requests)]
                sent += 1
                started = time.perf_counter()
                try:
                    headers = request.header_dict(f"{tag}-{number}-{sent}")
                    conn.request(request.method, request.path, request.body or None, headers)
                    response = conn.getresponse()
                    response.read()
                    bad += response.status >= 400
                except (OSError, http.client.HTTPException):
                    bad += 1
                    conn.close()
                own.append((time.perf_counter() - started) * 1000)
            conn.close()
            with lock:
                latencies.extend(own)
                failures[0] += bad

        started = time.perf_counter()
        threads = [threading.Thread(target=loop, args=(n,)) for n in range(connections)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
        return Pass(len(latencies), elapsed, failures[0], *percentiles(latencies))


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    """p50, p95 and p99 (nearest rank) of the samples; zeros when there are none."""
    if not samples:
        return 0.0, 0.0, 0.0
    ordered = sorted(samples)
    last = len(ordered) - 1
    return tuple(ordered[min(last, int(share * len(ordered)))] for share in (0.5, 0.95, 0.99))  # type: ignore[return-value]


# The script wrk runs: requests in turn, a fresh header value per request where asked,
# and the summary as one JSON line from done() (latencies in microseconds).
_WRK_SCRIPT = """
local requests = {%(requests)s}
local sent = 0
local tag = "run"
function init(args)
  tag = args[1] or tag
end
function request()
  sent = sent + 1
  local r = requests[(sent %% #requests) + 1]
  local headers = r.headers
  if r.fresh then
    headers = {}
    for k, v in pairs(r.headers) do headers[k] = v end
    headers[r.fresh] = tag .. "-" .. sent
  end
  return wrk.format(r.method, r.path, headers, r.body)
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '\\n{"answers": %%d, "microseconds": %%d, "failures": %%d, ' ..
    '"p50": %%f, "p95": %%f, "p99": %%f}\\n',
    summary.requests, summary.duration,
    e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
"""


def _lua_string(value: str | bytes) -> str:
    """A Lua string literal for any bytes (decimal escapes for all but plain characters)."""
    raw = value.encode() if isinstance(value, str) else value
    plain = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-_.:=&?, ")
    return '"' + "".join(chr(b) if b in plain else f"\\{b:03d}" for b in raw) + '"'


def _lua_request(request: Request) -> str:
    headers = ", ".join(
        f"[{_lua_string(k)}] = {_lua_string(v)}" for k, v in request.header_dict().items()
    )
    body = _lua_string(request.body) if request.body else "nil"
    fresh = _lua_string(request.fresh_header) if request.fresh_header else "nil"
    return (
        f"{{method = {_lua_string(request.method)}, path = {_lua_string(request.path)}, "
        f"headers = {{{headers}}}, body = {body}, fresh = {fresh}}}"
    )


@dataclass
class WrkClient:
    """Debian's wrk (one thread: its own core is enough for one server core)."""

    binary: str
    name: str = "wrk"
    _scripts: dict[tuple[Request, ...], Path] = field(default_factory=dict)

    def run(
        self, port: int, requests: list[Request], connections: int, seconds: float, tag: str
    ) -> Pass:
        script = self._script(requests)
        command = [
            self.binary,
            "--threads=1",
            f"--connections={connections}",
            f"--duration={max(1, round(seconds))}s",
            "--timeout=60s",
            f"--script={script}",
            f"http://127.0.0.1:{port}",
            "--",
            tag,
        ]
        done = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603
        summary = json.loads(done.stdout.strip().splitlines()[-1])
        return Pass(
            answers=summary["answers"],
            seconds=summary["microseconds"] / 1e6,
            failures=summary["failures"],
            p50=summary["p50"] / 1000,
            p95=summary["p95"] / 1000,
            p99=summary["p99"] / 1000,
        )

    def _script(self, requests: list[Request]) -> Path:
        key = tuple(requests)
        if key not in self._scripts:
            body = ",\n".join(_lua_request(r) for r in requests)
            handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - removed with the folder
                "w", suffix=".lua", prefix="bench-", delete=False
            )
            with handle:
                handle.write(_WRK_SCRIPT % {"requests": body})
            self._scripts[key] = Path(handle.name)
        return self._scripts[key]

    def close(self) -> None:
        for script in self._scripts.values():
            script.unlink(missing_ok=True)


def load_client(prefer_wrk: bool) -> WrkClient | PythonClient:
    """wrk when asked for and installed, else the Python client."""
    binary = shutil.which("wrk") if prefer_wrk else None
    if binary:
        version = subprocess.run(  # noqa: S603
            [binary, "--version"], capture_output=True, text=True, check=False
        ).stdout.split()
        return WrkClient(binary=binary, name=" ".join(version[:2]) or "wrk")
    return PythonClient()
