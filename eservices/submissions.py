"""Submitting a form: validated, idempotent, and never lost once answered.

The case, its first history entry, its receipt in the outbox and the idempotency record
are written in one transaction; the answer is given only after it commits. A retry with
the same Idempotency-Key and body gets the first answer again, never a second case.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django_tasks_db import DatabaseBackend

from eservices import attachments, drafts, idempotency, schema, selectors
from eservices.idempotency import KeyReused, Outcome, request_hash
from eservices.idempotency import RequestInProgress as SubmissionInProgress
from eservices.models import Case, CaseEvent, CaseSequence, FormVersion, OutboxMessage
from eservices.notifications import channels_for, notification_queue

__all__ = ["KeyReused", "Outcome", "SubmissionInProgress", "request_hash", "submission_submit"]


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
    upload_secrets: Mapping[str, str] | None = None,
) -> Outcome:
    """File a case for `data` against `version`, once per (owner, idempotency_key).

    Raises InvalidAnswers (nothing is kept, the key may be used again), KeyReused (the key
    came with another body) or SubmissionInProgress (the key is held by another kind of
    request still being handled). The case, its history, receipt, delivery task, the
    attachments it takes, the draft it deletes and the kept answer are one transaction,
    the one commit a submission waits for; a retry racing the first request waits for it
    and then gets its answer.
    """
    errors = schema.validation_errors(version.json_schema, data)
    if errors:
        # A retry of a filed submission gets its answer even if the form changed since.
        earlier = idempotency.earlier_answer(owner, idempotency_key, body_hash)
        if earlier is not None:
            return earlier
        raise InvalidAnswers(errors)
    for attempt in range(3):
        try:
            with transaction.atomic():
                case = _file_case(version, data, citizen_id=citizen_id, client_id=client_id)
                _take_attachments_and_draft(
                    case, owner=owner, draft_id=draft_id, upload_secrets=upload_secrets
                )
                body = receipt_body(case)
                _deliver_soon(case.pk)
                idempotency.record(
                    owner, idempotency_key, body_hash, status=201, body=body, case_id=case.pk
                )
            return Outcome(status=201, body=body)
        except InvalidReferences:
            # A retry finds its attachments and draft already taken by the case it filed.
            earlier = idempotency.earlier_answer(owner, idempotency_key, body_hash)
            if earlier is None:
                raise
            return earlier
        except IntegrityError as exc:
            if not idempotency.is_key_conflict(exc):
                raise
            # The key is taken: by the first of these requests, or by a dead request's
            # claim, which earlier_answer removes so that the next attempt can file it.
            earlier = idempotency.earlier_answer(owner, idempotency_key, body_hash)
            if earlier is not None:
                return earlier
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


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
    if case.organisation_id == version.organisation_id:
        case.organisation = version.organisation  # loaded with the version: no query
    CaseEvent.objects.create(case=case, status=Case.Status.RECEIVED)
    notification_queue(case=case, kind=OutboxMessage.Kind.RECEIPT)
    return case


def _take_attachments_and_draft(
    case: Case,
    *,
    owner: str,
    draft_id: uuid.UUID | None,
    upload_secrets: Mapping[str, str] | None,
) -> None:
    errors = attachments.attachments_link(case=case, owner=owner, upload_secrets=upload_secrets)
    problem = ""
    if draft_id is not None:
        problem = drafts.draft_consume(
            draft_id=draft_id, citizen_id=case.citizen_id, form_id=case.form_version.form_id
        )
    if errors or problem:
        raise InvalidReferences(errors, draft=problem)


def route(version: FormVersion, data: dict[str, Any]) -> int:
    """The organisation that handles a case: the form's first rule the answers match, else
    the one the editors' routing names for the form, else the form's own."""
    for rule in version.routing:
        if rule.get("field") and str(data.get(rule["field"], "")) == rule.get("equals"):
            return int(rule["organisation"])
    routed = selectors.routed_organisation(version.form.slug)
    return version.organisation_id if routed is None else routed


def _next_reference() -> str:
    """GBG-2026-000123: a prefix, the year, and the next number of that year."""
    year = timezone.localdate().year
    number = _sequence_next(year)
    if number is None:  # the year's first case
        CaseSequence.objects.get_or_create(year=year)
        number = _sequence_next(year)
    assert number is not None
    return f"{settings.CASE_REFERENCE_PREFIX}-{year}-{number:06d}"


def _sequence_next(year: int) -> int | None:
    """Take the year's next number in one statement; the row stays locked until commit,
    so numbers are never repeated and never skipped by a rolled-back filing."""
    table = connection.ops.quote_name(CaseSequence._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET last = last + 1 WHERE year = %s RETURNING last",  # noqa: S608
            [year],
        )
        row = cursor.fetchone()
    return None if row is None else int(row[0])


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
        "receipt_sent_to": sorted(channels_for(case)),
    }


def _deliver_soon(case_id: int) -> None:
    """Queue the receipt's delivery: with the database task queue, in the case's own
    transaction (the worker sees both or neither, and the submission commits once); any
    other queue is handed the task once the case is committed."""
    from eservices.tasks import deliver_case_messages

    if isinstance(deliver_case_messages.get_backend(), DatabaseBackend):
        deliver_case_messages.enqueue(case_id)
    else:
        transaction.on_commit(lambda: deliver_case_messages.enqueue(case_id))
