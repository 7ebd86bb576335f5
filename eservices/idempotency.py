"""Idempotency-Key handling for every write a client may retry (submissions, a handler's
status change or message): the first request with a key claims it, its answer is kept
with it, and a retry with the same key and body gets that answer again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from eservices.models import IdempotencyKey

KEY_CONSTRAINT = IdempotencyKey._meta.constraints[0].name
# A claim older than this is taken to belong to a request that died.
CLAIM_TIMEOUT = dt.timedelta(seconds=60)


class KeyReused(Exception):
    code = "idempotency_key_reused"


class RequestInProgress(Exception):
    code = "request_in_progress"


@dataclass(frozen=True)
class Outcome:
    status: int
    body: dict[str, Any]
    replayed: bool = False


def request_hash(body: Any) -> str:
    """The same JSON, however it was spaced or ordered, hashes the same."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def claim(owner: str, key: str, body_hash: str) -> IdempotencyKey | Outcome:
    """This request's hold on the key, or the answer an earlier request got with it.

    Raises KeyReused when the key came with another body, RequestInProgress while the
    request that holds it is still being handled.
    """
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
    raise RequestInProgress("The same request is being handled; try again shortly.")


def _existing_claim(
    existing: IdempotencyKey, body_hash: str, now: dt.datetime
) -> IdempotencyKey | Outcome:
    if existing.request_hash != body_hash:
        raise KeyReused("This Idempotency-Key was used for another request.")
    if existing.state == IdempotencyKey.State.COMPLETED:
        assert existing.response_status is not None and existing.response_body is not None
        return Outcome(existing.response_status, existing.response_body, replayed=True)
    stale = existing.created_at < now - CLAIM_TIMEOUT
    taken = stale and IdempotencyKey.objects.filter(
        pk=existing.pk, state=IdempotencyKey.State.IN_PROGRESS, created_at=existing.created_at
    ).update(created_at=now)
    if not taken:
        raise RequestInProgress("The same request is being handled; try again shortly.")
    existing.created_at = now
    return existing


def earlier_answer(owner: str, key: str, body_hash: str) -> Outcome | None:
    """The answer a request with this key already got; None when the key is free (unused,
    or held by a claim whose request died, which is removed).

    Raises KeyReused when the key came with another body, RequestInProgress while a
    request holding it (see `claim`) is still being handled.
    """
    existing = IdempotencyKey.objects.filter(owner=owner, key=key).first()
    if existing is None:
        return None
    if existing.request_hash != body_hash:
        raise KeyReused("This Idempotency-Key was used for another request.")
    if existing.state != IdempotencyKey.State.COMPLETED:
        dead = existing.created_at < timezone.now() - CLAIM_TIMEOUT
        if (
            dead
            and IdempotencyKey.objects.filter(
                pk=existing.pk, state=existing.state, created_at=existing.created_at
            ).delete()[0]
        ):
            return None
        raise RequestInProgress("The same request is being handled; try again shortly.")
    assert existing.response_status is not None and existing.response_body is not None
    return Outcome(existing.response_status, existing.response_body, replayed=True)


def is_key_conflict(error: IntegrityError) -> bool:
    """Whether the error is the key's unique constraint (PostgreSQL names the constraint,
    SQLite the table's columns), not another rule the change broke."""
    message = str(error)
    return KEY_CONSTRAINT in message or f"{IdempotencyKey._meta.db_table}.key" in message


def record(
    owner: str, key: str, body_hash: str, *, status: int, body: dict[str, Any], case_id: int | None
) -> None:
    """Keep the answer with a key nobody holds, in the transaction that made the change.

    A second request with the key fails on the key's unique constraint (after waiting for
    the first one's transaction, if it is still open): its whole transaction is undone and
    `earlier_answer` gives it what the first one got.
    """
    IdempotencyKey.objects.create(
        owner=owner,
        key=key,
        request_hash=body_hash,
        state=IdempotencyKey.State.COMPLETED,
        response_status=status,
        response_body=body,
        case_id=case_id,
        created_at=timezone.now(),
    )


def complete(
    held: IdempotencyKey, *, status: int, body: dict[str, Any], case_id: int | None
) -> None:
    """Keep the answer with the key; call it in the transaction that made the change."""
    IdempotencyKey.objects.filter(pk=held.pk).update(
        state=IdempotencyKey.State.COMPLETED,
        response_status=status,
        response_body=body,
        case_id=case_id,
    )


def release(held: IdempotencyKey) -> None:
    """Give the key up when the request failed: nothing was kept, it may be used again."""
    IdempotencyKey.objects.filter(pk=held.pk, state=IdempotencyKey.State.IN_PROGRESS).delete()


def run_once(
    *,
    owner: str,
    key: str,
    body_hash: str,
    change: Callable[[], tuple[int, dict[str, Any], int | None]],
) -> Outcome:
    """Make `change` (returning status, answer, case id) at most once per (owner, key).

    The change and the kept answer commit together; if the change raises, the key is
    released and the error goes on.
    """
    held = claim(owner, key, body_hash)
    if isinstance(held, Outcome):
        return held
    try:
        with transaction.atomic():
            status, body, case_id = change()
            complete(held, status=status, body=body, case_id=case_id)
    except Exception:
        release(held)
        raise
    return Outcome(status=status, body=body)
