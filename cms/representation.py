"""Pages as plain data for frontends: the content domain's own API shape.

Rich text is rendered to HTML with internal links as frontend paths (/sv/…); blocks
become typed JSON; snippets are given in the reader's locale, falling back to Swedish.
Images are described by the renditions that already exist: none is generated while a
reader waits.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.conf import settings
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock, EmbedValue
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText, expand_db_html
from wagtail.snippets.blocks import SnippetChooserBlock

from cms import selectors
from cms.models import BasePage, CityImage, Contact, Organisation, Topic, UnitType
from cms.selectors import PREFETCHED_TRANSLATIONS


def frontend_path(page: Page) -> str | None:
    """The path a frontend serves the page at (/sv/forskola/…), from Wagtail's routing."""
    parts = page.get_url_parts()
    return parts[2] if parts else None


def localised(obj: Any, locale: Locale) -> Any:
    """The translation of a snippet in `locale`, or the snippet itself.

    Uses translations loaded in bulk by `cms.selectors.attach_translations` when present.
    """
    if obj is None or obj.locale_id == locale.pk:
        return obj
    prefetched: dict[int, Any] | None = getattr(obj, PREFETCHED_TRANSLATIONS, None)
    if prefetched is not None:
        return prefetched.get(locale.pk, obj)
    return obj.get_translation_or_none(locale) or obj


def image_data(image: CityImage | None) -> dict[str, Any] | None:
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


def organisation_data(org: Organisation | None, locale: Locale) -> dict[str, Any] | None:
    if org is None:
        return None
    shown = localised(org, locale)
    return {"id": org.pk, "slug": org.slug, "name": shown.name, "kind": org.kind}


def topic_data(topic: Topic, locale: Locale) -> dict[str, Any]:
    return {"id": topic.pk, "slug": topic.slug, "name": localised(topic, locale).name}


def contact_data(contact: Contact | None, locale: Locale) -> dict[str, Any] | None:
    if contact is None:
        return None
    shown = localised(contact, locale)
    return {
        "id": contact.pk,
        "name": shown.name,
        "phone": contact.phone,
        "email": contact.email,
        "visiting_address": contact.visiting_address,
        "opening_hours": shown.opening_hours,
    }


def unit_type_data(unit_type: UnitType | None, locale: Locale) -> dict[str, Any] | None:
    if unit_type is None:
        return None
    return {"slug": unit_type.slug, "name": localised(unit_type, locale).name}


def block_value(block: blocks.Block, value: Any, locale: Locale) -> Any:
    """One block's value as JSON-ready data."""
    if isinstance(block, blocks.StreamBlock):
        return [
            {
                "type": child.block_type,
                "id": child.id,
                "value": block_value(child.block, child.value, locale),
            }
            for child in value
        ]
    if isinstance(block, blocks.StructBlock):
        return {
            name: block_value(block.child_blocks[name], value.get(name), locale)
            for name in block.child_blocks
        }
    if isinstance(block, blocks.ListBlock):
        return [block_value(block.child_block, item, locale) for item in value]
    if isinstance(block, blocks.RichTextBlock):
        return expand_db_html(value.source) if isinstance(value, RichText) else value
    if isinstance(block, ImageChooserBlock):
        return image_data(value)
    if isinstance(block, blocks.PageChooserBlock):
        if value is None or not value.live or value.get_view_restrictions().exists():
            return None  # a link to what readers may not see shows nothing of it
        return {"id": value.pk, "title": value.title, "path": frontend_path(value)}
    if isinstance(block, DocumentChooserBlock):
        return None if value is None else {"id": value.pk, "title": value.title, "url": value.url}
    if isinstance(block, SnippetChooserBlock):
        return contact_data(value, locale) if isinstance(value, Contact) else None
    if isinstance(block, EmbedBlock):
        return {"url": value.url} if isinstance(value, EmbedValue) else None
    if isinstance(block, TableBlock):
        return value
    return scalar(value)


def scalar(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def field_value(page: Page, name: str, locale: Locale) -> Any:
    """A page field by name, in API form."""
    field = page._meta.get_field(name)
    value = getattr(page, name)
    if isinstance(field, StreamField):
        return block_value(field.stream_block, value, locale)
    if isinstance(field, RichTextField):
        return expand_db_html(value) if value else ""
    if isinstance(value, Organisation):
        return organisation_data(value, locale)
    if isinstance(value, Contact):
        return contact_data(value, locale)
    if isinstance(value, UnitType):
        return unit_type_data(value, locale)
    if isinstance(value, CityImage):
        return image_data(value)
    return scalar(value)


def page_summary(page: BasePage) -> dict[str, Any]:
    locale = page.locale
    return {
        "id": page.pk,
        "type": page.api_type,
        "title": page.title,
        "summary": page.summary,
        "locale": locale.language_code,
        "path": frontend_path(page),
        "organisation": organisation_data(page.organisation, locale),
        "topics": [topic_data(t, locale) for t in page.topics.all()],
        "first_published_at": scalar(page.first_published_at),
        "last_published_at": scalar(page.last_published_at),
    }


def page_detail_data(page: BasePage) -> dict[str, Any]:
    locale = page.locale
    path = frontend_path(page)
    return {
        **page_summary(page),
        "fields": {name: field_value(page, name, locale) for name in page.api_fields},
        "breadcrumbs": [
            {"id": p.pk, "title": p.title, "path": frontend_path(p)}
            for p in selectors.breadcrumbs(page)
        ],
        "translations": [
            {"locale": t.locale.language_code, "path": frontend_path(t)}
            for t in selectors.translations_of(page)
        ],
        "seo": {"title": page.seo_title or page.title, "description": page.search_description},
        "meta": {
            "type": page.api_type,
            "locale": locale.language_code,
            "text_direction": "rtl" if locale.is_bidi else "ltr",
            "html_path": path,
            "first_published_at": scalar(page.first_published_at),
            "last_published_at": scalar(page.last_published_at),
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
