"""gunicorn as the image runs it: its own log lines are redacted like the app's."""

from __future__ import annotations

import json
import re
import signal
import socket
import time
import urllib.request
from pathlib import Path

from tests.processes import ROOT, gunicorn


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for(port: int, server: object, deadline: float = 60) -> None:
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        assert server.poll() is None, "gunicorn stopped while starting"  # type: ignore[attr-defined]
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("gunicorn did not start within a minute")


def test_access_line_has_no_client_address_and_no_query_values(tmp_path: Path) -> None:
    port = _free_port()
    log = tmp_path / "gunicorn.log"
    server = gunicorn(
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        "1",
        "config.wsgi:application",
        log=log,
        LOG_FORMAT="json",
        VAR_DIR=str(tmp_path / "var"),
    )
    try:
        _wait_for(port, server)
        url = f"http://127.0.0.1:{port}/healthz?code=s3cr3t-code&state=s3cr3t-state"
        with urllib.request.urlopen(url, timeout=30) as response:
            assert response.status == 200
            request_id = response.headers["X-Request-ID"]
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    access = [line for line in lines if line["logger"] == "gunicorn.access"]
    assert len(access) == 1
    assert re.fullmatch(rf"GET /healthz 200 \d+ \d+ms request_id={request_id}", access[0]["event"])
    assert any(line["logger"] == "gunicorn.error" for line in lines)  # start-up lines too
    text = log.read_text()
    assert "127.0.0.1" not in text
    assert "s3cr3t" not in text


def test_the_image_starts_gunicorn_with_these_settings() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    command = dockerfile[dockerfile.rindex("CMD") :]
    assert "python:config.gunicorn" in command
