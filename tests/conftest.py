"""Shared fixtures: an empty city tree, editors by organisation, isolated media."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache, caches
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase, override_settings
from wagtail.models import GroupPagePermission, Page, Site

from cms import directory
from eservices.selectors import forget_versions
from tests import factories
from tests.tasks import immediate


@pytest.fixture(autouse=True)
def _test_settings(settings: Any, tmp_path: Any) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "attachments": {
            "BACKEND": "eservices.storage.PrivateFileSystemStorage",
            "OPTIONS": {"location": tmp_path / "attachments"},
        },
    }
    # Hashing strength is not under test; the suite's speed is.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Open data's anonymous rate is low enough for a few dozen requests to reach it; tests
    # of rate limits set their own.
    settings.API_THROTTLE_RATES = {**settings.API_THROTTLE_RATES, "opendata_anonymous": "600/min"}
    # The test client never closes an export it did not read to the end (a server always
    # does), so its slot comes back only when the answer is collected; tests of the limit
    # set their own.
    settings.OPENDATA_STREAMS_PER_PROCESS = 1000
    # The database is rolled back after each test; a shared cache (Redis in CI) is not,
    # and neither is the reference data kept per content version (which repeats).
    cache.clear()
    caches["api-responses"].clear()
    directory.forget()
    forget_versions()


@pytest.fixture
def home(db: None) -> Any:
    """The Swedish home page as the default site's root, replacing Wagtail's placeholder."""
    root = Page.get_first_root_node()
    home = factories.HomePageFactory(parent=root)
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    return home


@pytest.fixture
def cache_server(httpserver: Any, settings: Any) -> Any:
    """A frontend cache (CDN) that takes PURGE requests, for the API at api.stad.example."""
    httpserver.expect_request("", method="PURGE").respond_with_data("")
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "api.purge.TimedHTTPBackend",
            "LOCATION": httpserver.url_for("/"),
        }
    }
    settings.API_BASE_URL = "https://api.stad.example"
    settings.TASKS = immediate()  # purging is a task
    return httpserver


@pytest.fixture
def section(home: Any) -> Any:
    return factories.SectionPageFactory(parent=home, title="Förskola", slug="forskola")


def make_editor_group(name: str, page: Page, *, publish: bool = True) -> Group:
    """A Wagtail editors' group with tree permissions on `page` and admin access."""
    group = Group.objects.create(name=name)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    codenames = ["add_page", "change_page"] + (["publish_page"] if publish else [])
    for codename in codenames:
        GroupPagePermission.objects.create(
            group=group, page=page, permission=Permission.objects.get(codename=codename)
        )
    return group


@pytest.fixture
def two_organisations(home: Any) -> dict[str, Any]:
    """Two administrations, each with an editor group and an editor with rights on the tree."""
    out: dict[str, Any] = {}
    for key, name in (("a", "Förskoleförvaltningen"), ("b", "Trafikkontoret")):
        org = factories.OrganisationFactory(name=name, slug=f"org-{key}")
        group = make_editor_group(f"Redaktörer {name}", home)
        org.editor_groups.add(group)
        out[key] = org
        out[f"editor_{key}"] = factories.UserFactory(username=f"editor-{key}", groups=[group])
    return out


# --- The demo city, for tests that read it as a whole ---------------------------------------


def load() -> str:
    out = io.StringIO()
    # Translations publish after commit; run those callbacks as a commit would.
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo_data", stdout=out)
        call_command("load_demo_forms", stdout=out)
        call_command("load_demo_contacts", stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def demo_loaded(
    django_db_setup: Any, django_db_blocker: Any, tmp_path_factory: Any
) -> Iterator[dict[str, Any]]:
    """The city, loaded once for this module and rolled back afterwards."""
    media = tmp_path_factory.mktemp("demo-media")
    with rolled_back(django_db_blocker, media):
        yield {"output": load(), "media": media}


@contextmanager
def rolled_back(django_db_blocker: Any, media: Any) -> Iterator[None]:
    """Database writes (and media under `media`) for a whole module, undone at its end."""
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media):
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            cache.clear()  # Wagtail caches site root paths


@pytest.fixture
def demo(demo_loaded: dict[str, Any], db: None, settings: Any) -> dict[str, Any]:
    settings.MEDIA_ROOT = demo_loaded["media"]
    return demo_loaded


@pytest.fixture
def no_response_cache(settings: Any) -> None:
    """Every request reaches its view (for query budgets and rate limits, which a kept
    public answer skips)."""
    settings.CACHES = {
        **settings.CACHES,
        "api-responses": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
