"""The service-level dashboard in the admin: the stats figures as bars, for permitted staff."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.contrib.auth.models import Group, Permission

from contactcenter.services import contact_log
from tests import factories

pytestmark = pytest.mark.django_db

URL = "/admin/reports/contact-center/"
MONDAY = dt.datetime(2026, 3, 9, 9, 0, tzinfo=dt.UTC)


def staff(*codenames: str) -> Any:
    group = Group.objects.create(name="Kontaktcenter ledning")
    group.permissions.add(*Permission.objects.filter(codename__in=["access_admin", *codenames]))
    return factories.UserFactory(username="ledning", groups=[group])


def test_the_dashboard_shows_the_period_s_service_levels(client: Any, receiver: Any) -> None:
    for seconds in (10, 15, 40):
        contact_log(
            channel="phone",
            started_at=MONDAY,
            answered_at=MONDAY + dt.timedelta(seconds=seconds),
            now=MONDAY + dt.timedelta(minutes=5),
        )
    contact_log(
        channel="phone",
        started_at=MONDAY,
        answered_at=MONDAY + dt.timedelta(seconds=5),
        forwarded_to_id=receiver.pk,
        task_description="Ring upp.",
        now=MONDAY + dt.timedelta(minutes=5),
    )
    client.force_login(staff("view_contact"))
    response = client.get(URL, {"start": "2026-03-01", "end": "2026-03-31"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "4 contacts from 2026-03-01 to 2026-03-31" in page
    assert "75.0 % (3 / 4)" in page or "75,0 % (3 / 4)" in page  # phone within 20 s
    assert 'width="75.0"' in page  # and as a bar
    assert 'data-organisation="trafikkontoret"' in page
    # Nonsense dates fall back to the last 30 days rather than failing.
    assert client.get(URL, {"start": "igår", "end": "2026-02-30"}).status_code == 200


def test_the_dashboard_is_for_permitted_staff_only(client: Any) -> None:
    client.force_login(staff())
    assert client.get(URL).status_code in {302, 403}
    assert URL not in client.get("/admin/").content.decode()
