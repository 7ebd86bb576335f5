"""A submission names its attachments by id: the case takes them in the transaction that
files it, and only the uploader's own, unexpired, unused uploads for that form."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from eservices.demo import FORMS
from eservices.models import Attachment, Case, FormDefinition, IdempotencyKey
from tests import factories
from tests.eservices.test_submissions import publish, submit
from tests.images import pdf, png
from tests.tokens import user_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def fault_report(home: Any) -> Any:
    return publish("felanmalan")


# Upload id -> the upload_secret its upload answered with (anonymous uploads only).
SECRETS: dict[str, str] = {}


def uploaded(client: Any, data: bytes = b"", *, form: str = "felanmalan", **headers: str) -> str:
    file = SimpleUploadedFile("bild.png", data or png(), content_type="image/png")
    response = client.post("/api/v1/attachments/", {"form": form, "file": file}, **headers)
    assert response.status_code == 201, response.content
    if response.json()["upload_secret"] is not None:
        SECRETS[response.json()["id"]] = response.json()["upload_secret"]
    return str(response.json()["id"])


def report(photos: list[str], secrets: dict[str, str] | None = None) -> dict[str, Any]:
    """A fault report naming `photos`, with their secrets (by default the ones uploaded)."""
    known = {pk: SECRETS[pk] for pk in photos if pk in SECRETS}
    return {
        "form": "felanmalan",
        "data": {
            "category": "belysning",
            "description": "Lampan vid busshållplatsen är trasig.",
            "location": {"lat": 57.7, "lon": 11.97},
            "photos": photos,
        },
        "upload_secrets": known if secrets is None else secrets,
    }


def test_the_case_takes_its_attachments(client: Any, fault_report: Any) -> None:
    ids = [uploaded(client), uploaded(client, pdf())]
    response = submit(client, report(ids))
    assert response.status_code == 201, response.content
    case = Case.objects.get(reference=response.json()["reference"])
    assert sorted(str(a.pk) for a in case.attachments.all()) == sorted(ids)
    assert set(case.attachments.values_list("field", "expires_at")) == {("photos", None)}
    again = submit(client, report(ids))  # a retry is answered as before, not refused
    assert (again.status_code, again.json()) == (201, response.json())


def unchanged(attachment_id: str, before: Attachment) -> None:
    after = Attachment.objects.get(pk=attachment_id)
    assert (after.case_id, after.field, after.expires_at) == (
        before.case_id,
        before.field,
        before.expires_at,
    )
    assert not Case.objects.exclude(pk=before.case_id or 0).exists()
    assert not IdempotencyKey.objects.filter(state="in_progress").exists()


def refused(
    client: Any, attachment_id: str, message: str, code: str, body: Any = None, **headers: str
) -> None:
    before = Attachment.objects.get(pk=attachment_id)
    body = report([attachment_id]) if body is None else body
    response = submit(client, body, key="ny-nyckel", **headers)
    assert response.status_code == 400, response.content
    assert response.json()["errors"] == [{"field": "data.photos", "message": message, "code": code}]
    unchanged(attachment_id, before)


NOT_FOUND = (
    "No such attachment: upload the file first, with the same credentials "
    "(and, without a sign-in, send its upload_secret)."
)


def test_another_owners_upload_cannot_be_named(client: Any, fault_report: Any) -> None:
    person = factories.UserFactory(username="medborgare")
    token = user_token(client, user=person, scopes=["submissions:write"])
    theirs = uploaded(client, HTTP_AUTHORIZATION=f"Bearer {token}")
    refused(client, theirs, NOT_FOUND, "attachment_not_found")


def test_an_anonymous_upload_is_bound_to_its_secret(client: Any, fault_report: Any) -> None:
    response = client.post(
        "/api/v1/attachments/",
        {"form": "felanmalan", "file": SimpleUploadedFile("bild.png", png(), "image/png")},
    )
    attachment_id, secret = response.json()["id"], response.json()["upload_secret"]
    assert len(secret) >= 43  # 256 random bits
    stored = Attachment.objects.get(pk=attachment_id)
    assert secret not in {stored.secret_hash, stored.owner}  # only its hash is kept
    other = Client()  # another anonymous submitter who learnt the id
    for secrets in [{}, {attachment_id: "gissning"}, {attachment_id: secret[:-1]}]:
        body = report([attachment_id], secrets)
        refused(other, attachment_id, NOT_FOUND, "attachment_not_found", body)
    taken = submit(other, report([attachment_id], {attachment_id.upper(): secret}), key="k2")
    assert taken.status_code == 201, taken.content
    assert Attachment.objects.get(pk=attachment_id).case is not None


def test_a_citizens_upload_needs_no_secret_and_comes_with_none(
    client: Any, fault_report: Any
) -> None:
    person = factories.UserFactory(username="medborgare")
    token = user_token(client, user=person, scopes=["submissions:write"])
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    mine = uploaded(client, **headers)
    assert mine not in SECRETS
    assert Attachment.objects.get(pk=mine).secret_hash == ""
    assert submit(client, report([mine]), **headers).status_code == 201


def test_an_unknown_id_is_refused(client: Any, fault_report: Any) -> None:
    response = submit(client, report(["0b6e2d8c-4a11-4c1e-9a7f-3f1c2a9e5d4b"]))
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "data.photos"
    assert not Case.objects.exists()


def test_an_expired_upload_is_refused(client: Any, fault_report: Any) -> None:
    attachment_id = uploaded(client)
    Attachment.objects.filter(pk=attachment_id).update(
        expires_at=timezone.now() - dt.timedelta(seconds=1)
    )
    refused(
        client,
        attachment_id,
        "This attachment has expired: upload the file again.",
        "attachment_expired",
    )


def test_an_upload_used_by_a_case_cannot_be_used_again(client: Any, fault_report: Any) -> None:
    attachment_id = uploaded(client)
    assert submit(client, report([attachment_id])).status_code == 201
    refused(client, attachment_id, "This attachment belongs to another case.", "attachment_taken")


def test_an_upload_for_another_form_is_refused(client: Any, fault_report: Any) -> None:
    data = next(f for f in FORMS if f["slug"] == "felanmalan")
    FormDefinition.objects.create(
        **{k: v for k, v in data.items() if k != "organisation"} | {"slug": "felanmalan-2"},
        organisation=factories.OrganisationFactory(),
        live=False,
    ).save_revision().publish()
    attachment_id = uploaded(client, form="felanmalan-2")
    message = "This attachment was uploaded for another form."
    refused(client, attachment_id, message, "attachment_other_form")


def test_the_same_upload_twice_is_refused(client: Any, fault_report: Any) -> None:
    attachment_id = uploaded(client)
    response = submit(client, report([attachment_id, attachment_id]))
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"] == "The same attachment is named twice."
    assert Attachment.objects.get(pk=attachment_id).case is None
    assert not Case.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_ten_submissions_racing_for_one_upload_leave_it_to_one_case(home: Any) -> None:
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from django.db import connection
    from django.test import Client

    if connection.vendor != "postgresql":
        pytest.skip("Concurrent writers need PostgreSQL (CI runs this test there).")
    publish("felanmalan")
    body = report([uploaded(Client())])
    barrier = threading.Barrier(10)

    def post(number: int) -> int:
        from django.db import connection

        barrier.wait(timeout=10)
        try:  # each thread has its own database connection, as each request would
            return int(submit(Client(), body, key=f"nyckel-{number}").status_code)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=10) as pool:
        statuses = sorted(pool.map(post, range(10)))
    assert statuses == [201] + [400] * 9
    assert Attachment.objects.get().case == Case.objects.get()
