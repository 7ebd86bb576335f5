"""Structured logging: JSON lines in production, readable lines in development.

Logs never carry personal data or secrets. Two guards make that hold for
everything that goes through structlog, Django's and gunicorn's lines too,
whatever the call site passes: query strings are dropped from request lines and
query values masked elsewhere (OAuth codes and tokens travel there), and values
that look like Swedish personal identity numbers, bearer tokens, e-mail
addresses or IP addresses are masked.
"""

from __future__ import annotations

import re
from typing import Any

import structlog

REDACTED = "[redacted]"

# Keys whose values are never written, whatever they hold.
SECRET_KEYS = frozenset(
    {
        "authorization",
        "access_token",
        "refresh_token",
        "id_token",
        "token",
        "authorization_code",
        "code_verifier",
        "password",
        "client_secret",
        "secret",
        "cookie",
        "personal_identity_number",
        "email",
        "phone",
        "ip",
        "remote_addr",
    }
)

_HEX = r"[0-9A-Fa-f]{1,4}"

_PATTERNS = [
    # Personal identity numbers: 10 or 12 digits, optional separator (ÅÅMMDD-NNNN, ÅÅÅÅMMDDNNNN).
    re.compile(r"(?<!\d)(?:19|20)?\d{6}[-+]?\d{4}(?!\d)"),
    # Bearer and basic credentials.
    re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+"),
    # E-mail addresses.
    re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"),
    # IPv6 addresses: all eight groups or a "::" (a time such as 12:30:45 has neither).
    re.compile(
        rf"(?<![\w:.])(?:(?:{_HEX}:){{7}}{_HEX}|(?:{_HEX}:){{1,7}}:(?:{_HEX}(?::{_HEX}){{0,6}})?"
        rf"|::{_HEX}(?::{_HEX}){{0,6}})(?:%\w+)?(?![\w:])"
    ),
    # IPv4 addresses.
    re.compile(
        r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])"
    ),
]
# A query parameter's value in a URL anywhere in a text: "?code=…&state=…".
_QUERY_VALUE = re.compile(r"(?<=[?&])([^\s=&#?]+)=[^\s&#\"'<>]*")


# Values we generate ourselves; a UUID can hold a run of digits that looks like an identity number.
_TRUSTED_KEYS = frozenset({"request_id", "correlation_id", "timestamp", "level", "logger"})


def _scrub(value: str) -> str:
    value = _QUERY_VALUE.sub(rf"\1={REDACTED}", value)
    for pattern in _PATTERNS:
        value = pattern.sub(REDACTED, value)
    return value


def _text(key: str, value: object) -> str:
    """What a renderer would write for an object: Django's error lines pass the request
    itself, whose repr holds the whole query string."""
    if key == "request" and hasattr(value, "method") and hasattr(value, "path"):
        return f"{value.method} {value.path}"
    return repr(value)


def redact(_logger: Any, _method: str, event_dict: dict[str, Any]) -> dict[str, Any]:
    """structlog processor: masks secret keys and personal data in string values."""
    for key, value in list(event_dict.items()):
        if key in _TRUSTED_KEYS:
            continue
        if key.lower() in SECRET_KEYS and value is not None:
            event_dict[key] = REDACTED
        elif key == "request" and isinstance(value, str):
            # "GET /path?query" -> "GET /path": query strings may carry codes and tokens.
            event_dict[key] = _scrub(value.split("?", 1)[0])
        else:
            event_dict[key] = _redacted(key, value)
    return event_dict


def _redacted(key: str, value: Any) -> Any:
    """A value with its strings scrubbed, inside lists, tuples and dicts too (their secret
    keys masked whole); other objects as the text a renderer would write for them."""
    if isinstance(value, str):
        return _scrub(value)
    if isinstance(value, int | float | bool | type(None)):
        return value
    if isinstance(value, list | tuple):
        return type(value)(_redacted(key, item) for item in value)
    if isinstance(value, dict):
        return {
            k: REDACTED if str(k).lower() in SECRET_KEYS else _redacted(str(k), item)
            for k, item in value.items()
        }
    return _scrub(_text(key, value))


def build_logging(*, level: str, fmt: str) -> dict[str, Any]:
    """The LOGGING dict: every logger (Django's too) rendered by structlog with redaction."""
    renderer: Any = (
        structlog.processors.JSONRenderer()
        if fmt == "json"
        else structlog.dev.ConsoleRenderer(colors=False)
    )
    foreign_pre_chain = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        structlog.stdlib.add_logger_name,
        structlog.stdlib.add_log_level,
        structlog.stdlib.ExtraAdder(),
    ]
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "structured": {
                "()": structlog.stdlib.ProcessorFormatter,
                "processors": [
                    structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                    # Before redaction, so that a traceback's text is scrubbed too.
                    structlog.processors.format_exc_info,
                    redact,
                    renderer,
                ],
                "foreign_pre_chain": foreign_pre_chain,
            },
        },
        "handlers": {
            "console": {"class": "logging.StreamHandler", "formatter": "structured"},
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            "django": {"handlers": ["console"], "level": level, "propagate": False},
            # Request lines come from django_structlog (with a request id); Django's own are noise.
            "django.server": {"handlers": [], "level": "WARNING", "propagate": False},
            "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
            "django_structlog": {"handlers": ["console"], "level": level, "propagate": False},
            # gunicorn's own lines (config/gunicorn.py): the same formatter and redaction.
            "gunicorn.error": {"handlers": ["console"], "level": level, "propagate": False},
            "gunicorn.access": {"handlers": ["console"], "level": level, "propagate": False},
        },
    }
