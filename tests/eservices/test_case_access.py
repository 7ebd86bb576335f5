"""Staff reads of cases are logged (who, when, which case, why), the log cannot be
changed, and a reviewer reads the month and signs it off in the admin."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

import pytest
from django.contrib.auth.models import Permission
from django.db import DatabaseError, connection, transaction
from django.urls import reverse
from django.utils import timezone

from eservices import audit
from eservices.models import Case, CaseAccess, CaseAccessReview
from tests import factories
from tests.cases import file_case, handler_group, publish_form
from tests.tokens import machine_token, user_token


@pytest.fixture
def traffic(db: None) -> Any:
    return factories.OrganisationFactory(slug="trafikkontoret", name="Trafikkontoret")


@pytest.fixture
def case(home: Any, traffic: Any) -> Case:
    publish_form("felanmalan", organisation=traffic)
    return file_case()


def handler(organisation: Any, username: str = "handlaggare") -> Any:
    user = factories.UserFactory(username=username)
    user.groups.add(handler_group(organisation))
    return user


def reviewer() -> Any:
    user = factories.UserFactory(username="registrator")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="review_case_access"),
    )
    return user


@pytest.mark.django_db
def test_a_handler_reading_a_case_in_the_admin_is_logged_as_handling(
    client: Any, case: Case, traffic: Any
) -> None:
    reader = handler(traffic)
    client.force_login(reader)
    assert client.get(reverse("cases:index")).status_code == 200
    assert not CaseAccess.objects.exists()  # the listing shows no one's answers
    assert client.get(reverse("cases:inspect", args=[case.pk])).status_code == 200
    access = CaseAccess.objects.get()
    assert (access.reference, access.actor_id, access.actor_name) == (
        case.reference,
        reader.pk,
        "handlaggare",
    )
    assert (access.action, access.purpose) == ("view", "handling")
    assert access.organisation_id == traffic.pk


@pytest.mark.django_db
def test_reading_someone_elses_case_under_the_all_cases_permission_is_marked(
    client: Any, case: Case
) -> None:
    chief = factories.UserFactory(username="chef", is_superuser=True)
    client.force_login(chief)
    assert client.get(reverse("cases:inspect", args=[case.pk])).status_code == 200
    assert CaseAccess.objects.get().purpose == "all_cases"


@pytest.mark.django_db
def test_a_refused_read_is_not_a_read(client: Any, case: Case) -> None:
    other = handler(factories.OrganisationFactory(slug="parkforvaltningen"), "annan")
    client.force_login(other)
    assert client.get(reverse("cases:inspect", args=[case.pk])).status_code == 404
    assert not CaseAccess.objects.exists()


@pytest.mark.django_db
def test_back_office_reads_through_the_api_are_logged_with_their_client(
    client: Any, case: Case, traffic: Any
) -> None:
    token = machine_token(
        client, name="Ärendesystemet", scopes=["cases:manage"], organisations=["trafikkontoret"]
    )
    url = f"/api/v1/cases/{case.reference}/"
    assert client.get(url, HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 200
    listing = client.get("/api/v1/cases/", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert listing.status_code == 200
    access = CaseAccess.objects.get()
    assert (access.purpose, access.actor_id, access.action) == ("back_office", None, "view")
    assert access.client_id  # the registered client's id

    staff = handler(traffic)
    staff_token = user_token(client, user=staff, scopes=["cases:manage"])
    assert client.get(url, HTTP_AUTHORIZATION=f"Bearer {staff_token}").status_code == 200
    latest = CaseAccess.objects.order_by("-pk").first()
    assert latest is not None
    assert (latest.actor_name, latest.purpose) == ("handlaggare", "handling")


@pytest.mark.django_db
def test_the_log_is_append_only(case: Case, traffic: Any) -> None:
    access = audit.case_access_record(case=case, action="view", user=handler(traffic))
    with pytest.raises(PermissionError):
        access.save()
    with pytest.raises(PermissionError):
        access.delete()
    # Not even a bulk update or delete gets past the database.
    with pytest.raises(DatabaseError), transaction.atomic():
        CaseAccess.objects.filter(pk=access.pk).update(actor_name="någon annan")
    if connection.vendor == "postgresql":  # see migration 0008
        with pytest.raises(DatabaseError), transaction.atomic():
            CaseAccess.objects.filter(pk=access.pk).delete()
    assert CaseAccess.objects.get().actor_name == "handlaggare"
    # A row older than a year may go (the retention job's work).
    CaseAccess.objects.create(
        reference=case.reference,
        actor_name="handlaggare",
        action="view",
        purpose="handling",
        created_at=timezone.now() - dt.timedelta(days=400),
    )
    year_ago = timezone.now() - dt.timedelta(days=365)
    assert CaseAccess.objects.filter(created_at__lt=year_ago).delete()[0] == 1


@pytest.mark.django_db
def test_the_log_outlives_the_reader_s_account(case: Case, traffic: Any) -> None:
    reader = handler(traffic)
    audit.case_access_record(case=case, action="view", user=reader)
    reader.delete()
    assert CaseAccess.objects.get().actor_name == "handlaggare"


@pytest.mark.django_db
def test_the_monthly_report_puts_reads_outside_handling_first(case: Case, traffic: Any) -> None:
    reader, chief = handler(traffic), factories.UserFactory(username="chef", is_superuser=True)
    for _ in range(3):
        audit.case_access_record(case=case, action="view", user=reader)
    audit.case_access_record(case=case, action="view", user=chief)
    audit.case_access_record(case=case, action="attachment", user=chief)
    report = audit.month_report(timezone.localdate().replace(day=1))
    assert report.total == 5
    assert [
        (r.reader, r.reads, r.cases, r.attachments, r.outside_handling) for r in report.readers
    ] == [
        ("chef", 2, 1, 1, 2),
        ("handlaggare", 3, 1, 0, 0),
    ]
    # Another month holds none of it.
    assert audit.month_report(dt.date(2020, 1, 1)).total == 0


@pytest.mark.django_db
def test_a_reviewer_reads_the_month_downloads_it_and_signs_it_off(
    client: Any, case: Case, traffic: Any
) -> None:
    reader = handler(traffic)
    # A read last month, as the log would hold it.
    last_month = timezone.localdate().replace(day=1) - dt.timedelta(days=1)
    CaseAccess.objects.create(
        reference=case.reference,
        case_id=case.pk,
        organisation_id=traffic.pk,
        actor_id=reader.pk,
        actor_name="handlaggare",
        action="view",
        purpose="handling",
        created_at=timezone.now() - dt.timedelta(days=timezone.localdate().day + 1),
    )
    month = last_month.strftime("%Y-%m")
    url = reverse("case_access_report")

    client.force_login(reader)  # a handler may not review the log
    assert client.get(url).status_code in {302, 403}

    client.force_login(reviewer())
    page = client.get(url, {"month": month})
    assert page.status_code == 200
    html = page.content.decode()
    assert 'data-reader="handlaggare"' in html

    exported = client.get(url, {"month": month, "export": "csv"})
    assert exported["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(exported.streaming_content).decode())))
    assert rows[0] == list(audit.CSV_HEADER)
    assert [(r[1], r[3], r[5], r[6]) for r in rows[1:]] == [
        ("handlaggare", case.reference, "view", "handling")
    ]

    # This month is not over: reads may still come, so it cannot be signed off yet.
    this_month = timezone.localdate().strftime("%Y-%m")
    client.post(f"{url}?month={this_month}", {"note": "För tidigt."})
    assert not CaseAccessReview.objects.exists()

    signed = client.post(f"{url}?month={month}", {"note": "Inga avvikelser."})
    assert signed.status_code == 302
    review = CaseAccessReview.objects.get()
    assert (review.reviewer_name, review.note) == ("registrator", "Inga avvikelser.")
    assert "data-reviewed" in client.get(url, {"month": month}).content.decode()
    # Signing it off again changes nothing.
    client.post(f"{url}?month={month}", {"note": "Något annat."})
    assert CaseAccessReview.objects.get().note == "Inga avvikelser."


@pytest.mark.django_db
def test_the_report_menu_shows_the_log_only_to_reviewers(client: Any, traffic: Any) -> None:
    client.force_login(handler(traffic))
    home_page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("case_access_report") not in home_page
    client.force_login(reviewer())
    assert (
        reverse("case_access_report") in client.get(reverse("wagtailadmin_home")).content.decode()
    )
