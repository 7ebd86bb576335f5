"""Cases go only under a recorded disposal decision, and each one that goes is registered."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from eservices import audit, cases
from eservices.disposal import decision_execute
from eservices.models import (
    Attachment,
    Case,
    CaseAccess,
    CaseEvent,
    DisposalDecision,
    DisposedCase,
    OutboxMessage,
)
from eservices.retention import expired_purge
from eservices.storage import attachment_storage
from tests import factories
from tests.cases import FAULT_REPORT, file_case, publish_form
from tests.eservices.test_retention import kept

pytestmark = pytest.mark.django_db


def closed(case: Case, days_ago: int) -> Case:
    cases.case_transition(case=case, status="in_progress", actor_id=None)
    cases.case_transition(case=case, status="closed", reason="completed", actor_id=None)
    Case.objects.filter(pk=case.pk).update(
        status_changed_at=timezone.now() - dt.timedelta(days=days_ago)
    )
    return case


@pytest.fixture
def decision(home: Any) -> DisposalDecision:
    form = publish_form("felanmalan")
    publish_form("synpunkter", organisation=form.organisation)
    return DisposalDecision.objects.create(
        reference="KS 2026/412",
        decided_on=dt.date(2026, 3, 1),
        decided_by="Kommunstyrelsen",
        description="Felanmälningar gallras två år efter att ärendet avslutats.",
        form=form,
        closed_for_days=730,
    )


def test_a_decision_disposes_of_old_closed_cases_of_its_form_and_registers_them(
    decision: DisposalDecision, django_capture_on_commit_callbacks: Any
) -> None:
    from eservices import selectors

    version = selectors.current_version(slug="felanmalan", locale="sv")
    photo = kept(version)
    old = closed(
        file_case(
            data={**FAULT_REPORT, "photos": [str(photo.pk)]},
            upload_secrets={str(photo.pk): photo.upload_secret},
        ),
        days_ago=800,
    )
    recent = closed(file_case(), days_ago=100)
    still_open = file_case()
    Case.objects.filter(pk=still_open.pk).update(
        created_at=timezone.now() - dt.timedelta(days=1000)
    )
    feedback = closed(
        file_case("synpunkter", {"topic": "annat", "message": "Hej", "wants_answer": "nej"}),
        days_ago=800,
    )
    reader = factories.UserFactory(username="registrator", is_superuser=True)
    audit.case_access_record(case=old, action="view", user=reader)
    photo.refresh_from_db()
    assert attachment_storage().exists(photo.file)

    dry = decision_execute(decision, by="registrator", dry_run=True)
    assert dry.references == [old.reference]
    assert Case.objects.filter(pk=old.pk).exists()

    with django_capture_on_commit_callbacks(execute=True):
        done = decision_execute(decision, by="registrator")
        assert attachment_storage().exists(photo.file)  # until the disposal commits

    assert done.references == [old.reference]
    assert done.files == 1
    assert set(Case.objects.values_list("pk", flat=True)) == {
        recent.pk,
        still_open.pk,
        feedback.pk,
    }
    assert not CaseEvent.objects.filter(case_id=old.pk).exists()
    assert not OutboxMessage.objects.filter(case_id=old.pk).exists()
    assert not Attachment.objects.filter(pk=photo.pk).exists()
    assert not attachment_storage().exists(photo.file)
    register = DisposedCase.objects.get()
    assert (register.reference, register.decision, register.disposed_by) == (
        old.reference,
        decision,
        "registrator",
    )
    # The access log still says the case was read, by reference.
    assert CaseAccess.objects.get().reference == old.reference


def test_the_retention_job_never_deletes_a_case(decision: DisposalDecision) -> None:
    case = closed(file_case(), days_ago=10_000)
    expired_purge(now=timezone.now() + dt.timedelta(days=10_000))
    assert Case.objects.filter(pk=case.pk).exists()


def test_the_command_runs_a_named_decision(decision: DisposalDecision) -> None:
    case = closed(file_case(), days_ago=800)
    out = io.StringIO()
    call_command("dispose_cases", "KS 2026/412", "--by", "registrator", "--dry-run", stdout=out)
    assert f"Would dispose of 1 cases under KS 2026/412.\n  {case.reference}" in out.getvalue()
    assert Case.objects.exists()
    call_command("dispose_cases", "KS 2026/412", "--by", "registrator", stdout=io.StringIO())
    assert not Case.objects.exists()
    with pytest.raises(CommandError, match="No disposal decision"):
        call_command("dispose_cases", "KS 1999/1", "--by", "registrator")
