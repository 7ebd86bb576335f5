"""Publish → API and search: how long after a publication readers see it.

With the task worker running as in production, a new revision of a Swedish page is
published with a title holding a made-up word; the served API is then polled until the
page's detail shows the new title and until a search for the word finds the page. The
old title is published again afterwards, and the worker is stopped once its queue is
empty, so the measured rounds run without it.
"""

from __future__ import annotations

import http.client
import json
import random
import string
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from benchmarks.runner.server import task_worker

POLL_SECONDS = 0.05


@dataclass
class Consistency:
    page_id: int
    api_seconds: float | None  # None: not within the time limit
    search_seconds: float | None
    tasks_ahead: int


def measure(port: int, page_id: int, seed: int, limit: float) -> Consistency:
    from wagtail.models import Page

    page = Page.objects.get(pk=page_id).specific
    old_title = page.title
    word = "".join(random.Random(seed).choices(string.ascii_lowercase, k=12))
    for _ in range(3):  # a served process, not one answering its first requests
        _title(port, page_id)
        _found(port, word, page_id)
    with task_worker():
        probe = _probe(page_id)
        _until(lambda: _succeeded(probe), time.perf_counter(), limit)
        _wait_for_queue(limit)
        tasks_ahead = _pending()
        published = _publish(page, f"{old_title} {word}")
        api = _until(lambda: _title(port, page_id) == f"{old_title} {word}", published, limit)
        search = _until(lambda: _found(port, word, page_id), published, limit)
        _publish(Page.objects.get(pk=page_id).specific, old_title)
        _until(lambda: not _found(port, word, page_id), time.perf_counter(), limit)
        _wait_for_queue(limit)
    return Consistency(page_id, api, search, tasks_ahead)


def _publish(page: Any, title: str) -> float:
    page.title = title
    page.save_revision().publish()
    return time.perf_counter()


def _until(condition: Callable[[], object], since: float, limit: float) -> float | None:
    while time.perf_counter() - since < limit:
        if condition():
            return time.perf_counter() - since
        time.sleep(POLL_SECONDS)
    return None


def _get(port: int, path: str) -> dict[str, Any]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path, headers={"Accept": "application/json"})
        response = conn.getresponse()
        body = response.read()
        return json.loads(body) if response.status == 200 else {}
    finally:
        conn.close()


def _title(port: int, page_id: int) -> object:
    return _get(port, f"/api/v1/pages/{page_id}/").get("title")


def _found(port: int, word: str, page_id: int) -> bool:
    answer = _get(port, f"/api/v1/search/?{urlencode({'q': word, 'locale': 'sv'})}")
    results = answer.get("results") or []
    return any(hit.get("key") == f"page:{page_id}" for hit in results)


def _pending() -> int:
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.ready().count()


def _probe(page_id: int) -> str:
    """A task that changes nothing (the page's own search update), to see the worker run."""
    from search.tasks import update_documents

    return str(update_documents.enqueue([f"page:{page_id}"]).id)


def _succeeded(task_id: str) -> bool:
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(pk=task_id).successful().exists()


def _wait_for_queue(limit: float) -> None:
    """Until the worker has taken every task that is due (or `limit` seconds passed)."""
    _until(lambda: _pending() == 0, time.perf_counter(), limit)
