"""Where citizens' attachments are kept: files no web server hands out."""

from __future__ import annotations

from django.core.files.storage import FileSystemStorage, storages
from django.core.files.storage.base import Storage


class PrivateFileSystemStorage(FileSystemStorage):
    """Local files with no public address: they are personal data, read through the API."""

    def url(self, name: str | None) -> str:
        raise NotImplementedError("Attachments have no public address.")


def attachment_storage() -> Storage:
    """The configured private store (`STORAGES["attachments"]`)."""
    return storages["attachments"]
