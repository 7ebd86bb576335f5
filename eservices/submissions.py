"""Submitting a form: validated, idempotent, and never lost once answered.

The case, its first history entry, its receipt in the outbox and the idempotency record
are written in one transaction; the answer is given only after it commits. A retry with
the same Idempotency-Key and body gets the first answer again, never a second case.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from eservices import attachments, drafts, schema
from eservices.models import (
    Case,
    CaseEvent,
    CaseSequence,
    FormVersion,
    IdempotencyKey,
    OutboxMessage,
)

# A claim older than this is taken to belong to a request that died.
CLAIM_TIMEOUT = dt.timedelta(seconds=60)


class SubmissionError(Exception):
    code = "submission_error"


class InvalidAnswers(SubmissionError):
    code = "validation_error"

    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__("Some answers are missing or wrong.")
        self.errors = errors


class InvalidReferences(InvalidAnswers):
    """Attachments or a draft the submission names but may not use."""

    def __init__(self, errors: dict[str, list[str]], *, draft: str = "") -> None:
        super().__init__(errors)
        self.draft = draft


class KeyReused(SubmissionError):
    code = "idempotency_key_reused"


class SubmissionInProgress(SubmissionError):
    code = "submission_in_progress"


@dataclass(frozen=True)
class Outcome:
    status: int
    body: dict[str, Any]
    replayed: bool = False


def request_hash(body: Any) -> str:
    """The same JSON, however it was spaced or ordered, hashes the same."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def submission_submit(
    *,
    version: FormVersion,
    data: dict[str, Any],
    owner: str,
    idempotency_key: str,
    body_hash: str,
    citizen_id: int | None = None,
    client_id: str = "",
    draft_id: uuid.UUID | None = None,
) -> Outcome:
    """File a case for `data` against `version`, once per (owner, idempotency_key).

    Raises InvalidAnswers (nothing is kept, the key may be used again), KeyReused (the key
    came with another body) or SubmissionInProgress (the same request is being handled).
    The attachments the answers name are the case's, and the draft it was made from is
    deleted, in the same transaction.
    """
    claim = _claim(owner, idempotency_key, body_hash)
    if isinstance(claim, Outcome):
        return claim
    errors = schema.validation_errors(version.json_schema, data)
    if errors:
        IdempotencyKey.objects.filter(pk=claim.pk).delete()
        raise InvalidAnswers(errors)
    try:
        with transaction.atomic():
            case = _file_case(version, data, citizen_id=citizen_id, client_id=client_id)
            _take_attachments_and_draft(case, owner=owner, draft_id=draft_id)
            body = receipt_body(case)
            IdempotencyKey.objects.filter(pk=claim.pk).update(
                state=IdempotencyKey.State.COMPLETED,
                response_status=201,
                response_body=body,
                case=case,
            )
            transaction.on_commit(lambda: _deliver_soon(case.pk))
    except Exception:
        IdempotencyKey.objects.filter(pk=claim.pk, state=IdempotencyKey.State.IN_PROGRESS).delete()
        raise
    return Outcome(status=201, body=body)


def _claim(owner: str, key: str, body_hash: str) -> IdempotencyKey | Outcome:
    """This request's hold on the key, or the answer an earlier request got with it."""
    for _attempt in range(3):
        now = timezone.now()
        try:
            with transaction.atomic():
                return IdempotencyKey.objects.create(
                    owner=owner,
                    key=key,
                    request_hash=body_hash,
                    state=IdempotencyKey.State.IN_PROGRESS,
                    created_at=now,
                )
        except IntegrityError:
            existing = IdempotencyKey.objects.filter(owner=owner, key=key).first()
        if existing is not None:  # else its holder gave it up just now: try again
            return _existing_claim(existing, body_hash, now)
    raise SubmissionInProgress("The same submission is being handled; try again shortly.")


def _existing_claim(
    existing: IdempotencyKey, body_hash: str, now: dt.datetime
) -> IdempotencyKey | Outcome:
    if existing.request_hash != body_hash:
        raise KeyReused("This Idempotency-Key was used for another submission.")
    if existing.state == IdempotencyKey.State.COMPLETED:
        assert existing.response_status is not None and existing.response_body is not None
        return Outcome(existing.response_status, existing.response_body, replayed=True)
    stale = existing.created_at < now - CLAIM_TIMEOUT
    taken = stale and IdempotencyKey.objects.filter(
        pk=existing.pk, state=IdempotencyKey.State.IN_PROGRESS, created_at=existing.created_at
    ).update(created_at=now)
    if not taken:
        raise SubmissionInProgress("The same submission is being handled; try again shortly.")
    existing.created_at = now
    return existing


def _file_case(
    version: FormVersion, data: dict[str, Any], *, citizen_id: int | None, client_id: str
) -> Case:
    kinds = {f["name"]: f["kind"] for f in version.fields}
    email = next((str(v) for k, v in data.items() if kinds.get(k) == "email"), "")
    phone = next((str(v) for k, v in data.items() if kinds.get(k) == "phone"), "")
    case = Case.objects.create(
        reference=_next_reference(),
        form_version=version,
        organisation_id=route(version, data),
        status=Case.Status.RECEIVED,
        data=data,
        locale=version.locale,
        citizen_id=citizen_id,
        client_id=client_id,
        receipt_email=email,
        receipt_phone=phone,
    )
    CaseEvent.objects.create(case=case, status=Case.Status.RECEIVED)
    if email:
        OutboxMessage.objects.create(
            case=case,
            channel=OutboxMessage.Channel.EMAIL,
            recipient=email,
            subject=f"{version.title}: {case.reference}",
            body=f"{version.receipt_text}\n\nÄrendenummer: {case.reference}\n",
            next_attempt_at=timezone.now(),
        )
    return case


def _take_attachments_and_draft(case: Case, *, owner: str, draft_id: uuid.UUID | None) -> None:
    errors = attachments.attachments_link(case=case, owner=owner)
    problem = ""
    if draft_id is not None:
        problem = drafts.draft_consume(
            draft_id=draft_id, citizen_id=case.citizen_id, form_id=case.form_version.form_id
        )
    if errors or problem:
        raise InvalidReferences(errors, draft=problem)


def route(version: FormVersion, data: dict[str, Any]) -> int:
    """The organisation that handles a case: the first matching rule, else the form's."""
    for rule in version.routing:
        if rule.get("field") and str(data.get(rule["field"], "")) == rule.get("equals"):
            return int(rule["organisation"])
    return version.organisation_id


def _next_reference() -> str:
    """GBG-2026-000123: a prefix, the year, and the next number of that year."""
    year = timezone.localdate().year
    CaseSequence.objects.get_or_create(year=year)
    sequence = CaseSequence.objects.select_for_update().get(year=year)
    sequence.last += 1
    sequence.save(update_fields=["last"])
    return f"{settings.CASE_REFERENCE_PREFIX}-{year}-{sequence.last:06d}"


def receipt_body(case: Case) -> dict[str, Any]:
    version = case.form_version
    return {
        "reference": case.reference,
        "status": case.status,
        "form": version.form.slug,
        "version": version.number,
        "organisation": {
            "id": case.organisation.pk,
            "slug": case.organisation.slug,
            "name": case.organisation.name,
            "kind": case.organisation.kind,
        },
        "received_at": case.created_at.astimezone(dt.UTC).isoformat().replace("+00:00", "Z"),
        "processing_days": version.processing_days,
        "receipt_sent_to": "email" if case.receipt_email else None,
    }


def _deliver_soon(case_id: int) -> None:
    from eservices.tasks import deliver_case_messages

    deliver_case_messages.enqueue(case_id)
