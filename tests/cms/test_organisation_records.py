"""Records an organisation owns in the admin (routing, named roles, agents' feedback): an
editor sees, changes and names as owner only their own organisations; central editors all."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.permissions import policy_registry

from cms.models import NamedRole, Routing
from contactcenter.models import AnswerFeedback
from tests import factories

pytestmark = pytest.mark.django_db

ROUTING = "/admin/snippets/cms/routing/"
ROLES = "/admin/snippets/cms/namedrole/"
FEEDBACK = "/admin/answer_feedback/"


@pytest.fixture
def records(two_organisations: dict[str, Any]) -> dict[str, Any]:
    """Each organisation's route and named role, and editors allowed to keep them."""
    keep = Permission.objects.filter(
        content_type__app_label="cms",
        codename__regex=r"^(add|change|delete|view)_(routing|namedrole)$",
    )
    for key in ("a", "b"):
        group = two_organisations[f"editor_{key}"].groups.get()
        group.permissions.add(*keep)
    topic = factories.TopicFactory(slug="parkering")
    out = dict(two_organisations)
    for key in ("a", "b"):
        org = two_organisations[key]
        out[f"route_{key}"] = Routing.objects.create(
            topic=topic, organisation=org, method="phone", phone="031-365 00 00"
        )
        out[f"role_{key}"] = NamedRole.objects.create(
            title="Enhetschef", person_name=f"Chef {key.upper()}", organisation=org
        )
        out[f"feedback_{key}"] = AnswerFeedback.objects.create(
            kind="missing", comment=f"Om {key}", organisation=org
        )
    return out


def listed(client: Any, url: str) -> set[int]:
    response = client.get(url)
    assert response.status_code == 200
    return {row.pk for row in response.context["object_list"]}


def test_an_editor_lists_only_their_organisations_records(
    client: Any, records: dict[str, Any]
) -> None:
    client.force_login(records["editor_a"])
    assert listed(client, ROUTING) == {records["route_a"].pk}
    assert listed(client, ROLES) == {records["role_a"].pk}
    assert listed(client, FEEDBACK) == {records["feedback_a"].pk}


@pytest.mark.parametrize("view", ["edit", "delete", "copy", "history", "usage"])
def test_another_organisations_role_does_not_exist_for_an_editor(
    client: Any, records: dict[str, Any], view: str
) -> None:
    client.force_login(records["editor_a"])
    other, own = records["role_b"], records["role_a"]
    refused = client.get(f"{ROLES}{view}/{other.pk}/")
    # Copying asks the policy about the row first, and is refused as Wagtail refuses.
    assert (refused.status_code, refused.get("Location")) == (
        (302, "/admin/") if view == "copy" else (404, None)
    )
    assert client.get(f"{ROLES}{view}/{own.pk}/").status_code == 200
    if view == "delete":
        assert client.post(f"{ROLES}delete/{other.pk}/").status_code == 404
        assert NamedRole.objects.filter(pk=other.pk).exists()


def test_the_chooser_offers_only_the_editors_own_roles(
    client: Any, records: dict[str, Any]
) -> None:
    client.force_login(records["editor_a"])
    chooser = "/admin/snippets/choose/cms/namedrole/"
    for url in (chooser, f"{chooser}results/"):
        page = client.get(url).content.decode()
        assert "Chef A" in page and "Chef B" not in page
    assert client.get(f"{chooser}chosen/{records['role_a'].pk}/").status_code == 200
    assert client.get(f"{chooser}chosen/{records['role_b'].pk}/").status_code == 404


@pytest.mark.parametrize("view", ["add", "edit", "delete", "copy"])
def test_only_central_editors_write_routing(
    client: Any, records: dict[str, Any], view: str
) -> None:
    """Routing moves work between organisations: an organisation's editor could otherwise
    send another organisation's e-service cases to their own."""
    client.force_login(records["editor_a"])
    url = f"{ROUTING}{view}/" + ("" if view == "add" else f"{records['route_a'].pk}/")
    assert client.get(url).status_code == 302  # Wagtail's refusal, to the dashboard
    body = {
        "topic": records["route_a"].topic_id,
        "organisation": records["a"].pk,
        "method": "eservice",
        "eservice_form_slug": "felanmalan",
        "sort_order": 0,
    }
    client.post(url, body)
    assert not Routing.objects.filter(eservice_form_slug="felanmalan").exists()
    assert Routing.objects.count() == 2


def test_an_editor_names_only_their_own_organisation_as_owner(
    client: Any, records: dict[str, Any]
) -> None:
    client.force_login(records["editor_a"])
    body = {
        "title": "Samordnare",
        "person_name": "Kim Berg",
        "phone": "031-365 10 10",
        "organisation": records["b"].pk,
    }
    refused = client.post(f"{ROLES}add/", body)
    assert refused.status_code == 200  # the form again, with the error
    assert refused.context["form"].errors.as_data()["organisation"][0].code == "invalid_choice"
    assert not NamedRole.objects.filter(person_name="Kim Berg").exists()
    moved = client.post(
        f"{ROLES}edit/{records['role_a'].pk}/",
        {"title": "Enhetschef", "person_name": "Chef A", "organisation": records["b"].pk},
    )
    assert moved.status_code == 200
    assert NamedRole.objects.get(pk=records["role_a"].pk).organisation == records["a"]
    accepted = client.post(f"{ROLES}add/", {**body, "organisation": records["a"].pk})
    assert accepted.status_code == 302, accepted.context["form"].errors
    assert NamedRole.objects.get(person_name="Kim Berg").organisation == records["a"]


def test_bulk_actions_ask_about_each_row(client: Any, records: dict[str, Any]) -> None:
    editor = records["editor_a"]
    own, other = records["role_a"], records["role_b"]
    policy = policy_registry.get_by_type(NamedRole)
    assert policy.user_has_permission_for_instance(editor, "delete", own)
    assert not policy.user_has_permission_for_instance(editor, "delete", other)
    assert list(policy.instances_user_has_any_permission_for(editor, ["delete"])) == [own]
    client.force_login(editor)
    url = f"/admin/bulk/cms/namedrole/delete/?next=/admin/&id={own.pk}&id={other.pk}"
    client.post(url)
    assert set(NamedRole.objects.values_list("pk", flat=True)) == {other.pk}


def test_feedbacks_history_is_its_organisations_too(client: Any, records: dict[str, Any]) -> None:
    client.force_login(records["editor_a"])
    assert client.get(f"{FEEDBACK}history/{records['feedback_b'].pk}/").status_code == 404
    assert client.get(f"{FEEDBACK}history/{records['feedback_a'].pk}/").status_code == 200


def test_central_editors_keep_every_organisations_records(
    client: Any, records: dict[str, Any]
) -> None:
    central = Group.objects.create(name="Webbredaktionen")
    central.permissions.add(
        *Permission.objects.filter(
            codename__in=["access_admin", "edit_any_organisation", "change_routing", "add_routing"]
        )
    )
    client.force_login(factories.UserFactory(username="central", groups=[central]))
    page = client.get(ROUTING).content.decode()
    assert f"{ROUTING}edit/{records['route_a'].pk}/" in page
    assert f"{ROUTING}edit/{records['route_b'].pk}/" in page
    assert client.get(f"{ROUTING}edit/{records['route_b'].pk}/").status_code == 200
    body = {
        "topic": records["route_a"].topic_id,
        "organisation": records["b"].pk,
        "method": "eservice",
        "eservice_form_slug": "felanmalan",
        "sort_order": 0,
    }
    added = client.post(f"{ROUTING}add/", body)
    assert added.status_code == 302, added.context["form"].errors
    assert Routing.objects.get(eservice_form_slug="felanmalan").organisation == records["b"]
    assert client.get(f"{FEEDBACK}history/{records['feedback_b'].pk}/").status_code == 200
