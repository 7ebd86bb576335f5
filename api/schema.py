"""OpenAPI generation hooks."""

from __future__ import annotations

from typing import Any

API_PREFIX = "/api/"


def only_public_api(endpoints: list[tuple[Any, ...]], **_kwargs: Any) -> list[tuple[Any, ...]]:
    """Keep only our own /api/ routes; Wagtail's admin API views break introspection."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith(API_PREFIX)]
