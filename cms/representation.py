"""Pages as plain data for frontends: the content domain's own API shape.

Rich text is rendered to HTML with internal links as frontend paths (/sv/…); blocks
become typed JSON; snippets are given in the reader's locale, falling back to Swedish.
Images are described by the renditions that already exist: none is generated while a
reader waits.

Rendering works in two passes so that a page costs a fixed number of queries whatever
its body holds: `collect_references` walks the stored block data and notes every page,
image and document it points at; `cms.selectors.page_context` loads them in bulk; the
render pass then only looks things up. Snippets come from `cms.directory`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from html import escape
from typing import Any

from django.conf import settings
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text.rewriters import EmbedRewriter, LinkRewriter, MultiRuleRewriter
from wagtail.snippets.blocks import SnippetChooserBlock

from cms.directory import Directory, directory
from cms.models import BasePage, CityImage, Contact, Organisation, Topic, UnitType

_LINK = re.compile(r'<a\b[^>]*\blinktype="(page|document)"[^>]*\bid="(\d+)"', re.IGNORECASE)
_LINK_REVERSED = re.compile(
    r'<a\b[^>]*\bid="(\d+)"[^>]*\blinktype="(page|document)"', re.IGNORECASE
)
_EMBEDDED_IMAGE = re.compile(r'<embed\b[^>]*\bembedtype="image"[^>]*\bid="(\d+)"', re.IGNORECASE)


def frontend_path(page: Any) -> str | None:
    """The path a frontend serves the page at (/sv/forskola/…)."""
    return directory().frontend_path(page.url_path, page.locale_id) if page.url_path else None


# --- Pass one: what a page points at ------------------------------------------------------


@dataclass
class References:
    pages: set[int] = field(default_factory=set)
    images: set[int] = field(default_factory=set)
    documents: set[int] = field(default_factory=set)


def collect_references(page: BasePage) -> References:
    """Every page, image and document the page's API fields point at (no queries)."""
    refs = References()
    for name in page.api_fields:
        model_field = page._meta.get_field(name)
        if isinstance(model_field, StreamField):
            _collect(model_field.stream_block, _raw_stream(getattr(page, name)), refs)
        elif isinstance(model_field, RichTextField):
            _collect_rich_text(getattr(page, name) or "", refs)
        elif getattr(model_field, "related_model", None) is CityImage:
            image_id = getattr(page, f"{name}_id")
            if image_id:
                refs.images.add(image_id)
    return refs


def _raw_stream(value: Any) -> list[Any]:
    return list(value.raw_data) if value is not None else []


def _collect(block: blocks.Block, raw: Any, refs: References) -> None:
    if raw is None:
        return
    if isinstance(block, blocks.StreamBlock):
        for child in raw:
            child_block = block.child_blocks.get(child.get("type"))
            if child_block is not None:
                _collect(child_block, child.get("value"), refs)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            _collect(child_block, raw.get(name), refs)
    elif isinstance(block, blocks.ListBlock):
        for item in raw:
            _collect(block.child_block, _list_item(item), refs)
    elif isinstance(block, blocks.RichTextBlock):
        _collect_rich_text(raw, refs)
    elif isinstance(block, ImageChooserBlock):
        _add_id(refs.images, raw)
    elif isinstance(block, blocks.PageChooserBlock):
        _add_id(refs.pages, raw)
    elif isinstance(block, DocumentChooserBlock):
        _add_id(refs.documents, raw)


def _collect_rich_text(html: str, refs: References) -> None:
    for linktype, pk in _LINK.findall(html):
        (refs.pages if linktype.lower() == "page" else refs.documents).add(int(pk))
    for pk, linktype in _LINK_REVERSED.findall(html):
        (refs.pages if linktype.lower() == "page" else refs.documents).add(int(pk))
    refs.images.update(int(pk) for pk in _EMBEDDED_IMAGE.findall(html))


def _add_id(ids: set[int], raw: Any) -> None:
    if isinstance(raw, int) or (isinstance(raw, str) and raw.isdigit()):
        ids.add(int(raw))


def _list_item(item: Any) -> Any:
    # ListBlock data is either [{"type": "item", "value": …, "id": …}] or plain values.
    if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
        return item["value"]
    return item


# --- Pass two: rendering with everything loaded -------------------------------------------


@dataclass
class PageContext:
    """What rendering one page may look up: all loaded before rendering starts."""

    directory: Directory
    locale_id: int
    # id -> {"id", "title", "path"} of the public page a link leads to, None if not public
    links: dict[int, dict[str, Any] | None] = field(default_factory=dict)
    images: dict[int, dict[str, Any]] = field(default_factory=dict)
    documents: dict[int, dict[str, Any]] = field(default_factory=dict)
    topic_ids: list[int] = field(default_factory=list)
    breadcrumbs: list[dict[str, Any]] = field(default_factory=list)
    translations: list[dict[str, Any]] = field(default_factory=list)

    def rich_text(self, html: str) -> str:
        """Database rich text as frontend HTML: links to paths, embedded images to renditions."""
        if not html:
            return ""
        rewriter = MultiRuleRewriter(
            [
                LinkRewriter(
                    bulk_rules={"page": self._page_links, "document": self._document_links}
                ),
                EmbedRewriter(bulk_rules={"image": self._embedded_images}),
            ]
        )
        return rewriter(html)

    def _page_links(self, attrs_list: list[dict[str, str]]) -> list[str]:
        out = []
        for attrs in attrs_list:
            link = self.links.get(int(attrs["id"])) if attrs.get("id", "").isdigit() else None
            out.append(f'<a href="{escape(link["path"])}">' if link and link["path"] else "<a>")
        return out

    def _document_links(self, attrs_list: list[dict[str, str]]) -> list[str]:
        out = []
        for attrs in attrs_list:
            pk = attrs.get("id", "")
            document = self.documents.get(int(pk)) if pk.isdigit() else None
            out.append(f'<a href="{escape(document["url"])}">' if document else "<a>")
        return out

    def _embedded_images(self, attrs_list: list[dict[str, str]]) -> list[str]:
        out = []
        for attrs in attrs_list:
            pk = attrs.get("id", "")
            image = self.images.get(int(pk)) if pk.isdigit() else None
            rendition = (image or {}).get("renditions", {}).get("content")
            if image is None or rendition is None:
                out.append("")
                continue
            alt = attrs.get("alt") or image["alt"]
            out.append(
                f'<img src="{escape(rendition["url"])}" width="{rendition["width"]}" '
                f'height="{rendition["height"]}" alt="{escape(alt)}">'
            )
        return out


def image_data(image: CityImage | None) -> dict[str, Any] | None:
    """An image with the allowlisted renditions it already has (prefetch `renditions`)."""
    if image is None:
        return None
    names = {spec: name for name, spec in settings.CITY_IMAGE_RENDITIONS.items()}
    renditions = {
        names[r.filter_spec]: {"url": r.url, "width": r.width, "height": r.height}
        for r in image.renditions.all()
        if r.filter_spec in names
    }
    return {
        "id": image.pk,
        "title": image.title,
        "alt": image.default_alt_text,
        "credit": image.credit,
        "width": image.width,
        "height": image.height,
        "renditions": renditions,
    }


def organisation_data(d: Directory, pk: int | None, locale_id: int) -> dict[str, Any] | None:
    org = d.snippet(Organisation, pk)
    if org is None:
        return None
    shown = d.localised(Organisation, pk, locale_id)
    return {"id": org.pk, "slug": org.slug, "name": shown.name, "kind": org.kind}


def topic_list_data(d: Directory, topic_ids: list[int], locale_id: int) -> list[dict[str, Any]]:
    """Topics in the reader's locale, ordered by their Swedish name."""
    topics = [t for t in (d.snippet(Topic, pk) for pk in topic_ids) if t is not None]
    return [
        {"id": t.pk, "slug": t.slug, "name": d.localised(Topic, t.pk, locale_id).name}
        for t in sorted(topics, key=lambda t: (t.name, t.pk))
    ]


def contact_data(d: Directory, pk: int | None, locale_id: int) -> dict[str, Any] | None:
    contact = d.snippet(Contact, pk)
    if contact is None:
        return None
    shown = d.localised(Contact, pk, locale_id)
    return {
        "id": contact.pk,
        "name": shown.name,
        "phone": contact.phone,
        "email": contact.email,
        "visiting_address": contact.visiting_address,
        "opening_hours": shown.opening_hours,
    }


def unit_type_data(d: Directory, pk: int | None, locale_id: int) -> dict[str, Any] | None:
    unit_type = d.snippet(UnitType, pk)
    if unit_type is None:
        return None
    return {"slug": unit_type.slug, "name": d.localised(UnitType, pk, locale_id).name}


def block_value(block: blocks.Block, raw: Any, ctx: PageContext) -> Any:
    """One block's stored value as JSON-ready data."""
    if isinstance(block, blocks.StreamBlock):
        return [
            {
                "type": child["type"],
                "id": child.get("id"),
                "value": block_value(block.child_blocks[child["type"]], child.get("value"), ctx),
            }
            for child in raw or []
            if child.get("type") in block.child_blocks
        ]
    if isinstance(block, blocks.StructBlock):
        raw = raw or {}
        return {
            name: block_value(child, raw[name] if name in raw else _default(child), ctx)
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.ListBlock):
        return [block_value(block.child_block, _list_item(item), ctx) for item in raw or []]
    if isinstance(block, blocks.RichTextBlock):
        return ctx.rich_text(raw or "")
    if isinstance(block, ImageChooserBlock):
        return ctx.images.get(int(raw)) if _is_id(raw) else None
    if isinstance(block, blocks.PageChooserBlock):
        return ctx.links.get(int(raw)) if _is_id(raw) else None
    if isinstance(block, DocumentChooserBlock):
        return ctx.documents.get(int(raw)) if _is_id(raw) else None
    if isinstance(block, SnippetChooserBlock):
        if block.target_model is Contact and _is_id(raw):
            return contact_data(ctx.directory, int(raw), ctx.locale_id)
        return None
    if isinstance(block, EmbedBlock):
        return {"url": raw} if raw else None
    if isinstance(block, TableBlock):
        return raw
    return scalar(block.to_python(raw))


def _default(block: blocks.Block) -> Any:
    return block.get_prep_value(block.get_default())


def _is_id(raw: Any) -> bool:
    return isinstance(raw, int) or (isinstance(raw, str) and raw.isdigit())


def scalar(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def field_value(page: BasePage, name: str, ctx: PageContext) -> Any:
    """A page field by name, in API form."""
    model_field = page._meta.get_field(name)
    if isinstance(model_field, StreamField):
        return block_value(model_field.stream_block, _raw_stream(getattr(page, name)), ctx)
    if isinstance(model_field, RichTextField):
        return ctx.rich_text(getattr(page, name) or "")
    related = getattr(model_field, "related_model", None)
    if related is not None:
        pk = getattr(page, f"{name}_id")
        if related is CityImage:
            return ctx.images.get(pk) if pk else None
        if related is Organisation:
            return organisation_data(ctx.directory, pk, ctx.locale_id)
        if related is Contact:
            return contact_data(ctx.directory, pk, ctx.locale_id)
        if related is UnitType:
            return unit_type_data(ctx.directory, pk, ctx.locale_id)
    return scalar(getattr(page, name))


def summary_data(
    d: Directory,
    *,
    page_id: int | None,
    api_type: str,
    title: str,
    summary: str,
    locale_id: int,
    url_path: str | None,
    organisation_id: int | None,
    topic_ids: list[int],
    first_published_at: dt.datetime | None,
    last_published_at: dt.datetime | None,
) -> dict[str, Any]:
    """A page as listings show it; built from plain values so listings need no models."""
    return {
        "id": page_id,
        "type": api_type,
        "title": title,
        "summary": summary,
        "locale": d.language_codes.get(locale_id, ""),
        "path": d.frontend_path(url_path, locale_id) if url_path else None,
        "organisation": organisation_data(d, organisation_id, locale_id),
        "topics": topic_list_data(d, topic_ids, locale_id),
        "first_published_at": scalar(first_published_at),
        "last_published_at": scalar(last_published_at),
    }


def page_detail_data(page: BasePage, ctx: PageContext) -> dict[str, Any]:
    """Everything a frontend needs to render the page."""
    d, locale_id = ctx.directory, ctx.locale_id
    summary = summary_data(
        d,
        page_id=page.pk,
        api_type=page.api_type,
        title=page.title,
        summary=page.summary,
        locale_id=locale_id,
        url_path=page.url_path or None,
        organisation_id=page.organisation_id,
        topic_ids=ctx.topic_ids,
        first_published_at=page.first_published_at,
        last_published_at=page.last_published_at,
    )
    return {
        **summary,
        "fields": {name: field_value(page, name, ctx) for name in page.api_fields},
        "breadcrumbs": ctx.breadcrumbs,
        "translations": ctx.translations,
        "seo": {"title": page.seo_title or page.title, "description": page.search_description},
        "meta": {
            "type": page.api_type,
            "locale": summary["locale"],
            "text_direction": "rtl" if locale_id in d.bidi_locale_ids else "ltr",
            "html_path": summary["path"],
            "first_published_at": summary["first_published_at"],
            "last_published_at": summary["last_published_at"],
        },
    }


def organisation_detail_data(org: Organisation) -> dict[str, Any]:
    """An organisation with its contact details, as the organisations endpoints show it."""
    return {
        "id": org.pk,
        "slug": org.slug,
        "name": org.name,
        "kind": org.kind,
        "parent": org.parent_id,
        "organisation_number": org.organisation_number,
        "switchboard_phone": org.switchboard_phone,
        "email": org.email,
        "website": org.website,
        "visiting_address": org.visiting_address,
    }
