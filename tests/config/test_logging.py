"""Structured logs carry a request id and never personal data or tokens."""

from __future__ import annotations

import io
import json
import logging
from typing import Any

import pytest
from django.http import HttpRequest
from django.test import Client
from django.urls import path

from config.logging import REDACTED, build_logging, redact


def _failing_view(request: HttpRequest) -> Any:
    raise RuntimeError("the view failed")


# The URLs of this module's tests that ask for them (pytest.mark.urls).
urlpatterns = [path("callback/", _failing_view)]


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


def test_personal_data_inside_lists_and_dicts_is_masked() -> None:
    event = {
        "event": "sent",
        "recipients": ["anna.andersson@example.se", "070-123 45 67"],
        "person": {"pnr": "19900101-1234", "token": "abc", "nested": ("19900101-1234",)},
        "attempts": 2,
    }
    out = redact(None, "info", event)
    assert "anna.andersson" not in str(out) and "1234" not in str(out)
    assert out["person"]["token"] == REDACTED
    assert isinstance(out["person"]["nested"], tuple)
    assert out["attempts"] == 2


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
    """Captures request lines and Django's error lines through the project's JSON formatter."""
    config = build_logging(level="INFO", fmt="json")
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    structured = config["formatters"]["structured"]
    factory = structured.pop("()")
    handler.setFormatter(factory(**structured))
    loggers = [logging.getLogger(name) for name in ("django_structlog", "django.request")]
    for logger in loggers:
        logger.addHandler(handler)
    yield stream
    for logger in loggers:
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


@pytest.mark.django_db
@pytest.mark.urls("tests.config.test_logging")
def test_a_server_error_logs_no_query_values(json_log: io.StringIO) -> None:
    response = Client(raise_request_exception=False).get(
        "/callback/?code=s3cr3t-code&state=s3cr3t-state"
    )
    assert response.status_code == 500
    logged = json_log.getvalue()
    lines = [json.loads(line) for line in logged.splitlines()]
    assert any(line["logger"] == "django.request" for line in lines)  # the error line is there
    assert "the view failed" in logged
    assert "s3cr3t" not in logged


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("Error handling request GET /cb?code=abc123&state=xyz", "/cb?code=", "abc123"),
        ("Invalid request from ip=203.0.113.7: bad line", "Invalid request", "203.0.113.7"),
        ("peer 2001:db8::7 closed", "closed", "2001:db8::7"),
        ("peer ::1 closed", "closed", "::1"),
    ],
)
def test_query_values_and_addresses_in_free_text_are_masked(
    text: str, kept: str, gone: str
) -> None:
    out = redact(None, "info", {"event": text})["event"]
    assert kept in out
    assert gone not in out


def test_times_and_versions_are_not_taken_for_addresses() -> None:
    text = "opened 12:30:45 with wagtail 8.0.1"
    assert redact(None, "info", {"event": text})["event"] == text
