"""Input no client should send is a 4xx problem, never a server error, and keeps nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from eservices.models import Attachment, Case, Draft
from tests.images import pdf

pytestmark = pytest.mark.django_db
DEEP = "[" * 50_000 + "]" * 50_000


def test_json_nested_past_the_recursion_limit_is_400(client: Any, citizen: Any) -> None:
    for path, body, headers in [
        ("/api/v1/me/drafts/", {"form": "felanmalan"}, citizen),
        ("/api/v1/submissions/", {"form": "felanmalan"}, {"HTTP_IDEMPOTENCY_KEY": "k"}),
    ]:
        raw = json.dumps({**body, "data": {"description": "X"}}).replace('"X"', DEEP)
        response = client.post(path, raw, content_type="application/json", **headers)
        assert response.status_code == 400
        assert response.json()["code"] == "malformed_request"
    assert not Draft.objects.exists()
    assert not Case.objects.exists()


def test_answers_with_a_nul_character_are_refused_by_field(client: Any, citizen: Any) -> None:
    data = {"category": "gata", "description": "Hål\x00", "location": {"lat": 57.7, "lon": 12.0}}
    response = client.post(
        "/api/v1/submissions/",
        json.dumps({"form": "felanmalan", "data": data}),
        content_type="application/json",
        HTTP_IDEMPOTENCY_KEY="k",
    )
    assert response.status_code == 400
    assert response.json()["errors"] == [
        {"field": "data.description", "message": "Contains a NUL character.", "code": "invalid"}
    ]
    assert not Case.objects.exists()


def test_multipart_bodies_past_djangos_limits_are_problems(client: Any, citizen: Any) -> None:
    big_field = client.post(
        "/api/v1/attachments/",
        {"form": "x" * 3_000_000, "file": SimpleUploadedFile("a.pdf", pdf())},
    )
    assert big_field.status_code == 413
    assert big_field.json()["code"] == "file_too_large"
    many = client.post(
        "/api/v1/attachments/",
        {"form": "felanmalan", "f": [SimpleUploadedFile(f"{i}.pdf", pdf()) for i in range(120)]},
    )
    assert many.status_code == 400
    assert many["Content-Type"] == "application/problem+json"
    not_a_file = client.post("/api/v1/attachments/", {"form": "felanmalan", "file": "text"})
    assert not_a_file.status_code == 400
    assert not Attachment.objects.exists()


def test_no_body_and_unknown_paths_with_any_method_are_problems(client: Any, home: Any) -> None:
    empty = client.post("/api/v1/attachments/")
    assert empty.status_code == 400
    assert {e["field"] for e in empty.json()["errors"]} == {"form", "file"}
    for method in ("PUT", "DELETE", "POST"):
        unknown = client.generic(method, "/api/v1/me/drafts/inte-ett-id/")
        assert unknown.status_code == 404
        assert unknown["Content-Type"] == "application/problem+json"
