"""Fixtures for importing old sites: a target section and an owning organisation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from wagtail.models import Locale

from cms.legacy.services import ImportSummary, legacy_site_import, legacy_site_register
from tests import factories


@pytest.fixture(autouse=True)
def old_sites_on_this_machine(settings: Any) -> None:
    """The old sites these tests serve run on 127.0.0.1, a private address."""
    settings.LEGACY_FETCH_ALLOWED_NETWORKS = ["127.0.0.0/8", "::1/128"]


@pytest.fixture
def organisation(home: Any) -> Any:
    return factories.OrganisationFactory(name="Förskoleförvaltningen", slug="forskola")


@pytest.fixture
def target(home: Any) -> Any:
    Locale.objects.get_or_create(language_code="en")
    return factories.SectionPageFactory(parent=home, title="Gamla sajter", slug="gamla-sajter")


@pytest.fixture
def run_import(organisation: Any, target: Any) -> Any:
    def run(host: str, adapter: str, source: Path | str, **kwargs: Any) -> ImportSummary:
        site = legacy_site_register(
            host=host,
            adapter=adapter,
            organisation_slug=organisation.slug,
            source=str(source),
            parent_path="/sv/gamla-sajter/",
        )
        return legacy_site_import(site=site, source=str(source), **kwargs)

    return run
