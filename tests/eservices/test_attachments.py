"""Uploading attachments: types from the content, limits, images without metadata, bombs
refused from their header, a private store, and access as for submitting to the form."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from eservices.models import Attachment
from tests import factories
from tests.eservices.test_submissions import publish
from tests.images import animated_png, jpeg_with_gps, pdf, png, png_declaring
from tests.tokens import machine_token, user_token

URL = "/api/v1/attachments/"
pytestmark = pytest.mark.django_db


@pytest.fixture
def fault_report(home: Any) -> Any:
    """Anyone may report a fault, with up to three photos."""
    return publish("felanmalan")


def upload(
    client: Any,
    data: bytes,
    name: str = "bild.jpg",
    *,
    form: str = "felanmalan",
    declared: str = "application/octet-stream",
    **extra: Any,
) -> Any:
    headers = {k: v for k, v in extra.items() if k.startswith("HTTP_")}
    fields = {"form": form, **{k: v for k, v in extra.items() if not k.startswith("HTTP_")}}
    fields["file"] = SimpleUploadedFile(name, data, content_type=declared)
    return client.post(URL, fields, **headers)


def stored_files(settings: Any) -> list[Path]:
    root = Path(settings.STORAGES["attachments"]["OPTIONS"]["location"])
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_a_pdf_is_kept_privately_and_described(
    client: Any, fault_report: Any, settings: Any
) -> None:
    before = timezone.now()
    response = upload(client, pdf(), "Intyg från läkaren.pdf")
    assert response.status_code == 201, response.content
    body = response.json()
    attachment = Attachment.objects.get()
    assert body["id"] == str(attachment.pk)
    assert (body["name"], body["content_type"]) == ("Intyg från läkaren.pdf", "application/pdf")
    assert body["size"] == len(pdf())
    assert body["sha256"] == hashlib.sha256(pdf()).hexdigest()
    expires = dt.datetime.fromisoformat(body["expires_at"])
    assert before + dt.timedelta(hours=23) < expires <= timezone.now() + dt.timedelta(hours=24)
    (path,) = stored_files(settings)
    assert path.read_bytes() == pdf()
    assert not str(path).startswith(str(settings.MEDIA_ROOT))
    assert (attachment.owner, attachment.case) == ("anonymous", None)
    assert response["Cache-Control"] == "no-store"


def test_the_type_comes_from_the_content_not_the_name(client: Any, fault_report: Any) -> None:
    response = upload(client, png(), "skrivelse.pdf", declared="text/html")
    assert response.status_code == 201
    assert (response.json()["content_type"], response.json()["name"]) == (
        "image/png",
        "skrivelse.png",
    )


def test_images_are_stored_without_exif_or_gps(
    client: Any, fault_report: Any, settings: Any
) -> None:
    original = jpeg_with_gps((64, 48))
    assert Image.open(io.BytesIO(original)).getexif()  # the test's own premise
    response = upload(client, original, "gatan.jpg", declared="image/jpeg")
    assert response.status_code == 201
    (path,) = stored_files(settings)
    stored = path.read_bytes()
    image = Image.open(io.BytesIO(stored))
    assert image.size == (64, 48)
    assert not image.getexif()
    assert b"Anna Andersson" not in stored
    assert response.json()["sha256"] == hashlib.sha256(stored).hexdigest()
    assert response.json()["size"] == len(stored)


def nothing_kept(settings: Any) -> None:
    assert not Attachment.objects.exists()
    assert stored_files(settings) == []


def test_a_bomb_is_refused_from_its_header(client: Any, fault_report: Any, settings: Any) -> None:
    bomb = png_declaring(30_000, 30_000)
    assert len(bomb) < 200
    response = upload(client, bomb, "bomb.png", declared="image/png")
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["code"] == "image_too_large"
    nothing_kept(settings)


SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
)
REFUSED = {
    "svg": (SVG, "bild.svg", "image/svg+xml"),
    "html": (b"<!DOCTYPE html><html><body>Hej</body></html>", "sida.html", "text/html"),
    "html posing as pdf": (
        b"<html><script>alert(1)</script></html>",
        "intyg.pdf",
        "application/pdf",
    ),
    "script": (b"#!/bin/sh\nrm -rf /\n", "intyg.pdf", "application/pdf"),
    "text": ("Bara text, åäö".encode(), "brev.txt", "text/plain"),
    "gif": (b"GIF89a" + b"\x00" * 40, "bild.gif", "image/gif"),
    "animated png": (animated_png(), "rorlig.png", "image/png"),
    "zip": (b"PK\x03\x04" + b"\x00" * 40, "arkiv.zip", "application/zip"),
}


@pytest.mark.parametrize("case", REFUSED.values(), ids=list(REFUSED))
def test_anything_but_pdf_jpeg_and_png_is_refused(
    client: Any, fault_report: Any, settings: Any, case: tuple[bytes, str, str]
) -> None:
    data, name, declared = case
    response = upload(client, data, name, declared=declared)
    assert response.status_code == 415, response.content
    assert response.json()["code"] == "unsupported_file_type"
    nothing_kept(settings)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "invalid_image"),
        (b"\xff\xd8\xff" + b"\x00" * 100, "invalid_image"),
    ],
    ids=["broken png", "broken jpeg"],
)
def test_an_unreadable_image_is_422(
    client: Any, fault_report: Any, settings: Any, data: bytes, code: str
) -> None:
    response = upload(client, data, "trasig.png")
    assert response.status_code == 422
    assert response.json()["code"] == code
    nothing_kept(settings)


def test_an_empty_file_is_400(client: Any, fault_report: Any, settings: Any) -> None:
    response = upload(client, b"", "tom.pdf")
    assert response.status_code == 400
    assert response.json()["errors"][0] == {
        "field": "file",
        "message": "The file is empty.",
        "code": "empty_file",
    }
    nothing_kept(settings)


def test_a_file_over_the_limit_is_413(client: Any, fault_report: Any, settings: Any) -> None:
    settings.ATTACHMENT_MAX_BYTES = 400
    assert len(pdf()) > 400
    response = upload(client, pdf(), "stor.pdf")
    assert response.status_code == 413
    assert response.json()["code"] == "file_too_large"
    nothing_kept(settings)


def test_a_body_over_the_limit_is_refused_by_its_length(
    client: Any, fault_report: Any, settings: Any
) -> None:
    settings.ATTACHMENT_MAX_BYTES = 400
    response = upload(client, pdf() + b"\x00" * 100_000, "stor.pdf")
    assert response.status_code == 413
    assert response.json()["code"] == "file_too_large"
    nothing_kept(settings)


def test_file_names_are_cleaned_and_bounded(client: Any, fault_report: Any) -> None:
    long = upload(client, pdf(), "å" * 5000 + ".pdf")
    assert long.status_code == 201
    assert len(long.json()["name"]) <= 200
    odd = upload(client, pdf(), "C:\\Users\\anna\\in\x00tyg\x07 .exe")
    assert odd.status_code == 201
    assert odd.json()["name"] == "intyg.pdf"
    none = upload(client, pdf(), "...")
    assert none.json()["name"] == "bilaga.pdf"


def test_the_form_must_exist_and_take_files(client: Any, fault_report: Any, settings: Any) -> None:
    publish("synpunkter")
    for form, message in [
        ("synpunkter", "This form takes no files."),
        ("finns-inte", "No published form has this slug in this language."),
    ]:
        response = upload(client, pdf(), form=form)
        assert response.status_code == 400
        assert response.json()["errors"] == [
            {"field": "form", "message": message, "code": "invalid"}
        ]
    nothing_kept(settings)


def test_malformed_requests_are_problems_not_errors(
    client: Any, fault_report: Any, settings: Any
) -> None:
    json_body = client.post(URL, {"form": "felanmalan"}, content_type="application/json")
    assert json_body.status_code == 415
    assert json_body.json()["code"] == "unsupported_media_type"
    no_boundary = client.post(URL, b"--x\r\n", content_type="multipart/form-data")
    assert no_boundary.status_code == 400
    broken = client.post(
        URL,
        b"--b\r\nContent-Disposition: form-data\r\n\r\n",
        content_type="multipart/form-data; boundary=b",
    )
    assert broken.status_code in {400, 415}
    assert client.post(URL, {"form": "felanmalan"}).json()["errors"][0]["field"] == "file"
    extra = upload(client, pdf(), hemligt="1")
    assert extra.status_code == 400
    assert extra.json()["errors"][0]["field"] == "hemligt"
    twice = client.post(
        URL,
        {
            "form": "felanmalan",
            "file": [SimpleUploadedFile("a.pdf", pdf()), SimpleUploadedFile("b.pdf", pdf())],
        },
    )
    assert twice.status_code == 400
    nul = upload(client, pdf(), form="felan\x00malan")
    assert nul.status_code == 400
    for response in (no_boundary, broken, extra, twice, nul):
        assert response["Content-Type"] == "application/problem+json"
    nothing_kept(settings)


def test_uploads_follow_the_form(client: Any, application: Any, settings: Any) -> None:
    """Anonymous only where the form allows; otherwise a citizen's submissions:write token."""

    def post(token: str | None = None) -> Any:
        headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
        return upload(client, pdf(), form="ansokan-forskoleplats", **headers)

    assert post().status_code == 401
    assert post(machine_token(client, name="Maskin", scopes=["opendata:read"])).status_code == 403
    person = factories.UserFactory(username="medborgare")
    assert post(user_token(client, user=person, scopes=["openid"])).status_code == 403
    nothing_kept(settings)
    allowed = post(user_token(client, user=person, scopes=["submissions:write"]))
    assert allowed.status_code == 201
    assert Attachment.objects.get().owner == f"user:{person.pk}"


def test_the_form_tells_frontends_where_and_what_to_upload(client: Any, fault_report: Any) -> None:
    form = client.get("/api/v1/forms/felanmalan/").json()
    photos = form["json_schema"]["properties"]["photos"]
    assert (photos["type"], photos["maxItems"], photos["items"]["format"]) == ("array", 3, "uuid")
    assert "/api/v1/attachments/" in photos["items"]["description"]
    (control,) = [
        element
        for step in form["ui_schema"]["elements"]
        for element in step["elements"]
        if element["scope"] == "#/properties/photos"
    ]
    assert control["options"]["upload"] == {
        "url": "/api/v1/attachments/",
        "accept": "application/pdf,image/jpeg,image/png",
        "max_size": 10 * 1024 * 1024,
    }
