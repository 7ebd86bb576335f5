"""Uploading a file for a form, to reference from a submission by its id."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.http import HttpRequest
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import ErrorDetail, ValidationError
from rest_framework.parsers import MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response

from api.base import APIBaseView
from api.errors import Problem
from api.v1.content import LANGUAGE_CODES
from api.v1.submissions import published_version, submitter
from eservices import attachments
from eservices.models import Attachment

# Room for the multipart framing and the small fields beside the file.
MULTIPART_OVERHEAD = 64 * 1024
FIELDS = frozenset({"form", "locale", "file"})
STATUS = {"file_too_large": 413, "unsupported_file_type": 415}
TITLES = {
    "file_too_large": "File too large",
    "unsupported_file_type": "File type not accepted",
    "image_too_large": "Image has too many pixels",
    "animated_image": "Animated image",
    "invalid_image": "Unreadable image",
}


class AttachmentInputSerializer(serializers.Serializer):
    form = serializers.SlugField(max_length=100, help_text="The form the file is for.")
    locale = serializers.ChoiceField(choices=LANGUAGE_CODES, default="sv")
    file = serializers.FileField(
        allow_empty_file=True,
        use_url=False,
        help_text="PDF, JPEG or PNG; the type is read from the content, not the name.",
    )


class AttachmentSerializer(serializers.Serializer):
    id = serializers.UUIDField(help_text="Name it in a file-upload field of the submission.")
    name = serializers.CharField(help_text="The file's name, cleaned, with its real extension.")
    content_type = serializers.ChoiceField(choices=list(attachments.ACCEPTED_TYPES))
    size = serializers.IntegerField(help_text="Bytes stored (images after re-encoding).")
    sha256 = serializers.CharField(help_text="SHA-256 of the stored bytes, hex.")
    expires_at = serializers.DateTimeField(help_text="Deleted then unless a case has it.")
    upload_secret = serializers.CharField(
        allow_null=True,
        help_text=(
            "For an upload without a sign-in: send it beside the id in the submission's "
            "`upload_secrets`; whoever has it may use the file. Shown only now. Null when "
            "the upload is bound to the signed-in citizen or client instead."
        ),
    )


def attachment_data(attachment: Attachment) -> dict[str, Any]:
    assert attachment.expires_at is not None
    return {
        "id": str(attachment.pk),
        "name": attachment.name,
        "content_type": attachment.content_type,
        "size": attachment.size,
        "sha256": attachment.sha256,
        "expires_at": attachment.expires_at.isoformat().replace("+00:00", "Z"),
        "upload_secret": attachment.upload_secret or None,
    }


class SizeLimitHandler(FileUploadHandler):
    """Stops taking a file in once it passes the limit (the rest is read and dropped),
    so an oversized upload is never held in memory or on disk; the view answers 413."""

    def __init__(self, request: HttpRequest, limit: int) -> None:
        super().__init__(request)
        self.limit = limit
        self.exceeded = False

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        if start + len(raw_data) > self.limit:
            self.exceeded = True
            raise StopUpload(connection_reset=False)
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None


def _too_large() -> Problem:
    limit = attachments.max_bytes()
    return Problem(
        f"A file may be at most {limit} bytes.",
        status=413,
        code="file_too_large",
        title=TITLES["file_too_large"],
    )


class AttachmentCreateView(APIBaseView):
    # The form decides, as for submissions: anyone where it allows, else submissions:write.
    public = True
    public_writes = True  # checked in post(): per form
    cacheable = False
    pagination_class = None
    parser_classes = [MultiPartParser]

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        # Before anything reads the body (authentication does): refuse what is too large
        # by its length, and stop taking in a file that grows past the limit.
        self.limit = SizeLimitHandler(request._request, attachments.max_bytes())
        if request.method == "POST":
            request._request.upload_handlers.insert(0, self.limit)
            length = request.META.get("CONTENT_LENGTH") or "0"
            if length.isdigit() and int(length) > attachments.max_bytes() + MULTIPART_OVERHEAD:
                raise _too_large()
        super().initial(request, *args, **kwargs)

    def handle_exception(self, exc: Exception) -> Response:
        # Django's own limits on a multipart body, answered as problems like any other.
        if isinstance(exc, RequestDataTooBig):
            exc = _too_large()
        elif isinstance(exc, TooManyFieldsSent | TooManyFilesSent):
            exc = ValidationError({"": ["Send the fields form, locale and one file only."]})
        return super().handle_exception(exc)

    @extend_schema(
        operation_id="attachments_create",
        summary="Upload a file for a form",
        description=(
            "Keeps a file (multipart/form-data: `file`, with the `form` slug and `locale`) to "
            "name by its `id` in a file-upload field of a submission to that form, sent with "
            "the same credentials; an upload without a sign-in is bound instead to the "
            "`upload_secret` it answers with, which the submission sends beside the id. "
            "Allowed exactly when submitting to the form is: anyone "
            "where the form allows anonymous submissions, otherwise a citizen's token with "
            "`submissions:write`; the form must have a file-upload field. PDF, JPEG and PNG "
            "only, recognised from the content (not the name or declared type), at most "
            "`options.upload.max_size` bytes as the form's UI schema says (10 MB unless "
            "configured otherwise). Images are stored re-encoded without "
            "metadata (camera, GPS position). An upload no submission has used expires at "
            "`expires_at` and is deleted."
        ),
        request={"multipart/form-data": AttachmentInputSerializer},
        responses={
            201: OpenApiResponse(AttachmentSerializer, description="The file is kept."),
            401: OpenApiResponse(description="The form needs a signed-in citizen."),
            403: OpenApiResponse(description="The token lacks the submissions:write scope."),
            413: OpenApiResponse(description="The file is larger than allowed (file_too_large)."),
            415: OpenApiResponse(
                description="Not a PDF, JPEG or PNG file by its content (unsupported_file_type)."
            ),
            422: OpenApiResponse(
                description=(
                    "An image that cannot be taken: too many pixels by its header "
                    "(image_too_large), animated (animated_image) or unreadable (invalid_image)."
                )
            ),
        },
        tags=["e-services"],
    )
    def post(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        if self.limit.exceeded:
            raise _too_large()
        _check_fields(request)
        incoming = AttachmentInputSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        values = incoming.validated_data
        version = published_version(slug=values["form"], locale=values["locale"])
        owner, _citizen_id, _client_id = submitter(request, version)
        if not any(field["kind"] == "file_upload" for field in version.fields):
            raise ValidationError({"form": ["This form takes no files."]})
        upload = values["file"]
        try:
            attachment = attachments.attachment_upload(
                version=version, owner=owner, file=upload, name=upload.name or "", size=upload.size
            )
        except attachments.EmptyFile as exc:
            raise ValidationError({"file": [ErrorDetail(str(exc), code=exc.code)]}) from None
        except attachments.AttachmentError as exc:
            raise Problem(
                str(exc),
                status=STATUS.get(exc.code, 422),
                code=exc.code,
                title=TITLES.get(exc.code, "File not accepted"),
            ) from None
        return Response(attachment_data(attachment), status=201)


def _check_fields(request: Request) -> None:
    """Only the three fields, each once: nothing is silently ignored."""
    errors: dict[str, list[str]] = {}
    data = request.data  # a QueryDict with the file parts too; a dict when there is no body
    pairs = data.lists() if hasattr(data, "lists") else ((k, [v]) for k, v in data.items())
    for name, values in pairs:
        if name not in FIELDS:
            errors.setdefault(name, []).append("Not a field of this request.")
        elif len(values) > 1:
            errors.setdefault(name, []).append("Send this field once.")
    if errors:
        raise ValidationError(errors)
