"""Structured logs carry a request id and never personal data or tokens."""

from __future__ import annotations

import io
import json
import logging
from typing import Any

import pytest

from config.logging import REDACTED, build_logging, redact


def test_secret_keys_are_masked_whatever_they_hold() -> None:
    event = redact(
        None, "info", {"event": "x", "access_token": "abc", "Authorization": "Bearer abc"}
    )
    assert event["access_token"] == REDACTED
    assert event["Authorization"] == REDACTED


@pytest.mark.parametrize(
    "text",
    [
        "citizen 19900101-1234 logged in",
        "citizen 199001011234 logged in",
        "citizen 900101-1234 logged in",
        "header Bearer eyJhbGciOi.abc.def",
        "mail anna.andersson@example.se",
    ],
)
def test_personal_data_in_free_text_is_masked(text: str) -> None:
    out = redact(None, "info", {"event": text})["event"]
    assert REDACTED in out
    assert not any(secret in out for secret in ("1234", "eyJ", "anna.andersson"))


def test_request_lines_lose_their_query_string() -> None:
    out = redact(
        None, "info", {"event": "request_started", "request": "GET /cb?code=s3cr3t&state=x"}
    )
    assert out["request"] == "GET /cb"


def test_request_id_is_left_alone() -> None:
    out = redact(None, "info", {"event": "e", "request_id": "20000101-1234-4000-8000-199001011234"})
    assert out["request_id"] == "20000101-1234-4000-8000-199001011234"


@pytest.fixture
def json_log() -> Any:
    """Captures django_structlog's request lines through the project's JSON formatter."""
    config = build_logging(level="INFO", fmt="json")
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    structured = config["formatters"]["structured"]
    factory = structured.pop("()")
    handler.setFormatter(factory(**structured))
    logger = logging.getLogger("django_structlog")
    logger.addHandler(handler)
    yield stream
    logger.removeHandler(handler)


@pytest.mark.django_db
def test_request_log_is_json_with_request_id_and_no_query(
    client: Any, json_log: io.StringIO, settings: Any
) -> None:
    settings.DJANGO_STRUCTLOG_TRUST_UPSTREAM_REQUEST_ID = True
    response = client.get(
        "/healthz?access_token=s3cr3t&pnr=199001011234", HTTP_X_REQUEST_ID="req-42"
    )
    assert response["X-Request-ID"] == "req-42"
    lines = [json.loads(line) for line in json_log.getvalue().splitlines()]
    started = next(line for line in lines if line["event"] == "request_started")
    assert started["request_id"] == "req-42"
    assert started["request"] == "GET /healthz"
    assert "s3cr3t" not in json_log.getvalue()
    assert "199001011234" not in json_log.getvalue()
    assert "ip" not in started


@pytest.mark.django_db
def test_every_response_carries_a_generated_request_id(client: Any) -> None:
    response = client.get("/healthz")
    assert len(response["X-Request-ID"]) == 36
