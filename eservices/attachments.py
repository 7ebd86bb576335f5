"""Attachments: files uploaded first, then referenced by id from a submission's answers.

What a file is comes from its content, never its name or declared type: PDF, JPEG and PNG
only. Images are decoded and written again without metadata (EXIF, GPS) through the same
intake as the city's images, which refuses decompression bombs from their header. Files
live in a private store; an upload no case has taken expires.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
import unicodedata
import uuid
from collections.abc import Mapping
from pathlib import PurePath
from typing import IO, Any

import filetype
import structlog
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.http import FileResponse
from django.utils import timezone

from cms.imaging import ImageRejected, strip_metadata
from eservices.models import Attachment, Case, FormVersion
from eservices.storage import attachment_storage

log = structlog.get_logger(__name__)

# Detected type -> the extension a stored file gets.
ACCEPTED_TYPES = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}
IMAGE_TYPES = frozenset({"image/jpeg", "image/png"})
SNIFF_BYTES = 8192
NAME_LENGTH = 200
# Whose uploads anyone may make: bound to a secret handed to the uploader, not to a person.
ANONYMOUS = "anonymous"


class Refusal(str):
    """Why a submission may not take an attachment: the message, with a stable `code`."""

    code: str

    def __new__(cls, message: str, *, code: str) -> Refusal:
        refusal = super().__new__(cls, message)
        refusal.code = code
        return refusal


class AttachmentError(Exception):
    code = "attachment_error"


class FileTooLarge(AttachmentError):
    code = "file_too_large"


class EmptyFile(AttachmentError):
    code = "empty_file"


class UnsupportedFileType(AttachmentError):
    code = "unsupported_file_type"


class UnreadableImage(AttachmentError):
    """Not decodable, too many pixels (a bomb) or animated; `code` says which."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.code = code


def max_bytes() -> int:
    return int(settings.ATTACHMENT_MAX_BYTES)


def sniff(head: bytes) -> str | None:
    """The accepted type the first bytes show, or None (unknown, SVG, HTML, scripts…)."""
    kind = filetype.guess(head)
    return kind.mime if kind is not None and kind.mime in ACCEPTED_TYPES else None


def clean_name(name: str, content_type: str) -> str:
    """A file name to show: no path, no control characters, bounded, the right extension."""
    name = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip(" .")
    stem = PurePath(name).stem if PurePath(name).suffix else name
    stem = stem.strip(" .")[: NAME_LENGTH - 5] or "bilaga"
    return f"{stem}.{ACCEPTED_TYPES[content_type]}"


def _content(fp: IO[bytes], content_type: str, name: str) -> bytes:
    if content_type not in IMAGE_TYPES:
        fp.seek(0)
        return fp.read()
    try:
        return strip_metadata(fp, name=name, still_only=True).read()
    except ImageRejected as exc:
        raise UnreadableImage(exc.messages[0], code=exc.code or "invalid_image") from None


def attachment_upload(
    *, version: FormVersion, owner: str, file: IO[bytes], name: str, size: int
) -> Attachment:
    """Keep an uploaded file for `owner` to reference in a submission to `version`'s form.

    An anonymous upload gets a secret (`upload_secret` on the returned instance, only its
    hash is kept) that a submission must present beside its id. The type is sniffed from
    the content; images are re-encoded without metadata (and bombs refused before
    decoding); the stored bytes are what is hashed and measured.
    """
    if size > max_bytes():
        raise FileTooLarge(f"A file may be at most {max_bytes()} bytes.")
    if size == 0:
        raise EmptyFile("The file is empty.")
    file.seek(0)
    content_type = sniff(file.read(SNIFF_BYTES))
    if content_type is None:
        raise UnsupportedFileType("Only PDF, JPEG and PNG files are accepted.")
    shown = clean_name(name, content_type)
    secret = secrets.token_urlsafe(32) if owner == ANONYMOUS else ""
    attachment = Attachment(
        id=uuid.uuid4(),
        owner=owner,
        secret_hash=secret_hash(secret) if secret else "",
        form_id=version.form_id,
        name=shown,
        content_type=content_type,
        expires_at=timezone.now() + dt.timedelta(hours=settings.ATTACHMENT_TTL_HOURS),
    )
    _store(attachment, _content(file, content_type, shown))
    log.info("attachment_uploaded", attachment=str(attachment.pk), content_type=content_type)
    attachment.upload_secret = secret
    return attachment


def secret_hash(secret: str) -> str:
    """What is kept of an upload secret: a random 256-bit secret needs no slow hash."""
    return hashlib.sha256(secret.encode()).hexdigest()


def _store(attachment: Attachment, data: bytes) -> None:
    """The file, then its row; should the row fail, the file is deleted again."""
    storage = attachment_storage()
    extension = ACCEPTED_TYPES[attachment.content_type]
    attachment.file = storage.save(
        f"attachments/{attachment.pk.hex[:2]}/{attachment.pk}.{extension}", ContentFile(data)
    )
    attachment.size, attachment.sha256 = len(data), hashlib.sha256(data).hexdigest()
    try:
        with transaction.atomic():
            attachment.full_clean()
            attachment.save(force_insert=True)
    except Exception:
        storage.delete(attachment.file)
        raise


def _references(version: FormVersion, data: dict[str, Any]) -> dict[str, list[str]]:
    """File-upload field -> the attachment ids its answer names."""
    names = {f["name"] for f in version.fields if f["kind"] == "file_upload"}
    return {
        name: [_normalised(item) for item in value]
        for name, value in data.items()
        if name in names and isinstance(value, list)
    }


def _normalised(value: Any) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        return ""  # names no attachment (the schema refuses it first)


def attachments_link(
    *, case: Case, owner: str, upload_secrets: Mapping[str, str] | None = None
) -> dict[str, list[str]]:
    """Give the case the attachments its answers name; field -> problems when it may not.

    Run inside the transaction that files the case: the rows are locked, so an upload is
    taken by one case only and never by one the retention job is deleting. Each must be
    the same owner's, uploaded for this form, not expired and not taken by another case;
    an anonymous upload also needs its secret in `upload_secrets` (id -> secret).
    """
    references = _references(case.form_version, case.data)
    wanted = [pk for ids in references.values() for pk in ids]
    if not wanted:
        return {}
    rows = {
        str(a.pk): a
        for a in Attachment.objects.select_for_update()
        .filter(pk__in=[pk for pk in wanted if pk])
        .order_by("pk")
    }
    now, seen = timezone.now(), set()
    given = {_normalised(k): v for k, v in (upload_secrets or {}).items()}
    errors: dict[str, list[str]] = {}
    for field, ids in references.items():
        for pk in ids:
            row = rows.get(pk)
            if row is not None and not _secret_matches(row, given.get(pk, "")):
                row = None  # as absent as an unknown id: the answer confirms nothing
            problem = _problem(row, pk in seen, case=case, owner=owner, now=now)
            seen.add(pk)
            if problem and problem not in errors.get(field, []):
                errors.setdefault(field, []).append(problem)
        if field not in errors:
            Attachment.objects.filter(pk__in=ids).update(case=case, field=field, expires_at=None)
    return errors


def _secret_matches(attachment: Attachment, secret: str) -> bool:
    if attachment.owner != ANONYMOUS:
        return True  # bound to its signed-in owner instead
    # An anonymous upload kept without a hash (made before secrets) matches no secret.
    return hmac.compare_digest(attachment.secret_hash, secret_hash(secret))


def _problem(
    attachment: Attachment | None, repeated: bool, *, case: Case, owner: str, now: dt.datetime
) -> str:
    if repeated:
        return Refusal("The same attachment is named twice.", code="attachment_repeated")
    if attachment is None or attachment.owner != owner:
        return Refusal(
            "No such attachment: upload the file first, with the same credentials "
            "(and, without a sign-in, send its upload_secret).",
            code="attachment_not_found",
        )
    if attachment.form_id != case.form_version.form_id:
        return Refusal(
            "This attachment was uploaded for another form.", code="attachment_other_form"
        )
    if attachment.case_id is not None:
        return Refusal("This attachment belongs to another case.", code="attachment_taken")
    if attachment.expires_at is None or attachment.expires_at <= now:
        return Refusal(
            "This attachment has expired: upload the file again.", code="attachment_expired"
        )
    return ""


def attachment_response(attachment: Attachment) -> FileResponse:
    """The stored file as a download: never shown inline, never sniffed, never cached."""
    response = FileResponse(
        attachment_storage().open(attachment.file, "rb"),
        as_attachment=True,
        filename=attachment.name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
