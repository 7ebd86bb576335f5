"""Publishing purges the page's API answers from the frontend cache (a real HTTP server here)."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from tests import factories
from tests.hanging import hanging_server
from tests.processes import python
from tests.tasks import immediate

pytestmark = pytest.mark.django_db

IMMEDIATE = immediate()


def purged(server: Any) -> set[tuple[str, str]]:
    return {(request.headers["Host"], request.full_path.rstrip("?")) for request, _ in server.log}


@pytest.mark.parametrize("action", ["publish", "unpublish", "move"])
def test_page_changes_purge_its_api_answers(
    cache_server: Any, section: Any, home: Any, action: str, django_capture_on_commit_callbacks: Any
) -> None:
    page = factories.ArticlePageFactory(parent=section, title="Nyhet", slug="nyhet")
    cache_server.clear_log()
    with django_capture_on_commit_callbacks(execute=True):
        if action == "publish":
            page.save_revision().publish()
        elif action == "unpublish":
            page.unpublish()
        else:
            page.move(home, pos="last-child")
    seen = purged(cache_server)
    assert ("api.stad.example", f"/api/v1/pages/{page.pk}/") in seen
    assert ("api.stad.example", "/api/v1/pages/") in seen
    assert ("api.stad.example", "/api/v1/navigation/?locale=sv") in seen
    if action == "publish":
        assert (
            "api.stad.example",
            "/api/v1/pages/resolve/?path=%2Fsv%2Fforskola%2Fnyhet%2F",
        ) in seen


def test_no_api_purge_is_queued_without_a_configured_cache(
    settings: Any, section: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.WAGTAILFRONTENDCACHE = {}  # the database task backend: tasks stay queued
    with django_capture_on_commit_callbacks(execute=True):
        factories.ArticlePageFactory(parent=section, slug="tyst").save_revision().publish()
    queued = DBTaskResult.objects.filter(task_path__endswith="purge_urls_from_cache_task")
    assert not [t for t in queued if "/api/v1/" in json.dumps(t.args_kwargs)]


@pytest.mark.django_db(transaction=True)  # the worker runs outside the test's transaction
def test_a_hung_frontend_cache_holds_up_neither_publishing_nor_the_worker(
    settings: Any, section: Any
) -> None:
    page = factories.ArticlePageFactory(parent=section, slug="hangande")
    asked: list[int] = []
    with hanging_server(lambda: asked.append(1)) as port:
        settings.WAGTAILFRONTENDCACHE = {
            "default": {
                "BACKEND": "api.purge.TimedHTTPBackend",
                "LOCATION": f"http://127.0.0.1:{port}/",
                "TIMEOUT": 1,
            }
        }
        settings.API_BASE_URL = "https://api.stad.example"
        started = time.monotonic()
        page.save_revision().publish()  # the database task backend: purges are queued
        assert time.monotonic() - started < 3
        assert asked == []  # the editor's request never waits on the cache
        page.refresh_from_db()
        assert page.live

        started = time.monotonic()
        call_command(
            "db_worker", "--batch", "--no-reload", "--no-startup-delay", "--queue-name", "*",
            verbosity=0,
        )  # fmt: skip
        # One timeout for the API's batch of URLs and one for Wagtail's page URL.
        assert time.monotonic() - started < 4
    assert len(asked) == 2
    assert not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists()


def test_the_configured_frontend_cache_is_purged_with_its_timeout() -> None:
    code = (
        "import django; django.setup()\n"
        "from wagtail.contrib.frontend_cache.utils import get_backends\n"
        "backend = get_backends()['default']\n"
        "print(type(backend).__name__, backend.timeout)"
    )
    result = python(
        "-c",
        code,
        DJANGO_SETTINGS_MODULE="config.settings",
        FRONTEND_CACHE_PURGE_URL="http://cache.internal/",
        FRONTEND_CACHE_PURGE_TIMEOUT="2.5",
    )
    assert result.stdout.split() == ["TimedHTTPBackend", "2.5"], result.stderr[-2000:]
