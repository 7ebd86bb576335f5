"""A mirror that follows the README's sync procedure over HTTP stays exactly the exports.

The mirror reads every export in full once, then syncs after each change: the deletions
since its last sync first (keeping that answer's `next_updated_since`), then every export's
rows changed since the same time. After each sync it must equal a fresh full export of
every dataset, whatever the change: publishing, editing, moving into and out of a
restricted section, lifting a restriction, unpublishing, deleting, and the changes that
reach rows through something else (a parent organisation or a topic deleted, a unit type
or an organisation renamed, a section's slug changed, a value moved to a hidden unit).

The sync overlap is zero here: every change happens after the previous sync began, so an
export that misses a changed row cannot hide it behind a re-sent window.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import pytest
from wagtail.models import Page, PageViewRestriction

from cms.models import Organisation, Topic, UnitFigure, UnitType
from tests import factories

pytestmark = pytest.mark.django_db

DATASETS = ("units", "key-figures", "organisations", "topics", "pages")
KINDS = {
    "units": "unit",
    "key-figures": "key_figure",
    "organisations": "organisation",
    "topics": "topic",
    "pages": "page",
}


def _get(client: Any, name: str, **params: str) -> dict[str, Any]:
    response = client.get(f"/api/v1/opendata/{name}", params)
    assert response.status_code == 200
    return json.loads(b"".join(response.streaming_content))


def full_export(client: Any) -> dict[str, dict[int, dict[str, Any]]]:
    return {name: {row["id"]: row for row in _get(client, name)["results"]} for name in DATASETS}


class Mirror:
    """A third party's copy of the open data, kept by the documented sync procedure."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.since = _get(client, "deletions")["next_updated_since"]
        self.rows = full_export(client)

    def sync(self) -> dict[str, int]:
        """Apply the deletions, then the changed rows; how many rows each export sent."""
        deletions = _get(self.client, "deletions", updated_since=self.since)
        for tombstone in deletions["results"]:
            for name, kind in KINDS.items():
                if tombstone["kind"] == kind:
                    self.rows[name].pop(tombstone["object_id"], None)
        sent = {}
        for name in DATASETS:
            changed = _get(self.client, name, updated_since=self.since)["results"]
            for row in changed:
                self.rows[name][row["id"]] = row
            sent[name] = len(changed)
        self.since = deletions["next_updated_since"]
        return sent


@pytest.fixture
def city(home: Any, settings: Any) -> dict[str, Any]:
    """A small public city, a restricted intranet and an archive, all published."""
    settings.OPENDATA_SYNC_OVERLAP = 0
    owner = factories.OrganisationFactory(name="Förskoleförvaltningen", slug="forskola-forv")
    board = factories.OrganisationFactory(name="Utbildningsnämnden", slug="utbildningsnamnden")
    office = factories.OrganisationFactory(
        name="Nämndens kansli", slug="namndens-kansli", parent=board
    )
    education = factories.TopicFactory(name="Utbildning", slug="utbildning")
    preschool_topic = factories.TopicFactory(name="Förskola", slug="forskola", parent=education)
    preschool = factories.UnitTypeFactory(name="Förskola", slug="forskola")
    figure = factories.KeyFigureFactory(unit_type=preschool)

    def published(page: Any) -> Any:
        page.save_revision().publish()
        return page

    sections = {
        slug: published(
            factories.SectionPageFactory(parent=home, title=title, slug=slug, organisation=owner)
        )
        for slug, title in (
            ("forskola", "Förskola"),
            ("intranat", "Intranät"),
            ("arkiv", "Arkiv"),
            ("kultur", "Kultur"),
        )
    }
    PageViewRestriction.objects.create(
        page=sections["intranat"], restriction_type=PageViewRestriction.LOGIN
    )
    units = {}
    for slug, title, parent in (
        ("solen", "Förskolan Solen", "forskola"),
        ("manen", "Förskolan Månen", "forskola"),
        ("stjarnan", "Förskolan Stjärnan", "arkiv"),
        ("personalrum", "Personalrummet", "intranat"),
    ):
        units[slug] = published(
            factories.UnitPageFactory(
                parent=sections[parent],
                slug=slug,
                title=title,
                unit_type=preschool,
                organisation=owner,
            )
        )
    values = {
        slug: UnitFigure.objects.create(
            unit=unit, figure=figure, year=2020 + n, value=Decimal("5.0") + n
        )
        for n, (slug, unit) in enumerate(units.items())
    }
    article = factories.ArticlePageFactory(
        parent=sections["forskola"], title="Öppettider", slug="oppettider", organisation=owner
    )
    article.topics.add(preschool_topic, education)
    published(article)
    return {
        "home": home,
        "sections": sections,
        "units": units,
        "values": values,
        "figure": figure,
        "unit_type": preschool,
        "organisations": {"owner": owner, "board": board, "office": office},
        "topics": {"education": education, "preschool": preschool_topic},
        "article": article,
    }


def assert_exact(mirror: Mirror, step: str) -> None:
    sent = mirror.sync()
    fresh = full_export(mirror.client)
    for name in DATASETS:
        assert mirror.rows[name] == fresh[name], f"{name} after: {step} (sent {sent})"


def restriction_of(page: Any) -> PageViewRestriction:
    return PageViewRestriction.objects.get(page=page)


def test_a_mirror_stays_exact_through_every_kind_of_change(
    city: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    from django.test import Client

    mirror = Mirror(Client())

    @contextmanager
    def changed(step: str) -> Iterator[None]:
        """The change commits (what waits for the commit runs), then the mirror syncs."""
        with django_capture_on_commit_callbacks(execute=True):
            yield
        assert_exact(mirror, step)

    sections, units, values = city["sections"], city["units"], city["values"]
    assert set(mirror.rows["units"]) == {units[s].pk for s in ("solen", "manen", "stjarnan")}

    with changed("an article created"):
        news = factories.ArticlePageFactory(
            parent=sections["forskola"], title="Nyhet om inskolning", slug="inskolning"
        )
        news.save_revision().publish()

    with changed("a unit edited and published again"):
        solen = Page.objects.get(pk=units["solen"].pk).specific
        solen.title = "Förskolan Solen i Majorna"
        solen.save_revision().publish()

    with changed("a unit moved into the restricted intranet"):
        units["manen"].move(sections["intranat"], pos="last-child")

    with changed("the unit moved back out of the intranet"):
        Page.objects.get(pk=units["manen"].pk).move(sections["forskola"], pos="last-child")

    with changed("an article moved to another public section"):
        Page.objects.get(pk=city["article"].pk).move(sections["kultur"], pos="last-child")

    with changed("the intranet's restriction lifted"):
        restriction_of(sections["intranat"]).delete()

    with changed("the archive restricted"):
        PageViewRestriction.objects.create(
            page=Page.objects.get(pk=sections["arkiv"].pk),
            restriction_type=PageViewRestriction.LOGIN,
        )

    with changed("a unit moved out of the restricted archive"):
        Page.objects.get(pk=units["stjarnan"].pk).move(sections["forskola"], pos="last-child")

    with changed("key figure values moved to a unit in the restricted intranet"):
        value = UnitFigure.objects.get(pk=values["solen"].pk)
        value.unit = Page.objects.get(pk=units["personalrum"].pk).specific
        value.save()
        PageViewRestriction.objects.create(
            page=Page.objects.get(pk=sections["intranat"].pk),
            restriction_type=PageViewRestriction.LOGIN,
        )
        value = UnitFigure.objects.get(pk=values["manen"].pk)
        value.unit = Page.objects.get(pk=units["personalrum"].pk).specific
        value.save()

    with changed("a key figure value changed and moved back to a public unit"):
        value.value = Decimal("4.25")
        value.unit = Page.objects.get(pk=units["manen"].pk).specific
        value.save()

    with changed("a unit unpublished"):
        manen = Page.objects.get(pk=units["manen"].pk).specific
        manen.unpublish()

    with changed("the unit published again"):
        manen.save_revision().publish()

    with changed("a unit deleted"):
        Page.objects.get(pk=units["solen"].pk).delete()

    with changed("a section's slug changed"):
        forskola = Page.objects.get(pk=sections["forskola"].pk).specific
        forskola.slug = "forskolor"
        forskola.save_revision().publish()

    with changed("the unit type's slug changed"):
        unit_type = UnitType.objects.get(pk=city["unit_type"].pk)
        unit_type.slug = "forskolor"
        unit_type.save()

    with changed("the owning organisation's slug changed"):
        owner = Organisation.objects.get(pk=city["organisations"]["owner"].pk)
        owner.slug = "forskoleforvaltningen"
        owner.save()

    with changed("a parent organisation deleted"):
        Organisation.objects.get(pk=city["organisations"]["board"].pk).delete()

    with changed("a topic deleted"):
        Topic.objects.get(pk=city["topics"]["education"].pk).delete()

    with changed("a key figure value deleted"):
        UnitFigure.objects.get(pk=values["stjarnan"].pk).delete()

    with changed("a live section copied with its pages"):
        kultur = Page.objects.get(pk=sections["kultur"].pk)
        kultur.copy(
            to=Page.objects.get(pk=city["home"].pk),
            update_attrs={"slug": "kultur-kopia", "title": "Kultur (kopia)"},
            keep_live=True,
        )

    assert mirror.rows["units"], "the city still has public units"
    assert mirror.rows["pages"] and mirror.rows["key-figures"]
