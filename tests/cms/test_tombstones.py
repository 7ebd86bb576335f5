"""Tombstones and change marks commit with the change that causes them, or not at all.

A write to them is refused by the database here (as a full disk or a lost connection
would): the change must then be undone with it, never committed without its tombstone.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import pytest
from django.db import DatabaseError, connection, transaction
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction

from cms.models import Deletion, PageChange, UnitFigure
from tests import factories

pytestmark = pytest.mark.django_db


@contextmanager
def writes_refused(table: str) -> Iterator[None]:
    """Every INSERT into `table` fails in the database layer while the block runs."""

    def refuse(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        if sql.lstrip().upper().startswith("INSERT") and f'"{table}"' in sql:
            raise DatabaseError(f"writes to {table} refused")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(refuse):
        yield


@pytest.fixture
def unit(section: Any) -> Any:
    preschool = factories.UnitTypeFactory(name="Förskola", slug="forskola")
    unit = factories.UnitPageFactory(parent=section, slug="solen", unit_type=preschool)
    unit.save_revision().publish()
    figure = factories.KeyFigureFactory(unit_type=preschool)
    UnitFigure.objects.create(unit=unit, figure=figure, year=2025, value=Decimal("5.2"))
    return unit


@pytest.fixture
def intranet(home: Any) -> Any:
    private = factories.SectionPageFactory(parent=home, title="Intranät", slug="intranat")
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    return private


@pytest.fixture
def admin_client(client: Any) -> Any:
    client.force_login(factories.UserFactory(is_superuser=True, is_staff=True))
    return client


def live(page: Any) -> bool:
    return Page.objects.filter(pk=page.pk, live=True).exists()


def test_an_unpublication_commits_with_its_tombstones(unit: Any) -> None:
    unit.unpublish()
    assert not live(unit)
    assert set(Deletion.objects.values_list("kind", "reason")) == {
        ("page", "unpublished"),
        ("unit", "unpublished"),
        ("key_figure", "unpublished"),
    }


def test_an_unpublication_whose_tombstone_fails_is_undone(unit: Any) -> None:
    with writes_refused("cms_deletion"), pytest.raises(DatabaseError):
        unit.unpublish()
    assert live(unit)
    assert not Deletion.objects.exists()


def test_a_rolled_back_unpublication_leaves_no_tombstone(unit: Any) -> None:
    with pytest.raises(RuntimeError), transaction.atomic():
        unit.unpublish()
        # Written in the change's own transaction, not after it commits.
        assert Deletion.objects.filter(object_id=unit.pk).count() == 2
        raise RuntimeError("the editor's request failed later")
    assert live(unit)
    assert not Deletion.objects.exists()


def test_a_move_into_a_restricted_section_whose_tombstone_fails_is_undone(
    unit: Any, intranet: Any, section: Any
) -> None:
    Deletion.objects.all().delete()  # the intranet's own, from its restriction
    with writes_refused("cms_deletion"), pytest.raises(DatabaseError):
        unit.move(intranet, pos="last-child")
    assert Page.objects.get(pk=unit.pk).get_parent().pk == section.pk
    assert not Deletion.objects.exists()


def test_a_move_whose_change_mark_fails_is_undone(unit: Any, home: Any, section: Any) -> None:
    elsewhere = factories.SectionPageFactory(parent=home, title="Kultur", slug="kultur")
    PageChange.objects.all().delete()
    with writes_refused("cms_pagechange"), pytest.raises(DatabaseError):
        unit.move(elsewhere, pos="last-child")
    moved = Page.objects.get(pk=unit.pk)
    assert moved.get_parent().pk == section.pk
    assert moved.url_path.endswith("/forskola/solen/")
    assert not PageChange.objects.exists()


def test_a_value_moved_to_a_restricted_unit_commits_with_its_tombstone(
    unit: Any, intranet: Any
) -> None:
    hidden = factories.UnitPageFactory(
        parent=intranet, slug="personalrum", unit_type=unit.unit_type
    )
    hidden.save_revision().publish()
    Deletion.objects.all().delete()  # the intranet's own, from its restriction
    value = UnitFigure.objects.get(unit=unit)
    value.unit = hidden
    with writes_refused("cms_deletion"), pytest.raises(DatabaseError):
        value.save()
    assert UnitFigure.objects.get(pk=value.pk).unit_id == unit.pk
    value.save()
    assert list(Deletion.objects.values_list("kind", "object_id", "reason")) == [
        ("key_figure", value.pk, "restricted")
    ]


# --- The admin's privacy form -----------------------------------------------------------------


def privacy(client: Any, page: Any, restriction_type: str) -> Any:
    url = reverse("wagtailadmin_pages:set_privacy", args=[page.pk])
    return client.post(url, {"restriction_type": restriction_type})


def test_the_privacy_form_commits_a_restriction_with_its_tombstones(
    admin_client: Any, unit: Any, section: Any
) -> None:
    assert privacy(admin_client, section, "login").status_code == 200
    assert PageViewRestriction.objects.filter(page=section).exists()
    assert set(Deletion.objects.values_list("object_id", "reason")) >= {
        (section.pk, "restricted"),
        (unit.pk, "restricted"),
    }


def test_a_restriction_whose_tombstones_fail_is_not_saved(
    admin_client: Any, unit: Any, section: Any
) -> None:
    with writes_refused("cms_deletion"), pytest.raises(DatabaseError):
        privacy(admin_client, section, "login")
    assert not PageViewRestriction.objects.filter(page=section).exists()
    assert not Deletion.objects.exists()


def test_a_lifted_restriction_whose_change_marks_fail_stays(
    admin_client: Any, intranet: Any
) -> None:
    PageChange.objects.all().delete()
    with writes_refused("cms_pagechange"), pytest.raises(DatabaseError):
        privacy(admin_client, intranet, "none")
    assert PageViewRestriction.objects.filter(page=intranet).exists()
    assert privacy(admin_client, intranet, "none").status_code == 200
    assert not PageViewRestriction.objects.filter(page=intranet).exists()
    assert PageChange.objects.filter(page=intranet).exists()


@pytest.mark.django_db(transaction=True)
def test_deleting_a_restricted_section_or_a_site_root_commits(home: Any) -> None:
    # Their restriction or site goes first in the cascade and marks the pages below, which
    # are then deleted too: no mark may outlive its page when the deletion commits.
    section = factories.SectionPageFactory(parent=home, title="Intranät", slug="intranat")
    factories.ArticlePageFactory(parent=section, title="Rutiner", slug="rutiner")
    PageViewRestriction.objects.create(page=section, restriction_type="login")
    with transaction.atomic():
        Page.objects.get(pk=section.pk).delete()
    with transaction.atomic():
        Page.objects.get(pk=home.pk).delete()  # the default site's root
    assert not PageChange.objects.exists()
    assert not Page.objects.filter(depth__gt=1).exists()
