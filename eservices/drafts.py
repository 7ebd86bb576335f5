"""Drafts: a signed-in citizen's unfinished answers, saved to resume later.

A draft holds only keys that are fields of its form, is bounded in size, and is deleted
`DRAFT_TTL_DAYS` after it was last saved (the retention job), or in the transaction that
files the case made from it. Drafts are personal: every read and write names the citizen,
and another citizen's draft is as absent as one that never was.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from eservices import schema
from eservices.models import Draft, FormVersion

MAX_DEPTH = 4  # an answer is at most a list or an object of values


class DraftError(Exception):
    code = "draft_error"


class InvalidDraft(DraftError):
    code = "validation_error"

    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__("The draft cannot be saved.")
        self.errors = errors


class DraftNotFound(DraftError):
    code = "not_found"


class TooManyDrafts(DraftError):
    code = "draft_limit_reached"


def expiry(now: dt.datetime | None = None) -> dt.datetime:
    return (now or timezone.now()) + dt.timedelta(days=settings.DRAFT_TTL_DAYS)


def draft_problems(version: FormVersion, data: dict[str, Any]) -> dict[str, list[str]]:
    """Field -> problems of partial answers: unknown keys, NUL characters, depth, size."""
    names = {f["name"] for f in version.fields}
    errors = {key: ["Not a field of this form."] for key in data if key not in names}
    for key, value in data.items():
        problem = schema.answer_problem(value, max_depth=MAX_DEPTH)
        if problem:
            errors.setdefault(key, []).append(problem)
    if "\x00" in "".join(data):
        errors.setdefault("", []).append("A field name contains a NUL character.")
    if not errors and len(json.dumps(data, ensure_ascii=False).encode()) > settings.DRAFT_MAX_BYTES:
        errors[""] = [f"A draft may hold at most {settings.DRAFT_MAX_BYTES} bytes of answers."]
    return errors


@transaction.atomic
def draft_create(*, citizen_id: int, version: FormVersion, data: dict[str, Any]) -> Draft:
    """Save a new draft of answers to `version`'s form for the citizen.

    Only keys that are fields of the form; a citizen keeps at most DRAFTS_PER_CITIZEN.
    """
    errors = draft_problems(version, data)
    if errors:
        raise InvalidDraft(errors)
    live = Draft.objects.filter(citizen_id=citizen_id, expires_at__gt=timezone.now())
    if live.count() >= settings.DRAFTS_PER_CITIZEN:
        raise TooManyDrafts(
            f"At most {settings.DRAFTS_PER_CITIZEN} drafts; submit or delete one first."
        )
    draft = Draft(
        citizen_id=citizen_id,
        form_id=version.form_id,
        locale=version.locale,
        data=data,
        expires_at=expiry(),
    )
    draft.full_clean()
    draft.save(force_insert=True)
    return draft


@transaction.atomic
def draft_update(*, draft_id: uuid.UUID, citizen_id: int, data: dict[str, Any]) -> Draft:
    """Replace the draft's answers, checked against its form's latest version; the draft's
    life starts again from now."""
    draft = _own(draft_id, citizen_id, lock=True)
    version = draft.form.versions.order_by("-number").first()
    assert version is not None  # a draft is only made of a published form
    errors = draft_problems(version, data)
    if errors:
        raise InvalidDraft(errors)
    draft.data = data
    draft.expires_at = expiry()
    draft.full_clean()
    draft.save(update_fields=["data", "expires_at", "updated_at"])
    return draft


@transaction.atomic
def draft_delete(*, draft_id: uuid.UUID, citizen_id: int) -> None:
    """Delete one of the citizen's drafts."""
    _own(draft_id, citizen_id, lock=True).delete()


def draft_consume(*, draft_id: uuid.UUID, citizen_id: int | None, form_id: int) -> str:
    """Delete the draft a case was made from, in the transaction that files the case.

    Returns the problem ("" when none): no such draft of this citizen, or of another form.
    """
    draft = (
        Draft.objects.select_for_update(of=("self",))
        .filter(pk=draft_id, citizen_id=citizen_id, expires_at__gt=timezone.now())
        .first()
        if citizen_id is not None
        else None
    )
    if draft is None:
        return "No such draft of the signed-in citizen."
    if draft.form_id != form_id:
        return "This draft belongs to another form."
    draft.delete()
    return ""


def _own(draft_id: uuid.UUID, citizen_id: int, *, lock: bool = False) -> Draft:
    queryset = Draft.objects.select_for_update(of=("self",)) if lock else Draft.objects.all()
    draft = drafts_of(citizen_id=citizen_id, queryset=queryset).filter(pk=draft_id).first()
    if draft is None:
        raise DraftNotFound("No such draft.")
    return draft


# --- Reads ----------------------------------------------------------------------------------


def drafts_of(*, citizen_id: int, queryset: QuerySet[Draft] | None = None) -> QuerySet[Draft]:
    """The citizen's drafts that have not expired, last saved first.

    An expired draft the retention job has not reached yet is already gone to its owner.
    """
    queryset = Draft.objects.all() if queryset is None else queryset
    return (
        queryset.filter(citizen_id=citizen_id, expires_at__gt=timezone.now())
        .select_related("form", "form__locale")
        .order_by("-updated_at", "pk")
    )


def draft_of(*, draft_id: uuid.UUID, citizen_id: int) -> Draft | None:
    """One of the citizen's unexpired drafts, or None (also for another citizen's)."""
    return drafts_of(citizen_id=citizen_id).filter(pk=draft_id).first()
