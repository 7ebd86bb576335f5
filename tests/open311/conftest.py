"""The demo fault report offered through Open311, a client that may file, and helpers
that read GeoReport answers in either format."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import pytest

from eservices.models import FormDefinition
from tests import factories
from tests.cases import publish_form
from tests.smtp import Mailbox, smtp_delivery
from tests.tasks import immediate
from tests.tokens import machine_token

BASE = "/open311/v2"
REPORT = {
    "service_code": "felanmalan",
    "lat": "57.708912",
    "long": "11.974563",
    "description": "Lampan vid busshållplatsen Järntorget är trasig.",
    "email": "anmalare@example.se",
    "phone": "070-123 45 67",
    "attribute[category]": "belysning",
}


@pytest.fixture
def fault_report(home: Any) -> FormDefinition:
    """The demo fault report, published and offered through Open311."""
    return publish_form(
        "felanmalan", organisation=factories.OrganisationFactory(name="Trafikkontoret")
    )


@pytest.fixture
def feedback_form(home: Any) -> FormDefinition:
    """The demo feedback form: anyone may submit it, but it is no fault report."""
    return publish_form("synpunkter")


@pytest.fixture
def filer(client: Any, db: None) -> str:
    """An access token of a third party's client allowed to file reports."""
    return machine_token(client, name="Felanmälningsappen", scopes=["open311:write"])


@pytest.fixture
def mail(settings: Any) -> Iterator[Mailbox]:
    with smtp_delivery(settings) as (mailbox, _port):
        settings.TASKS = immediate()
        yield mailbox


def post_report(client: Any, fields: dict[str, Any], fmt: str = "json", **headers: str) -> Any:
    """A form-encoded GeoReport POST (lists become repeated parameters)."""
    return client.post(
        f"{BASE}/requests.{fmt}",
        urlencode(fields, doseq=True),
        content_type="application/x-www-form-urlencoded",
        **headers,
    )


def xml(response: Any) -> ET.Element:
    assert response["Content-Type"] == "text/xml; charset=utf-8"
    # Our own server's answer, parsed to check it; ElementTree expands no external entities.
    return ET.fromstring(response.content)  # noqa: S314


def xml_errors(response: Any) -> list[tuple[str, str]]:
    root = xml(response)
    assert root.tag == "errors"
    return [(e.findtext("code") or "", e.findtext("description") or "") for e in root]


def json_errors(response: Any) -> list[str]:
    assert response["Content-Type"] == "application/json; charset=utf-8"
    body = response.json()
    assert all(item["code"] == response.status_code for item in body), body
    return [item["description"] for item in body]
