"""OpenAPI generation hooks."""

from __future__ import annotations

from typing import Any

from drf_spectacular.contrib.django_oauth_toolkit import DjangoOAuthToolkitScheme
from drf_spectacular.openapi import AutoSchema

API_PREFIX = "/api/"

PROBLEM_SCHEMA = {
    "type": "object",
    "description": "RFC 9457 problem details; `code` is stable and meant for programs.",
    "required": ["type", "code", "title", "status", "detail", "instance"],
    "properties": {
        "type": {"type": "string", "format": "uri"},
        "code": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "field": {"type": "string"},
                    "message": {"type": "string"},
                    "code": {"type": "string"},
                },
            },
        },
    },
    "example": {
        "type": "https://api.stad.example/problems/unknown_parameter",
        "code": "unknown_parameter",
        "title": "Unknown query parameter",
        "status": 400,
        "detail": "colour: Unknown query parameter.",
        "instance": "/api/v1/pages/",
        "errors": [{"field": "colour", "message": "Unknown query parameter.", "code": "invalid"}],
    },
}

_PROBLEMS = {
    "400": "The request has unknown parameters or invalid values.",
    "401": "A valid access token is required.",
    "403": "The access token lacks a required scope.",
    "404": "Nothing exists at this address.",
    "429": "Too many requests; retry after the number of seconds in Retry-After.",
}


def only_public_api(endpoints: list[tuple[Any, ...]], **_kwargs: Any) -> list[tuple[Any, ...]]:
    """Keep only our own /api/ routes; Wagtail's admin API views break introspection."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith(API_PREFIX)]


def problem_responses(result: dict[str, Any], **_kwargs: Any) -> dict[str, Any]:
    """Document the problem+json answers every operation can give."""
    result.setdefault("components", {}).setdefault("schemas", {})["Problem"] = PROBLEM_SCHEMA
    ref = {"$ref": "#/components/schemas/Problem"}
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            secured = any(
                requirement for requirement in operation.get("security", []) if requirement
            )
            codes = ["400", "404", "429"] + (["401", "403"] if secured else [])
            for code, response in operation["responses"].items():
                if code.startswith(("4", "5")) and "content" not in response:
                    response["content"] = {"application/problem+json": {"schema": ref}}
            for code in codes:
                operation["responses"].setdefault(
                    code,
                    {
                        "description": _PROBLEMS[code],
                        "content": {"application/problem+json": {"schema": ref}},
                    },
                )
    return result


class BearerTokenScheme(DjangoOAuthToolkitScheme):  # type: ignore[misc]
    """Our stricter DOT authentication (api.oauth) is documented as DOT's own."""

    target_class = "api.oauth.BearerTokenAuthentication"


class ScopedAutoSchema(AutoSchema):
    """Security requirements from what the view declares: none for public views, else the
    OAuth2 scheme with the view's `required_scopes`."""

    def get_auth(self) -> list[dict[str, list[str]]]:
        super().get_auth()  # registers the OAuth2 scheme among the components
        if getattr(self.view, "public", False):
            return []
        return [{"oauth2": list(getattr(self.view, "required_scopes", []))}]
