"""Schemathesis over the whole contract: no input makes a 500, every answer is as documented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests import factories

CONTRACT = Path(__file__).resolve().parents[2] / "frontend-contract" / "openapi.yaml"

schema = schemathesis.openapi.from_path(CONTRACT)
schema.app = get_wsgi_application()


@pytest.fixture
def small_city(section: Any) -> None:
    service = factories.ServicePageFactory(parent=section, slug="tjanst")
    service.save_revision().publish()
    factories.TopicFactory()


@pytest.mark.django_db
@pytest.mark.usefixtures("small_city")
@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_contract(case: Any) -> None:
    excluded = []
    if case.operation.label == "GET /api/v1/pages/resolve/":
        # Exactly one of `path` and `url` is required, which OpenAPI cannot express: a
        # request with neither is schema-valid and rightly answered 400.
        excluded.append(positive_data_acceptance)
    case.call_and_validate(excluded_checks=excluded)
