"""Imported pages' fields and places; a changed old page becomes a new draft.

New pages are written in batches by `cms.legacy.batch`, published with their first
revision live, which is what an editor's "publish" leaves behind.
"""

from __future__ import annotations

from html import escape
from typing import Any

from django.utils import timezone
from django.utils.text import slugify
from treebeard.exceptions import PathOverflow
from wagtail.models import Page

from cms.legacy.adapters.base import SourceItem
from cms.legacy.cleaning import plain_text
from cms.models import (
    AnswerPage,
    ArticlePage,
    BlogPostPage,
    NewsPage,
    Organisation,
    SectionPage,
    ServicePage,
    Topic,
)

PAGE_MODELS: dict[str, type[Page]] = {
    "article": ArticlePage,
    "section": SectionPage,
    "news": NewsPage,
    "blog_post": BlogPostPage,
    "service": ServicePage,
    "answer": AnswerPage,
}
SLUG_MAX = 80
SUMMARY_MAX = 300
TITLE_MAX = 255


def unique_slug(wanted: str, taken: set[str]) -> str:
    """`wanted`, or wanted-2, wanted-3… when a sibling has it already; the result is taken."""
    base = (slugify(wanted) or "sida")[:SLUG_MAX].strip("-") or "sida"
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base[: SLUG_MAX - 6]}-{n}"
    taken.add(slug)
    return slug


def _body(blocks: list[dict[str, Any]], item: SourceItem) -> list[dict[str, Any]]:
    if blocks:
        return blocks
    # Body is required on most types; an empty old page keeps at least its title.
    return [{"type": "rich_text", "value": f"<p>{escape(item.title)}</p>"}]


def page_fields(
    *, item: SourceItem, blocks: list[dict[str, Any]], organisation: Organisation
) -> dict[str, Any]:
    """The field values an item gives its page type (also the ones an update overwrites)."""
    text = plain_text(item.summary) if item.summary else ""
    return {
        "title": item.title[:TITLE_MAX],
        "summary": text[:SUMMARY_MAX],
        "organisation": organisation,
        "body": _body(blocks, item),
    }


def type_fields(page_type: str, item: SourceItem, site_name: str, body_text: str) -> dict[str, Any]:
    if page_type in {"news", "blog_post"}:
        extra: dict[str, Any] = {"date": item.date or timezone.localdate()}
        if page_type == "blog_post":
            extra["author_name"] = site_name[:120]
        return extra
    if page_type == "answer":
        short = plain_text(item.summary) or body_text or item.title
        return {"question": item.title[:255], "short_answer": short[:600]}
    return {}


class TreeAppender:
    """Appends pages below parents for one run, as treebeard's add_child does, without asking
    the database for each parent's last child again for every page.

    Each parent is locked once, for the run's transaction; its child count is set once at
    the end (`finish`). A child whose transaction rolls back leaves a gap in the paths,
    which the tree tolerates.
    """

    def __init__(self) -> None:
        self.last: dict[int, str | None] = {}
        self.parents: dict[int, Page] = {}

    def next_path(self, parent: Page) -> str:
        if parent.pk not in self.last:
            Page.objects.select_for_update().filter(pk=parent.pk).values_list("pk").first()
            children = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
            self.last[parent.pk] = children.order_by("-path").values_list("path", flat=True).first()
            self.parents[parent.pk] = parent
        last = self.last[parent.pk]
        position = 1 if last is None else Page._str2int(last[-Page.steplen :]) + 1
        path = str(Page._get_path(parent.path, parent.depth + 1, position))
        if last is not None and len(path) != len(last):  # as treebeard's _inc_path says
            raise PathOverflow(f"Path Overflow from: '{last}'")
        self.last[parent.pk] = path
        return path

    def finish(self) -> None:
        for parent in self.parents.values():
            count = Page.objects.filter(
                path__startswith=parent.path, depth=parent.depth + 1
            ).count()
            Page.objects.filter(pk=parent.pk).update(numchild=count)
            parent.numchild = count


def page_update_draft(*, page: Page, fields: dict[str, Any], topics: list[Topic]) -> Page:
    """A changed old page becomes a new draft of its page; what is live stays until review."""
    specific = page.get_latest_revision_as_object()
    for name, value in fields.items():
        setattr(specific, name, value)
    specific.topics = topics
    specific.save_revision(log_action=True)
    return specific
