"""Fixtures of the contact-center tests: the contact center's tool and a receiver."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest

from tests import factories
from tests.tokens import machine_token


@pytest.fixture
def agent(client: Any, db: None) -> str:
    """A token of the contact center's tooling."""
    return machine_token(client, name="Kontaktcenter", scopes=["contactcenter"])


@pytest.fixture
def receiver(db: None) -> Any:
    return factories.OrganisationFactory(name="Trafikkontoret", slug="trafikkontoret")


def log(client: Any, token: str, body: dict[str, Any], key: str | None = None) -> Any:
    return client.post(
        "/api/v1/contactcenter/contacts/",
        json.dumps(body),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
        HTTP_IDEMPOTENCY_KEY=key or str(uuid.uuid4()),
    )
