"""The generated city's page tree, written in bulk with the tree computed here.

Wagtail pages are treebeard materialised-path nodes with multi-table inheritance: the
`wagtailcore_page` rows go in through `Page.objects.bulk_create` (the specific instances
carry every base field), then each page type's own rows through the same queryset
machinery bulk_create uses (`_batched_insert`), which Django refuses to run for
multi-table models only because it cannot set the parent link itself. `path`, `depth`,
`numchild` and `url_path` are computed from the plan, so the tree is valid as written;
`Page.find_problems()` checks it in the tests.

Each page has one revision (its published content, `serializable_data()` as Wagtail
stores it), linked as latest and live revision.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast
from django.utils.text import slugify
from modelcluster.models import get_all_child_relations
from wagtail.models import Page, Revision

from cms.models import (
    AnswerPage,
    ArticlePage,
    BasePage,
    BlogPostPage,
    NewsPage,
    SectionPage,
    ServicePage,
    UnitPage,
)

BATCH = 1000
# Leaf page types and their shares of the content.
LEAVES: list[tuple[type[BasePage], int]] = [
    (ArticlePage, 34),
    (NewsPage, 20),
    (UnitPage, 14),
    (AnswerPage, 14),
    (ServicePage, 12),
    (BlogPostPage, 6),
]
WITH_IMAGE = (ArticlePage, NewsPage, BlogPostPage, UnitPage)


@dataclass
class Node:
    """One page of the Swedish tree; translations follow the same plan."""

    model: type[BasePage]
    parent: int | None  # index in the plan
    organisation: int
    topics: list[Any]  # Topic instances
    image: int | None = None
    legacy_site: int | None = None
    name: str = ""  # a fixed Swedish title (sections)
    index: int = 0  # place in the plan
    children: list[int] = field(default_factory=list)
    key: uuid.UUID = field(default_factory=uuid.uuid4)
    path: str = ""
    published: dt.datetime | None = None
    # Filled per locale while writing: locale code -> page id.
    ids: dict[str, int] = field(default_factory=dict)


@dataclass
class Text:
    """How the generator words a page: title, summary, body blocks (raw stream data)."""

    title: Callable[[random.Random, Node], str]
    summary: Callable[[random.Random, Node], str]
    body: Callable[[random.Random, Node], list[dict[str, Any]]]


def tree_path(parent: str, position: int) -> str:
    """The treebeard path of a parent's child at `position` (1-based)."""
    return str(Page._get_path(parent, len(parent) // Page.steplen + 1, position))


def lay_out(plan: list[Node]) -> None:
    """Paths for the whole plan as if its home were the root's first child; each locale's
    home takes its own place under the root (see write_locale)."""
    for node in plan:
        if node.parent is None:
            node.path = tree_path(tree_path("", 1), 1)
        for position, child in enumerate(node.children, start=1):
            plan[child].path = tree_path(node.path, position)


def write_locale(
    plan: list[Node],
    *,
    language: str,
    locale_id: int,
    home_path: str,
    text: Text,
    rng: random.Random,
    fields: Callable[[random.Random, Node], dict[str, Any]],
) -> list[BasePage]:
    """Every page of the plan in one locale, its home at `home_path`; returns the pages."""
    pages: list[BasePage] = []
    url_paths: list[str] = []
    relations: dict[type[BasePage], list[str]] = {}
    home_length = 2 * Page.steplen
    for index, node in enumerate(plan):
        title = text.title(rng, node)
        if node.parent is None:
            slug, url_path = "start", "/start/"
        else:
            slug = f"{slugify(title)[:60] or 'sida'}-{index}"
            url_path = f"{url_paths[node.parent]}{slug}/"
        url_paths.append(url_path)
        path = home_path + node.path[home_length:]
        page = node.model(
            title=title,
            draft_title=title,
            slug=slug,
            path=path,
            depth=len(path) // Page.steplen,
            numchild=len(node.children),
            url_path=url_path,
            locale_id=locale_id,
            translation_key=node.key,
            live=True,
            has_unpublished_changes=False,
            first_published_at=node.published,
            last_published_at=node.published,
            latest_revision_created_at=node.published,
            content_type_id=_content_type(node.model).pk,
            show_in_menus=node.model is SectionPage,
            organisation_id=node.organisation,
            summary=text.summary(rng, node),
            body=text.body(rng, node),
            **fields(rng, node),
        )
        page.topics = node.topics  # kept in memory for the revision's content
        if node.model not in relations:
            relations[node.model] = [
                r.get_accessor_name() for r in get_all_child_relations(node.model)
            ]
        for relation in relations[node.model]:
            setattr(page, relation, [])  # none yet: the revision need not ask the database
        pages.append(page)
    _insert(pages)
    for node, page in zip(plan, pages, strict=True):
        node.ids[language] = page.pk
    return pages


def _content_type(model: type[BasePage]) -> ContentType:
    return ContentType.objects.get_for_model(model)


def _insert(pages: list[BasePage]) -> None:
    for start in range(0, len(pages), BATCH):
        chunk = pages[start : start + BATCH]
        Page.objects.bulk_create(chunk)
        by_model: dict[type[BasePage], list[BasePage]] = defaultdict(list)
        for page in chunk:
            page.page_ptr_id = page.id
            by_model[type(page)].append(page)
        for model, rows in by_model.items():
            own = model._meta.local_concrete_fields
            model._default_manager.all()._batched_insert(rows, own, batch_size=BATCH)
            through = model.topics.through
            column = f"{model._meta.model_name}_id"
            through.objects.bulk_create(
                [through(**{column: page.pk, "topic_id": t}) for page in rows for t in _ids(page)],
                batch_size=BATCH,
            )


def _ids(page: BasePage) -> list[int]:
    return [t if isinstance(t, int) else t.pk for t in page.topics.all()]


def write_revisions(pages: list[BasePage]) -> int:
    """One revision per page with its content as Wagtail stores it, then linked."""
    base = ContentType.objects.get_for_model(Page)
    for chunk in _chunks(pages):
        Revision.objects.bulk_create(
            [
                Revision(
                    content_type_id=page.content_type_id,
                    base_content_type=base,
                    object_id=str(page.pk),
                    created_at=page.last_published_at,
                    object_str=page.title,
                    content=page.serializable_data(),
                )
                for page in chunk
            ]
        )
    latest = Revision.objects.filter(
        base_content_type=base, object_id=Cast(OuterRef("pk"), CharField())
    ).order_by("-pk")
    Page.objects.filter(pk__in=[p.pk for p in pages], latest_revision__isnull=True).update(
        latest_revision=Subquery(latest.values("pk")[:1]),
        live_revision=Subquery(latest.values("pk")[:1]),
    )
    return len(pages)


def _chunks(items: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), BATCH):
        yield items[start : start + BATCH]


def coordinate(rng: random.Random, centre: float, spread: float) -> Decimal:
    return Decimal(str(round(rng.gauss(centre, spread), 6))).quantize(Decimal("0.000001"))
