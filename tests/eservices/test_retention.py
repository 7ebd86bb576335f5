"""Retention: expired drafts and unused uploads go, with their files; so do expired tokens
and sessions and old keys, notifications, task results and access-log rows. Cases stay."""

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
        "upload_secrets": {str(attachment.pk): attachment.upload_secret},
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
    assert "drafts: 0, attachments: 1," in out.getvalue()
    expire(kept(version), kept(version))
    settings.TASKS = immediate()
    assert purge_expired.enqueue().return_value == 2
    assert not Attachment.objects.exists()


def test_old_records_that_are_not_public_records_go_and_cases_stay(
    client: Any, version: Any, settings: Any
) -> None:
    from django.contrib.sessions.backends.db import SessionStore
    from oauth2_provider.models import AccessToken, RefreshToken

    from eservices import audit, cases
    from eservices.models import CaseAccess, IdempotencyKey, OutboxMessage
    from tests.tokens import user_token

    now = timezone.now()
    citizen = factories.UserFactory(username="medborgare")
    user_token(client, user=citizen, scopes=["cases:read"])
    live_tokens = AccessToken.objects.count()
    user_token(client, user=citizen, scopes=["cases:read"])  # this one expired long ago
    stale = AccessToken.objects.latest("pk")
    AccessToken.objects.filter(pk=stale.pk).update(expires=now - dt.timedelta(days=30))
    RefreshToken.objects.filter(access_token=stale).update(revoked=now - dt.timedelta(days=30))

    session = SessionStore()
    session.create()
    from django.contrib.sessions.models import Session

    Session.objects.filter(session_key=session.session_key).update(expire_date=now - PAST)

    assert (
        submit(
            client,
            {
                "form": "felanmalan",
                "data": {
                    "category": "gata",
                    "description": "Hål.",
                    "location": {"lat": 57.7, "lon": 11.97},
                    "email": "a@example.se",
                },
            },
        ).status_code
        == 201
    )
    case = Case.objects.get()
    cases.case_transition(case=case, status="in_progress", actor_id=None)
    reader = factories.UserFactory(username="handlaggare", is_superuser=True)
    audit.case_access_record(case=case, action="view", user=reader)
    audit.case_access_record(case=case, action="view", user=reader)

    old = now - dt.timedelta(days=800)
    IdempotencyKey.objects.update(created_at=old)
    # A key still being answered stays, however old: its request may yet complete.
    IdempotencyKey.objects.create(
        owner="anonymous", key="pagaende", request_hash="x", state="in_progress", created_at=old
    )
    OutboxMessage.objects.filter(kind="receipt").update(state="sent", created_at=old)
    # A notification still waiting to be sent stays, however old.
    OutboxMessage.objects.filter(kind="status").update(state="pending", created_at=old)
    # The log cannot be rewritten; an old row is added as the years would have added it.
    CaseAccess.objects.create(
        reference=case.reference,
        case_id=case.pk,
        actor_name="handlaggare",
        action="view",
        purpose="all_cases",
        created_at=old,
    )
    from django_tasks_db.models import DBTaskResult

    finished = DBTaskResult.objects.filter(finished_at__isnull=False)
    finished.update(finished_at=old)
    old_results = finished.count()

    purged = expired_purge(now=now)

    assert not AccessToken.objects.filter(pk=stale.pk).exists()
    assert AccessToken.objects.count() == live_tokens
    assert purged.sessions == 1
    assert purged.idempotency_keys == 1
    assert list(IdempotencyKey.objects.values_list("key", flat=True)) == ["pagaende"]
    assert purged.notifications == 1
    assert list(OutboxMessage.objects.values_list("kind", flat=True)) == ["status"]
    assert purged.access_log == 1 and CaseAccess.objects.count() == 2
    assert purged.task_results == old_results
    assert not DBTaskResult.objects.filter(finished_at__lte=old).exists()
    # The case and its history are public records: untouched.
    case.refresh_from_db()
    assert case.events.count() == 2
