"""Disposal of cases (gallring) under a recorded decision: the only way a filed case is
ever deleted. The retention job never touches cases.

A decision names a form and how long its cases must have been closed. Running it deletes
those cases with their history, messages, notifications and attachment files, and
registers each one (`DisposedCase`: reference, when filed and closed, when disposed and
by whom). The access log keeps its rows: they name the case by reference only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import structlog
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from eservices.models import Attachment, Case, DisposalDecision, DisposedCase
from eservices.storage import attachment_storage

log = structlog.get_logger(__name__)
BATCH = 500


def disposal_candidates(
    decision: DisposalDecision, *, now: dt.datetime | None = None
) -> QuerySet[Case]:
    """Closed cases of the decision's form (any language), closed long enough ago."""
    now = now or timezone.now()
    return Case.objects.filter(
        form_version__form__translation_key=decision.form.translation_key,
        status=Case.Status.CLOSED,
        status_changed_at__lte=now - dt.timedelta(days=decision.closed_for_days),
    ).order_by("pk")


@dataclass(frozen=True)
class Disposal:
    references: list[str]
    files: int


def decision_execute(
    decision: DisposalDecision, *, by: str, dry_run: bool = False, now: dt.datetime | None = None
) -> Disposal:
    """Dispose of every case the decision covers now (or only say which, dry)."""
    now = now or timezone.now()
    candidates = disposal_candidates(decision, now=now)
    if dry_run:
        return Disposal(references=list(candidates.values_list("reference", flat=True)), files=0)
    references: list[str] = []
    files = 0
    while True:
        batch, removed = _batch_dispose(decision, candidates, by=by, now=now)
        references += batch
        files += removed
        if len(batch) < BATCH:
            break
    log.info("cases_disposed", decision=decision.reference, cases=len(references), files=files)
    return Disposal(references=references, files=files)


def _batch_dispose(
    decision: DisposalDecision, candidates: QuerySet[Case], *, by: str, now: dt.datetime
) -> tuple[list[str], int]:
    """One batch in one transaction. The files go once the rows are committed (also when
    called inside an outer transaction): a failure before then leaves the case whole; a
    file left behind by a failure after it is only a file, named by no record."""
    with transaction.atomic():
        # of=self: lock the cases, not the form and version rows the query joins (new
        # submissions to the form take a key-share lock on those and must not wait).
        cases = list(candidates.select_for_update(of=("self",))[:BATCH])
        ids = [case.pk for case in cases]
        names = list(Attachment.objects.filter(case_id__in=ids).values_list("file", flat=True))
        DisposedCase.objects.bulk_create(
            DisposedCase(
                decision=decision,
                reference=case.reference,
                organisation_id=case.organisation_id,
                filed_at=case.created_at,
                closed_at=case.status_changed_at,
                disposed_at=now,
                disposed_by=by,
            )
            for case in cases
        )
        Attachment.objects.filter(case_id__in=ids).delete()
        Case.objects.filter(pk__in=ids).delete()
        transaction.on_commit(lambda: _files_delete(names))
    return [case.reference for case in cases], len(names)


def _files_delete(names: list[str]) -> None:
    storage = attachment_storage()
    for name in names:
        storage.delete(name)
