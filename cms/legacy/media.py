"""Attachments of old sites: images through the hardened image path, the rest as documents."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from cms.legacy.adapters.base import SourceItem
from cms.legacy.fetching import fetch
from cms.services import image_create

IMAGE_EXTENSIONS = {"jpg", "jpeg", "png", "gif", "webp"}


class MissingAttachment(Exception):
    """The attachment's file could not be found or fetched."""


def read_attachment(item: SourceItem, *, source: str) -> bytes:
    """The attachment's bytes: from its address, or from the folder beside the export.

    An export often travels with a copy of wp-content/uploads; a file found there by the
    address's path is read instead of the network.
    """
    location = item.file_location or item.old_url
    parts = urlsplit(location)
    folder = Path(source).parent if source and not urlsplit(source).scheme else None
    limit = max(settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE, settings.WAGTAILDOCS_MAX_UPLOAD_SIZE)
    if folder is not None and parts.path:
        local = folder / PurePosixPath(unquote(parts.path)).relative_to("/")
        if local.is_file() and local.resolve().is_relative_to(folder.resolve()):
            if local.stat().st_size > limit:
                raise MissingAttachment(f"{location} is larger than {limit} bytes.")
            return local.read_bytes()
    if parts.scheme in {"http", "https"}:
        try:
            return fetch(location, limit=limit)
        except Exception as exc:
            raise MissingAttachment(f"Could not fetch {location}: {exc}") from exc
    raise MissingAttachment(f"No file at {location}.")


def filename_of(item: SourceItem) -> str:
    name = PurePosixPath(urlsplit(item.file_location or item.old_url).path).name
    return name or "file"


def is_image(item: SourceItem) -> bool:
    return filename_of(item).rsplit(".", 1)[-1].lower() in IMAGE_EXTENSIONS


def attachment_store(*, item: SourceItem, data: bytes) -> tuple[str, int, str]:
    """Store an attachment; returns (kind, pk, address). Images are re-encoded without
    metadata and refused when they are bombs; documents only with an allowed extension."""
    name = filename_of(item)
    title = (item.title or name)[:255]
    if is_image(item):
        image = image_create(title=title, data=data, filename=name)
        return "image", image.pk, str(image.file.url)  # type: ignore[attr-defined]
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in settings.WAGTAILDOCS_EXTENSIONS:
        raise MissingAttachment(f"Documents of type {extension or '(none)'} are not accepted.")
    document = get_document_model()(title=title)
    document.file.save(name, ContentFile(data), save=False)
    document.save()
    return "document", document.pk, document.url
