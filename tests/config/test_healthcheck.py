"""The container health check reaches /healthz with a host Django accepts."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest

from config.healthcheck import allowed_host, probe


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ("stad.example,api.stad.example", "stad.example"),
        (".stad.example", "stad.example"),
        ("*", "localhost"),
        ("*, www.stad.example", "www.stad.example"),
        ("", "localhost"),
    ],
)
def test_allowed_host_picks_a_concrete_name(setting: str, expected: str) -> None:
    assert allowed_host(setting) == expected


@pytest.mark.django_db(transaction=True)
def test_probe_passes_only_with_an_allowed_host(live_server: Any, settings: Any) -> None:
    settings.ALLOWED_HOSTS = ["stad.example"]
    port = urlsplit(live_server.url).port
    url = f"http://127.0.0.1:{port}/healthz"
    assert probe(url, allowed_host("stad.example"))
    assert not probe(url, "127.0.0.1")  # what a naive probe would send


def test_probe_fails_when_nothing_listens() -> None:
    assert not probe("http://127.0.0.1:1/healthz", "localhost", timeout=1)
