"""Handlers work cases in the admin: their organisations' cases only, the lifecycle's
rules, messages to the citizen, and no way to add, edit or delete a case."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from eservices.models import Case, CaseMessage
from tests import factories
from tests.cases import file_case, handler_group, publish_form


@pytest.fixture
def organisations(db: None) -> tuple[Any, Any]:
    return (
        factories.OrganisationFactory(slug="trafikkontoret", name="Trafikkontoret"),
        factories.OrganisationFactory(slug="parkforvaltningen", name="Parkförvaltningen"),
    )


@pytest.fixture
def two_cases(home: Any, organisations: tuple[Any, Any]) -> tuple[Case, Case]:
    traffic, parks = organisations
    publish_form("felanmalan", organisation=traffic)
    publish_form("synpunkter", organisation=parks)
    feedback = {"topic": "annat", "message": "Parkbänken är sönder", "wants_answer": "nej"}
    return file_case(), file_case("synpunkter", feedback)


def handler(organisation: Any, *, change: bool = True, username: str = "handlaggare") -> Any:
    user = factories.UserFactory(username=username)
    user.groups.add(handler_group(organisation, change=change))
    return user


def inspect_url(case: Case) -> str:
    return reverse("cases:inspect", args=[case.pk])


@pytest.mark.django_db
def test_handlers_list_only_their_organisations_cases(
    client: Any, two_cases: tuple[Case, Case], organisations: tuple[Any, Any]
) -> None:
    ours, theirs = two_cases
    client.force_login(handler(organisations[0]))
    response = client.get(reverse("cases:index"))
    assert response.status_code == 200
    html = response.content.decode()
    assert ours.reference in html
    assert theirs.reference not in html
    assert client.get(inspect_url(theirs)).status_code == 404


@pytest.mark.django_db
def test_a_handler_changes_the_status_and_writes_to_the_citizen(
    client: Any, two_cases: tuple[Case, Case], organisations: tuple[Any, Any]
) -> None:
    ours, _ = two_cases
    user = handler(organisations[0])
    client.force_login(user)
    page = client.get(inspect_url(ours)).content.decode()
    assert "Lampan vid busshållplatsen är trasig." in page  # the citizen's answers
    moved = client.post(
        inspect_url(ours),
        {"action": "transition", "status": "in_progress", "note": "Vi åtgärdar i veckan."},
    )
    assert moved.status_code == 302
    ours.refresh_from_db()
    assert ours.status == "in_progress"
    assert ours.events.last().actor == user  # type: ignore[union-attr]
    written = client.post(inspect_url(ours), {"action": "message", "body": "Vilken lampa?"})
    assert written.status_code == 302
    assert CaseMessage.objects.get(case=ours).author == user
    page = client.get(inspect_url(ours)).content.decode()
    assert "Vilken lampa?" in page and "Vi åtgärdar i veckan." in page


@pytest.mark.django_db
def test_the_admin_refuses_what_the_lifecycle_does_not_allow(
    client: Any, two_cases: tuple[Case, Case], organisations: tuple[Any, Any]
) -> None:
    ours, _ = two_cases
    client.force_login(handler(organisations[0]))
    response = client.post(inspect_url(ours), {"action": "transition", "status": "closed"})
    assert response.status_code == 200  # the form again, with the error
    assert "takes one of these reasons" in response.content.decode()
    decided = client.post(
        inspect_url(ours), {"action": "transition", "status": "decided", "reason": "approved"}
    )
    assert decided.status_code == 200  # not offered from received
    ours.refresh_from_db()
    assert (ours.status, ours.events.count()) == ("received", 1)


@pytest.mark.django_db
def test_readers_without_the_change_permission_cannot_handle(
    client: Any, two_cases: tuple[Case, Case], organisations: tuple[Any, Any]
) -> None:
    ours, _ = two_cases
    client.force_login(handler(organisations[0], change=False))
    page = client.get(inspect_url(ours))
    assert page.status_code == 200
    assert 'name="action"' not in page.content.decode()
    refused = client.post(inspect_url(ours), {"action": "transition", "status": "in_progress"})
    assert refused.status_code in {302, 403}
    ours.refresh_from_db()
    assert ours.status == "received"


@pytest.mark.django_db
def test_nobody_adds_edits_or_deletes_a_case_here(
    client: Any, two_cases: tuple[Case, Case]
) -> None:
    ours, _ = two_cases
    client.force_login(factories.UserFactory(username="chef", is_superuser=True, is_staff=True))
    assert ours.reference in client.get(reverse("cases:index")).content.decode()
    for url in [
        reverse("cases:add"),
        reverse("cases:edit", args=[ours.pk]),
        reverse("cases:delete", args=[ours.pk]),
    ]:
        assert client.get(url).status_code in {302, 403}, url
        assert client.post(url, {"status": "closed"}).status_code in {302, 403}, url
    assert Case.objects.filter(pk=ours.pk, status="received").exists()


@pytest.mark.parametrize(
    ("answer", "shown"),
    [
        ({"lat": 57.7, "lon": 11.97}, "57.7, 11.97"),
        (
            {"street": "Storgatan 1", "postal_code": "411 38", "city": "Göteborg"},
            "Storgatan 1, 411 38 Göteborg",
        ),
        (["svenska", "finska"], "svenska, finska"),
        (True, "Yes"),
        (40, "40"),
    ],
)
def test_answers_read_as_a_handler_reads_them(answer: Any, shown: str) -> None:
    from django.utils import translation

    from eservices.admin_views import readable

    with translation.override("en"):
        assert readable(answer) == shown


@pytest.mark.django_db
def test_handlers_open_the_files_of_their_cases_only(
    client: Any, home: Any, organisations: tuple[Any, Any]
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from eservices.models import Attachment
    from tests.cases import FAULT_REPORT
    from tests.images import png

    traffic, parks = organisations
    publish_form("felanmalan", organisation=traffic)
    upload = SimpleUploadedFile("lampa.png", png(), content_type="image/png")
    sent = client.post("/api/v1/attachments/", {"form": "felanmalan", "file": upload}).json()
    attachment_id = sent["id"]
    case = file_case(
        data={**FAULT_REPORT, "photos": [attachment_id]},
        upload_secrets={attachment_id: sent["upload_secret"]},
    )
    url = reverse("cases:attachment", args=[case.pk, attachment_id])
    assert client.get(url).status_code == 302  # to the sign-in page
    client.force_login(handler(traffic))
    page = client.get(inspect_url(case)).content.decode()
    assert url in page
    response = client.get(url)
    assert response.status_code == 200
    stored = Attachment.objects.get(pk=attachment_id)
    assert len(b"".join(response.streaming_content)) == stored.size
    assert response["Content-Disposition"].startswith("attachment")
    client.force_login(handler(parks, username="annan"))
    assert client.get(url).status_code == 404
    assert Attachment.objects.filter(pk=attachment_id, case=case).exists()
