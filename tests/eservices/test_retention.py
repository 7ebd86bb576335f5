"""Retention: expired drafts and unused uploads go, with their files; cases keep theirs."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone

from eservices import selectors
from eservices.attachments import attachment_upload
from eservices.drafts import draft_create
from eservices.models import Attachment, Case, Draft
from eservices.retention import expired_purge
from eservices.storage import attachment_storage
from eservices.tasks import purge_expired
from tests import factories
from tests.eservices.test_submissions import publish, submit
from tests.images import pdf
from tests.tasks import immediate

pytestmark = pytest.mark.django_db
PAST = dt.timedelta(seconds=1)


@pytest.fixture
def version(home: Any) -> Any:
    publish("felanmalan")
    return selectors.current_version(slug="felanmalan", locale="sv")


def kept(version: Any, *, owner: str = "anonymous") -> Attachment:
    return attachment_upload(
        version=version, owner=owner, file=io.BytesIO(pdf()), name="intyg.pdf", size=len(pdf())
    )


def expire(*objects: Any) -> None:
    for obj in objects:
        type(obj).objects.filter(pk=obj.pk).update(expires_at=timezone.now() - PAST)


def test_expired_drafts_and_unused_uploads_are_deleted_with_their_files(version: Any) -> None:
    citizen = factories.UserFactory(username="medborgare")
    old_draft, new_draft = (
        draft_create(citizen_id=citizen.pk, version=version, data={}) for _ in "ab"
    )
    old_file, new_file = kept(version), kept(version)
    expire(old_draft, old_file)
    storage = attachment_storage()
    assert storage.exists(old_file.file)

    purged = expired_purge()

    assert (purged.drafts, purged.attachments) == (1, 1)
    assert list(Draft.objects.values_list("pk", flat=True)) == [new_draft.pk]
    assert list(Attachment.objects.values_list("pk", flat=True)) == [new_file.pk]
    assert not storage.exists(old_file.file)
    assert storage.exists(new_file.file)


def test_a_cases_attachments_are_never_deleted(client: Any, version: Any) -> None:
    attachment = kept(version)
    body = {
        "form": "felanmalan",
        "data": {
            "category": "gata",
            "description": "Hål i gatan.",
            "location": {"lat": 57.7, "lon": 11.97},
            "photos": [str(attachment.pk)],
        },
    }
    assert submit(client, body).status_code == 201
    expire(attachment)  # even were its old expiry time set again, a case has it

    assert expired_purge().attachments == 0

    attachment.refresh_from_db()
    assert attachment.case == Case.objects.get()
    assert attachment_storage().exists(attachment.file)


def test_the_scheduler_and_the_worker_run_it(version: Any, settings: Any) -> None:
    expire(kept(version))
    out = io.StringIO()
    call_command("purge_expired", stdout=out)
    assert out.getvalue().strip() == "Deleted 0 drafts and 1 attachments."
    expire(kept(version), kept(version))
    settings.TASKS = immediate()
    assert purge_expired.enqueue().return_value == 2
    assert not Attachment.objects.exists()
