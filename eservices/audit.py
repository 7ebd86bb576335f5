"""Staff reads of citizens' personal data, accounted for.

Every time staff read a case (its answers, history and messages) or download one of its
files, in the admin or through a back-office client with `cases:manage`, a `CaseAccess`
row says who, when, which case and why. The why is derived from how the reader got
there, not typed: a member of the handling organisation's case handler groups is
handling it; anyone else who can read it does so under the permission to handle every
organisation's cases (a supervisor, the registrar), which the monthly review looks at
first; a client-credentials system acts for the organisations it was registered for.

`month_report` gives the monthly review in the admin (eservices.admin_views); reviewers
sign a month off with a `CaseAccessReview`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from eservices.models import Case, CaseAccess, CaseAccessReview

Action = CaseAccess.Action
Purpose = CaseAccess.Purpose


def staff_purpose(user: Any, case: Case) -> str:
    """Handling when the user is in one of the case's organisation's handler groups."""
    from cms.models import Organisation

    handles = Organisation.objects.filter(
        pk=case.organisation_id, case_handler_groups__user=user
    ).exists()
    return Purpose.HANDLING if handles else Purpose.ALL_CASES


def case_access_record(
    *,
    case: Case,
    action: str,
    user: Any = None,
    client_id: str = "",
    attachment_id: uuid.UUID | str | None = None,
) -> CaseAccess:
    """One read, by a staff user (in the admin or through their own token) or by a
    client-credentials system (no user)."""
    if user is not None:
        purpose = staff_purpose(user, case)
        actor_id, actor_name = user.pk, user.get_username()
    else:
        purpose, actor_id, actor_name = Purpose.BACK_OFFICE, None, ""
    return CaseAccess.objects.create(
        reference=case.reference,
        case_id=case.pk,
        organisation_id=case.organisation_id,
        actor_id=actor_id,
        actor_name=actor_name,
        client_id=client_id,
        action=action,
        purpose=purpose,
        attachment_id=attachment_id,
    )


def month_bounds(month: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The month in the city's time zone, as [start, end) instants."""
    zone = ZoneInfo(settings.TIME_ZONE)
    start = dt.datetime(month.year, month.month, 1, tzinfo=zone)
    following = dt.datetime(month.year + month.month // 12, month.month % 12 + 1, 1, tzinfo=zone)
    return start, following


def month_accesses(month: dt.date) -> QuerySet[CaseAccess]:
    start, end = month_bounds(month)
    return CaseAccess.objects.filter(created_at__gte=start, created_at__lt=end)


@dataclass(frozen=True)
class ReaderLine:
    """One reader's month: how much, of how many cases, and how much of it outside
    their own organisations' cases."""

    reader: str
    client_id: str
    reads: int
    cases: int
    attachments: int
    outside_handling: int


@dataclass
class MonthReport:
    month: dt.date
    total: int = 0
    readers: list[ReaderLine] = field(default_factory=list)
    review: CaseAccessReview | None = None

    @property
    def outside_handling(self) -> int:
        return sum(line.outside_handling for line in self.readers)


def month_report(month: dt.date) -> MonthReport:
    """Per reader, most reads outside handling first: what a reviewer checks."""
    rows = (
        month_accesses(month)
        .values("actor_id", "actor_name", "client_id")
        .annotate(
            reads=Count("pk"),
            cases=Count("reference", distinct=True),
            attachments=Count("pk", filter=Q(action=Action.ATTACHMENT)),
            outside=Count("pk", filter=Q(purpose=Purpose.ALL_CASES)),
        )
        .order_by("-outside", "-reads", "actor_name", "client_id")
    )
    readers = [
        ReaderLine(
            reader=row["actor_name"],
            client_id=row["client_id"],
            reads=row["reads"],
            cases=row["cases"],
            attachments=row["attachments"],
            outside_handling=row["outside"],
        )
        for row in rows
    ]
    return MonthReport(
        month=month,
        total=sum(line.reads for line in readers),
        readers=readers,
        review=CaseAccessReview.objects.filter(month=month).first(),
    )


CSV_HEADER = ("when", "who", "client", "case", "organisation_id", "what", "why", "attachment")


def month_rows(month: dt.date) -> Iterator[tuple[str, ...]]:
    """Every read of the month, oldest first, streamed for the CSV export."""
    yield CSV_HEADER
    for access in month_accesses(month).order_by("created_at", "pk").iterator(chunk_size=2000):
        yield (
            access.created_at.isoformat(),
            access.actor_name,
            access.client_id,
            access.reference,
            "" if access.organisation_id is None else str(access.organisation_id),
            access.action,
            access.purpose,
            "" if access.attachment_id is None else str(access.attachment_id),
        )


class MonthNotOver(ValueError):
    """Reads can still come in: a month is signed off once it has ended."""


def month_review(
    *, month: dt.date, user: Any, note: str, now: dt.datetime | None = None
) -> tuple[CaseAccessReview, bool]:
    """Sign the month off (once); (the review, whether this call made it)."""
    _start, end = month_bounds(month)
    if end > (now or timezone.now()):
        raise MonthNotOver("The month is not over yet.")
    return CaseAccessReview.objects.get_or_create(
        month=month,
        defaults={"reviewed_by": user, "reviewer_name": user.get_username(), "note": note},
    )
