"""Editors' rights follow organisations: an editor of one administration edits its pages only."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import Locale

from cms.models import ArticlePage
from cms.permissions import EDIT_ANY_ORGANISATION
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(two_organisations: dict[str, Any], section: Any) -> dict[str, Any]:
    return {
        "a": factories.ArticlePageFactory(parent=section, organisation=two_organisations["a"]),
        "b": factories.ArticlePageFactory(parent=section, organisation=two_organisations["b"]),
    }


def test_editor_may_edit_and_publish_own_organisations_page(
    two_organisations: dict[str, Any], pages: dict[str, Any]
) -> None:
    perms = pages["a"].permissions_for_user(two_organisations["editor_a"])
    assert perms.can_edit()
    assert perms.can_publish()
    assert perms.can_delete()


def test_editor_may_not_touch_another_organisations_page(
    two_organisations: dict[str, Any], pages: dict[str, Any]
) -> None:
    perms = pages["b"].permissions_for_user(two_organisations["editor_a"])
    assert not perms.can_edit()
    assert not perms.can_publish()
    assert not perms.can_unpublish()
    assert not perms.can_delete()
    assert not perms.can_move()
    assert not perms.can_lock()
    assert not perms.can_copy()


def test_tree_permissions_still_apply_to_own_pages(
    two_organisations: dict[str, Any], section: Any
) -> None:
    # A member of the organisation with no page permissions in the tree gets nothing.
    outsider = factories.UserFactory()
    two_organisations["a"].editor_groups.first().user_set.add(outsider)
    outsider.groups.clear()
    page = factories.ArticlePageFactory(parent=section, organisation=two_organisations["a"])
    assert not page.permissions_for_user(outsider).can_edit()


def test_a_city_wide_editor_may_edit_every_organisation(
    two_organisations: dict[str, Any], pages: dict[str, Any]
) -> None:
    editor = two_organisations["editor_a"]
    editor.user_permissions.add(
        Permission.objects.get(codename=EDIT_ANY_ORGANISATION.split(".")[1])
    )
    editor = type(editor).objects.get(pk=editor.pk)  # fresh permission cache
    assert pages["b"].permissions_for_user(editor).can_edit()


def test_admin_edit_view_refuses_another_organisations_page(
    client: Any, two_organisations: dict[str, Any], pages: dict[str, Any]
) -> None:
    client.force_login(two_organisations["editor_a"])
    own = client.get(reverse("wagtailadmin_pages:edit", args=[pages["a"].pk]))
    other = client.get(reverse("wagtailadmin_pages:edit", args=[pages["b"].pk]))
    assert own.status_code == 200
    # Wagtail answers a refused edit by sending the editor back to the dashboard.
    assert other.status_code == 302
    assert other["Location"] == "/admin/"


def test_admin_publish_of_another_organisations_page_changes_nothing(
    client: Any, two_organisations: dict[str, Any], pages: dict[str, Any]
) -> None:
    target = pages["b"]
    before = (target.title, target.latest_revision_id)
    client.force_login(two_organisations["editor_a"])
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[target.pk]),
        {"title": "Kapad", "slug": target.slug, "action-publish": "publish"},
    )
    assert response.status_code in {302, 403}
    target.refresh_from_db()
    assert (target.title, target.latest_revision_id) == before


def test_new_page_form_offers_only_the_editors_organisations(
    client: Any, two_organisations: dict[str, Any], section: Any
) -> None:
    client.force_login(two_organisations["editor_a"])
    response = client.get(
        reverse("wagtailadmin_pages:add", args=["cms", "articlepage", section.pk])
    )
    assert response.status_code == 200
    field = response.context["form"].fields["organisation"]
    assert list(field.queryset) == [two_organisations["a"]]
    assert response.context["form"].initial["organisation"] == two_organisations["a"].pk


def test_editor_cannot_create_a_page_for_another_organisation(
    client: Any, two_organisations: dict[str, Any], section: Any
) -> None:
    client.force_login(two_organisations["editor_a"])
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["cms", "articlepage", section.pk]),
        {
            "title": "Smyg",
            "slug": "smyg",
            "organisation": two_organisations["b"].pk,
            "body-count": "0",
            "action-publish": "publish",
        },
    )
    assert response.status_code == 200
    assert "organisation" in response.context["form"].errors
    assert not ArticlePage.objects.filter(slug="smyg").exists()


def test_page_form_offers_only_swedish_topics_and_refuses_translated_ones(
    client: Any, two_organisations: dict[str, Any], section: Any
) -> None:
    swedish = factories.TopicFactory(name="Förskola", slug="forskola")
    english = swedish.copy_for_translation(Locale.objects.create(language_code="en"))
    english.name = "Preschool"
    english.save()
    client.force_login(two_organisations["editor_a"])
    url = reverse("wagtailadmin_pages:add", args=["cms", "articlepage", section.pk])

    field = client.get(url).context["form"].fields["topics"]
    assert list(field.queryset) == [swedish]

    response = client.post(
        url,
        {
            "title": "Med engelskt ämne",
            "slug": "med-engelskt-amne",
            "organisation": two_organisations["a"].pk,
            "topics": [english.pk],
            "body-count": "0",
        },
    )
    assert "topics" in response.context["form"].errors
    assert not ArticlePage.objects.filter(slug="med-engelskt-amne").exists()
