"""One import of a site at a time: a second one, while the first runs, is refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.db import DEFAULT_DB_ALIAS, connection, connections
from wagtail.models import Page

from cms.legacy.locking import site_import_lock
from cms.legacy.services import LegacyImportError, legacy_site_import, legacy_site_register
from cms.models import LegacyItem, LegacySite
from tests.cms.legacy.sites import write_manifest

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="an advisory lock is PostgreSQL's"
    ),
]


@pytest.fixture
def site(organisation: Any, target: Any) -> LegacySite:
    return legacy_site_register(
        host="a.example.se",
        adapter="manifest",
        organisation_slug=organisation.slug,
        parent_path="/sv/gamla-sajter/",
    )


@pytest.fixture
def manifest(tmp_path: Path) -> Path:
    rows = [{"old_url": "https://a.example.se/sida/", "title": "Sida", "body_html": "<p>x</p>"}]
    return write_manifest(tmp_path / "a.json", rows)


@pytest.fixture
def other_session() -> Any:
    """A second database session, as another process running an import would have."""
    other = connections.create_connection(DEFAULT_DB_ALIAS)
    yield other
    other.close()


def test_an_import_of_a_site_being_imported_is_refused_and_writes_nothing(
    site: LegacySite, manifest: Path, other_session: Any
) -> None:
    pages = Page.objects.count()
    with site_import_lock(site.pk, connection=other_session) as acquired:
        assert acquired
        with pytest.raises(LegacyImportError) as refused:
            legacy_site_import(site=site, source=str(manifest))
        with pytest.raises(CommandError, match="running already"):
            call_command(
                "import_legacy_site",
                *("--host", site.host, "--adapter", "manifest", "--source", str(manifest)),
                *("--organisation", site.organisation.slug),
            )

    assert refused.value.code == "import_running"
    assert Page.objects.count() == pages and not LegacyItem.objects.exists()
    site.refresh_from_db()
    assert site.last_run_at is None
    # Released with the other session's run, the lock lets the next import in.
    assert legacy_site_import(site=site, source=str(manifest)).created == 1


def test_an_import_leaves_the_lock_free_and_other_sites_are_not_held_up(
    site: LegacySite, manifest: Path, other_session: Any
) -> None:
    with site_import_lock(site.pk + 1, connection=other_session) as acquired:
        assert acquired
        assert legacy_site_import(site=site, source=str(manifest)).created == 1
    with site_import_lock(site.pk, connection=other_session) as acquired:
        assert acquired
