"""Shapes and parameters the contact-center views share."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils.dateparse import parse_datetime
from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request

from api import scopes
from api.base import APIBaseView
from api.v1.cases import handled_organisations, utc
from cms.models import Organisation
from contactcenter.services import ContactError


def organisation_ref(org: Organisation | None) -> dict[str, Any] | None:
    if org is None:
        return None
    return {"id": org.pk, "slug": org.slug, "name": org.name, "kind": org.kind}


class AwareDateTimeField(serializers.DateTimeField):
    """An RFC 3339 time that must carry its offset (a time without one is ambiguous)."""

    def to_internal_value(self, value: Any) -> dt.datetime:
        data = value
        try:
            value = parse_datetime(data) if isinstance(data, str) else None
        except ValueError:
            value = None
        if value is None or value.tzinfo is None:
            self.fail("invalid")
        assert value is not None
        return value

    default_error_messages = {
        "invalid": "An RFC 3339 time with its offset, e.g. 2026-11-27T08:00:00Z."
    }

    def to_representation(self, value: Any) -> Any:
        return utc(value)


def contact_error(exc: ContactError) -> ValidationError:
    """A rule the contact broke, as a 400 naming the field and the rule's stable code."""
    return ValidationError(
        {exc.field or "non_field_errors": [serializers.ErrorDetail(str(exc), code=exc.code)]}
    )


class ContactCenterView(APIBaseView):
    """The contact center's tools (client credentials or an agent's token) only."""

    required_scopes = [scopes.CONTACTCENTER]
    cacheable = False


# What every idempotent POST of the contact center may answer besides its success.
IDEMPOTENT_POST_RESPONSES = {
    400: OpenApiResponse(
        description="Invalid values; each error names its field and a stable code."
    ),
    409: OpenApiResponse(description="The same request is still being handled."),
    422: OpenApiResponse(description="The Idempotency-Key came with another body."),
}


def caller(request: Request) -> str:
    """Whose Idempotency-Keys these are: the agent's or the tool's."""
    token = request.auth
    if token.user_id:
        return f"user:{token.user_id}"
    return f"client:{token.application.client_id}"


__all__ = ["handled_organisations", "utc"]
