"""A process streams a bounded number of exports at once; the next is 503 with Retry-After."""

from __future__ import annotations

import gc
from typing import Any

import pytest
from django.core.signals import request_finished
from django.db import close_old_connections

pytestmark = pytest.mark.django_db

CC0 = "https://creativecommons.org/publicdomain/zero/1.0/"


@pytest.fixture(autouse=True)
def two_slots(settings: Any) -> None:
    settings.OPENDATA_STREAMS_PER_PROCESS = 2


def started(client: Any, name: str = "units", **params: str) -> Any:
    """An export answered and not read yet: a client still downloading."""
    response = client.get(f"/api/v1/opendata/{name}", params)
    assert response.status_code == 200
    return response


def leave(response: Any) -> None:
    """What the server does when the client goes away: it closes the answer (without the
    end-of-request signal closing the test's database connection, as the test client does)."""
    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)


def read(response: Any) -> bytes:
    return b"".join(response.streaming_content)  # the test client closes it at the end


def test_an_export_beyond_the_process_limit_is_a_503_problem(client: Any, home: Any) -> None:
    downloads = [started(client, "units"), started(client, "deletions", format="csv")]
    busy = client.get("/api/v1/opendata/pages")
    assert busy.status_code == 503
    assert busy["Content-Type"] == "application/problem+json"
    assert busy["Retry-After"] == "30"
    assert f'<{CC0}>; rel="license"' in busy["Link"]
    problem = busy.json()
    assert problem["code"] == "exports_busy"
    assert problem["status"] == 503
    read(downloads[0])
    assert read(started(client, "pages")).startswith(b"{")
    read(downloads[1])


def test_exports_read_to_the_end_give_their_slot_back(client: Any, home: Any) -> None:
    for name in ("units", "key-figures", "organisations", "topics", "pages", "deletions"):
        assert read(started(client, name)).startswith(b"{")


def test_a_client_that_leaves_early_gives_its_slot_back(client: Any, home: Any) -> None:
    first, second = started(client), started(client)
    leave(first)
    leave(second)
    assert [read(started(client)) != b"" for _ in range(3)] == [True] * 3


def test_an_answer_dropped_unread_gives_its_slot_back(client: Any, home: Any) -> None:
    started(client)
    started(client)
    gc.collect()
    assert read(started(client)) != b""


def test_refusals_and_revalidations_take_no_slot(client: Any, home: Any) -> None:
    first = started(client, "topics")
    etag = first["ETag"]
    read(first)
    held = [started(client, "units"), started(client, "pages")]
    assert client.get("/api/v1/opendata/units", {"format": "xml"}).status_code == 400
    again = client.get("/api/v1/opendata/topics", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert client.get("/api/v1/opendata/topics").status_code == 503
    for response in held:
        read(response)
